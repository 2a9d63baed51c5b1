import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyLocalMigrations, queryLocalD1, ROOT, run } from "../../scripts/local-stack.ts";

const dir = await mkdtemp(path.join(tmpdir(), "clarifier-site-cli-"));
afterAll(() => rm(dir, { recursive: true, force: true }));
const node = path.join(ROOT, "node_modules", ".bin", "node");
const cli = path.join(ROOT, "scripts", "site.ts");

describe("npm run site", () => {
  it("validates a config, writes it to local KV and reads it back with defaults filled in", {
    timeout: 60_000,
  }, async () => {
    const file = path.join(dir, "site.json");
    await writeFile(file, JSON.stringify({ name: "Globex", threshold: 0.55 }));
    await run(node, [cli, "put", "globex", file, "--persist-to", dir], { quiet: true });
    const stored = JSON.parse(
      await run(node, [cli, "get", "globex", "--persist-to", dir], { quiet: true }),
    );
    expect(stored).toEqual({
      name: "Globex",
      allowedOrigins: [],
      threshold: 0.55,
      keywords: { mode: "add", phrases: [] },
      requireEmail: false,
      handoffButton: false,
      language: "auto",
      channels: [],
    });
  });

  it("refuses an invalid config with the field at fault, writing nothing", {
    timeout: 60_000,
  }, async () => {
    const file = path.join(dir, "bad.json");
    await writeFile(
      file,
      JSON.stringify({
        name: "Globex",
        channels: [{ id: "x", type: "webhook", url: "http://crm.example" }],
      }),
    );
    await expect(
      run(node, [cli, "put", "initech", file, "--persist-to", dir], { quiet: true }),
    ).rejects.toThrow(/channels\.0\.url: must be an https: URL/);
    await expect(
      run(node, [cli, "get", "initech", "--persist-to", dir], { quiet: true }),
    ).rejects.toThrow();
    // A field left out says so (it read "Invalid key: Expected "name" but received undefined").
    await writeFile(file, JSON.stringify({ title: "Globex" }));
    await expect(
      run(node, [cli, "put", "initech", file, "--persist-to", dir], { quiet: true }),
    ).rejects.toThrow(/is not a valid site config: name: is required\./);
  });

  // A deletion is also recorded in D1 (the fourth reliability pass): one more wrangler run.
  it("deletes only a site that is there, and says what it kept", { timeout: 120_000 }, async () => {
    // Found by a new owner's walkthrough (7 December 2026): "delete" of a mistyped id said
    // "Deleted site" too, and nothing said that the site's knowledge base stays.
    await expect(
      run(node, [cli, "delete", "never-was", "--persist-to", dir], { quiet: true }),
    ).rejects.toThrow(/No site "never-was" is stored locally: nothing deleted\./);
    const file = path.join(dir, "vandelay.json");
    await writeFile(file, JSON.stringify({ name: "Vandelay" }));
    await run(node, [cli, "put", "vandelay", file, "--persist-to", dir], { quiet: true });
    const deleted = await run(node, [cli, "delete", "vandelay", "--persist-to", dir], {
      quiet: true,
    });
    expect(deleted).toMatch(
      /Deleted site "vandelay"'s config locally; its knowledge base, if any, is kept/,
    );
    await expect(
      run(node, [cli, "get", "vandelay", "--persist-to", dir], { quiet: true }),
    ).rejects.toThrow(/No site "vandelay"/);
  });
});

// The third reliability review (docs/operations.md): `put` wrote KV alone, so a retention period
// raised here had the minute in which the sweep could read the old one from KV and delete what
// the new one keeps. It now records the period in D1 first, as the admin API and dashboard do.
describe("npm run site -- put and the retention period", () => {
  it("records the period and the config in D1 before KV, and saves nothing when D1 refuses it", {
    // Two databases' migrations and nine wrangler runs: over two minutes on a busy machine.
    timeout: 300_000,
  }, async () => {
    const state = await mkdtemp(path.join(dir, "migrated-"));
    await applyLocalMigrations(state);
    const file = path.join(state, "site.json");
    const recorded = () =>
      queryLocalD1(
        state,
        "SELECT days, changed_at AS at FROM retention_changes WHERE site = 'umbrella'",
      );

    await writeFile(file, JSON.stringify({ name: "Umbrella", retentionDays: 365 }));
    const before = Date.now();
    await run(node, [cli, "put", "umbrella", file, "--persist-to", state], { quiet: true });
    const [row] = await recorded();
    expect(row?.days).toBe(365);
    expect(Date.parse(String(row?.at))).toBeGreaterThanOrEqual(before - 1_000);

    // D1 refusing the record, for real: the config in KV stays the one before.
    await queryLocalD1(
      state,
      "CREATE TRIGGER refuse_retention BEFORE UPDATE ON retention_changes BEGIN SELECT RAISE(ABORT, 'D1 refused the write'); END",
    );
    await writeFile(file, JSON.stringify({ name: "Umbrella", retentionDays: 30 }));
    await expect(
      run(node, [cli, "put", "umbrella", file, "--persist-to", state], { quiet: true }),
    ).rejects.toThrow(/Not saved: could not record the retention period in D1 first/);
    const kept = JSON.parse(
      await run(node, [cli, "get", "umbrella", "--persist-to", state], { quiet: true }),
    );
    expect(kept.retentionDays).toBe(365);
    expect((await recorded())[0]?.days).toBe(365);

    // A config without a period records the default in force, 90 days.
    await queryLocalD1(state, "DROP TRIGGER refuse_retention");
    await writeFile(file, JSON.stringify({ name: "Umbrella" }));
    await run(node, [cli, "put", "umbrella", file, "--persist-to", state], { quiet: true });
    expect((await recorded())[0]?.days).toBe(90);

    // The fourth reliability review: the dashboard's saves start from the config D1 holds
    // (worker/sites/config-versions.ts), so a put recorded in KV alone would be undone by a form
    // saved within KV's minute. The config, quotes and all, is recorded with the period, each
    // put a new version (the refused put recorded none), and a deletion too.
    const saved = () =>
      queryLocalD1(
        state,
        "SELECT version, config FROM site_config_versions WHERE site = 'umbrella'",
      );
    await writeFile(file, JSON.stringify({ name: "Umbrella's", greeting: "It's 'raining'" }));
    await run(node, [cli, "put", "umbrella", file, "--persist-to", state], { quiet: true });
    const [version] = await saved();
    expect(version?.version).toBe(3);
    expect(JSON.parse(String(version?.config))).toEqual(
      JSON.parse(await run(node, [cli, "get", "umbrella", "--persist-to", state], { quiet: true })),
    );
    expect(JSON.parse(String(version?.config)).greeting).toBe("It's 'raining'");
    await run(node, [cli, "delete", "umbrella", "--persist-to", state], { quiet: true });
    expect(await saved()).toEqual([{ version: 4, config: null }]);
  });
});
