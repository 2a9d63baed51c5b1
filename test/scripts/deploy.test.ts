import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, run } from "../../scripts/local-stack.ts";

const outdir = await mkdtemp(path.join(tmpdir(), "clarifier-deploy-"));
afterAll(() => rm(outdir, { recursive: true, force: true }));

describe("wrangler deploy --dry-run", () => {
  it("bundles the worker for deployment with every binding", { timeout: 120_000 }, async () => {
    const output = await run(
      path.join(ROOT, "node_modules", ".bin", "wrangler"),
      ["deploy", "--dry-run", "--outdir", outdir],
      { quiet: true },
    );
    expect(output).toMatch(/--dry-run: exiting now/);
    for (const binding of ["env.SITES", "env.DB", "env.DELIVERIES", "env.ASSETS"])
      expect(output).toContain(binding);
    const files = await readdir(outdir);
    const bundle = files.find((f) => f.endsWith(".js"));
    expect(bundle).toBeDefined();
    const code = await readFile(path.join(outdir, bundle ?? ""), "utf8");
    expect(code).toContain("handoff_not_justified");
  });
});
