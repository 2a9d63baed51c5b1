import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, run } from "../../scripts/local-stack.ts";

const dir = await mkdtemp(path.join(tmpdir(), "clarifier-kb-cli-"));
afterAll(() => rm(dir, { recursive: true, force: true }));
const node = path.join(ROOT, "node_modules", ".bin", "node");
const cli = path.join(ROOT, "scripts", "kb.ts");

/** Runs the CLI and returns stdout and stderr together (run() rejects on a non-zero exit). */
const kb = (...args: string[]) => run(node, [cli, ...args], { quiet: true });

/** Configures `site` in the test's local state, as an owner does before importing its articles. */
async function addSite(site: string): Promise<void> {
  const file = path.join(dir, `${site}.json`);
  await writeFile(file, JSON.stringify({ name: site }));
  await run(
    node,
    [
      path.join(ROOT, "scripts", "site.ts"),
      "put",
      site,
      file,
      "--persist-to",
      path.join(dir, "state"),
    ],
    { quiet: true },
  );
}

describe("npm run kb", () => {
  it("imports a folder of Markdown, HTML and text into local KV, reporting each bad file by name and skipping it", {
    // About 55 s alone (a dozen wrangler runs, the site check among them); more on a busy machine.
    timeout: 180_000,
  }, async () => {
    const docs = path.join(dir, "docs");
    await mkdir(path.join(docs, "help"), { recursive: true });
    await writeFile(
      path.join(docs, "returns.md"),
      "# Returns\n\nYou can return any unused item within 30 days.",
    );
    await writeFile(
      path.join(docs, "help", "hours.html"),
      "<html><head><title>Opening hours</title></head><body><p>Open Monday to Friday.</p></body></html>",
    );
    await writeFile(path.join(docs, "gift-cards.txt"), "Gift cards\n\nGift cards never expire.");
    await writeFile(path.join(docs, "logo.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    await writeFile(path.join(docs, "latin1.txt"), Buffer.from("caf\xe9", "latin1"));
    await writeFile(path.join(docs, "empty.md"), "");
    await writeFile(path.join(docs, "notes.pdf"), "ignored");

    await addSite("acme");
    const output = await kb(
      "import",
      "acme",
      docs,
      "--persist-to",
      path.join(dir, "state"),
      "--base-url",
      "https://acme.example/help",
    );
    expect(output).toMatch(/Imported 3 documents, 3 passages/);
    expect(output).toMatch(/3 files skipped/);
    expect(output).toMatch(/skipped .*logo\.md: it is binary/);
    expect(output).toMatch(/skipped .*latin1\.txt: it is not valid UTF-8/);
    expect(output).toMatch(/skipped .*empty\.md: Document "empty" has no text/);

    const status = await kb("status", "acme", "--persist-to", path.join(dir, "state"));
    // Counted in words an owner reads: "1 shard", never "1 shard(s)" or "1 documents".
    expect(status).toMatch(/^acme: 3 documents, 3 passages, \d+ bytes in 1 shard,/);

    // Built again from the stored documents, under a new version, with nothing re-imported.
    const version = (text: string) => /version (\S+),/.exec(text)?.[1];
    const rebuilt = await kb("rebuild", "acme", "--persist-to", path.join(dir, "state"));
    // (Its state has no D1 migrations, so it warns that it read no taught phrasings.)
    expect(rebuilt).toMatch(/^Rebuilt 3 documents, 3 passages, 0 taught phrasings/m);
    const after = await kb("status", "acme", "--persist-to", path.join(dir, "state"));
    expect(after).toMatch(/^acme: 3 documents, 3 passages/);
    expect(version(after)).toBeDefined();
    expect(version(after)).not.toBe(version(status));
  });

  it("refuses an import where no file can be read, writing nothing", {
    timeout: 60_000,
  }, async () => {
    const file = path.join(dir, "blank.txt");
    await writeFile(file, "   \n");
    await addSite("initech");
    await expect(
      kb("import", "initech", file, "--persist-to", path.join(dir, "state")),
    ).rejects.toThrow(/every file was skipped/);
    await expect(kb("status", "initech", "--persist-to", path.join(dir, "state"))).rejects.toThrow(
      /no knowledge base/,
    );
    await expect(kb("rebuild", "initech", "--persist-to", path.join(dir, "state"))).rejects.toThrow(
      /no stored documents/,
    );
  });

  it("refuses to import into or rebuild a site that is not configured (a typo in its id), writing nothing", {
    timeout: 60_000,
  }, async () => {
    // Found by a new owner's walkthrough (7 December 2026): "import fjord-bakary" (a typo) said
    // "Imported 4 documents … for site "fjord-bakary"", an index no widget would ever ask for.
    const file = path.join(dir, "hours.md");
    await writeFile(file, "# Opening hours\n\nOpen Monday to Friday.");
    const state = path.join(dir, "state");
    const refused =
      /No site "hooli" is configured in local KV: check the id .*, or add the site first/;
    await expect(kb("import", "hooli", file, "--persist-to", state)).rejects.toThrow(refused);
    await expect(kb("import", "hooli", file, "--dry-run", "--persist-to", state)).rejects.toThrow(
      refused,
    );
    await expect(kb("rebuild", "hooli", "--persist-to", state)).rejects.toThrow(refused);
    await expect(kb("status", "hooli", "--persist-to", state)).rejects.toThrow(/no knowledge base/);
  });
});
