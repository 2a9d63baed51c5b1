import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { LANGUAGES, OTHER_LANGUAGES, REPLY_LANGUAGES } from "../../shared/languages.ts";
import type { WidgetManifest } from "../../widget/vite.config.ts";
import {
  WIDGET_FIRST_LOAD_GZIP_BUDGET_BYTES,
  WIDGET_TOTAL_GZIP_BUDGET_BYTES,
} from "../../widget/size-budget.ts";

// `npm test` builds the widget first, so this weighs what visitors download.
const dist = path.resolve(import.meta.dirname, "../../dist");
const manifest = JSON.parse(
  readFileSync(path.join(dist, "widget-manifest.json"), "utf8"),
) as WidgetManifest;
const read = (file: string) => readFileSync(path.join(dist, "public", file));
const loader = read(manifest.loader);
const app = read(manifest.app);
const languages = Object.entries(manifest.strings).map(
  ([code, file]) => [code, read(file)] as const,
);
const gzip = (code: Buffer) => gzipSync(code).byteLength;

describe("widget size budget", () => {
  it(`widget.js, downloaded by every page view, stays within ${WIDGET_FIRST_LOAD_GZIP_BUDGET_BYTES} bytes gzipped`, () => {
    expect(gzip(loader)).toBeLessThanOrEqual(WIDGET_FIRST_LOAD_GZIP_BUDGET_BYTES);
  });

  it(`everything a visitor downloads, in any language, stays within ${WIDGET_TOTAL_GZIP_BUDGET_BYTES} bytes gzipped`, () => {
    expect(languages.length).toBeGreaterThan(0);
    const largest = Math.max(...languages.map(([, file]) => gzip(file)));
    expect(gzip(loader) + gzip(app) + largest).toBeLessThanOrEqual(WIDGET_TOTAL_GZIP_BUDGET_BYTES);
  });

  it("widget.js asks for exactly the chunks built with it: the build's hash is in their names", () => {
    expect(manifest.build).toMatch(/^[0-9a-f]{12}$/);
    expect(manifest.app).toBe(`widget-app.${manifest.build}.js`);
    expect(loader.toString("utf8")).toContain(manifest.build);
    for (const [c] of languages) {
      expect(manifest.strings[c]).toBe(`widget-strings-${c}.${manifest.build}.js`);
    }
  });

  it("the app carries no language: each one is its own chunk, with its own words only", () => {
    expect(app.toString("utf8")).not.toContain("Talk to a person");
    expect(languages.map(([c]) => c).sort()).toEqual([...REPLY_LANGUAGES].sort());
    const [, english] = languages.find(([c]) => c === "en") ?? [];
    expect(english?.toString("utf8")).toContain("Talk to a person");
    for (const [c, file] of languages) {
      if (c !== "en") expect(file.toString("utf8")).not.toContain("Talk to a person");
    }
  });

  it("the languages Clarifier doesn't answer in weigh no more than the largest of ours", () => {
    const weigh = (codes: readonly string[]) =>
      languages.filter(([c]) => codes.includes(c)).map(([, file]) => gzip(file));
    expect(weigh(OTHER_LANGUAGES)).toHaveLength(OTHER_LANGUAGES.length);
    expect(Math.max(...weigh(OTHER_LANGUAGES))).toBeLessThanOrEqual(Math.max(...weigh(LANGUAGES)));
  });

  it("widget.js carries no UI framework and none of the panel's CSS", () => {
    const code = loader.toString("utf8");
    // Preact's hook and diff internals survive minification under these names.
    expect(code).not.toMatch(/__H|__k|__e/);
    expect(code).not.toContain(".messages{");
    expect(code).toContain(".launcher");
  });

  it("every file is plain ASCII with no eval, so any page encoding and a strict CSP take it", () => {
    for (const file of [loader, app, ...languages.map(([, f]) => f)]) {
      const code = file.toString("utf8");
      expect([...code].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
      expect(code).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});
