/**
 * What the deployed worker and the widget bundle must be listed as production dependencies:
 * `npm audit --omit=dev` (and any scanner that trusts the manifest) looks only at those. hono,
 * valibot and postal-mime, which parse every request and every inbound email, were listed as
 * development dependencies, so an advisory against them went unreported.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

/** Every source file under `dir`, tests and build configs aside. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.(test|config)\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The package a bare import names: "hono/jsx" is hono, "@orama/stemmers/english" @orama/stemmers. */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

describe("production dependencies", () => {
  it("list every package the worker, the widget and shared code import", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    const imported = new Set<string>();
    for (const file of ["worker", "widget", "shared"].flatMap((d) => sources(join(ROOT, d)))) {
      const text = readFileSync(file, "utf8");
      for (const [, specifier] of text.matchAll(
        // A type-only import is erased by the build: it ships nothing (the widget's build plugin
        // imports vite's types).
        /^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+"([^"]+)"/gm,
      )) {
        // Relative paths, the platform's modules and the widget build's virtual ones are not packages.
        if (!specifier || /^(\.|cloudflare:|node:|virtual:)/.test(specifier)) continue;
        imported.add(packageOf(specifier));
      }
    }
    expect([...imported].sort()).toEqual(
      expect.arrayContaining(["hono", "postal-mime", "preact", "valibot"]),
    );
    const missing = [...imported].filter((name) => !(name in manifest.dependencies));
    expect(missing).toEqual([]);
  });
});
