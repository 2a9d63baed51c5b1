import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  WIDGET_FIRST_LOAD_GZIP_BUDGET_BYTES,
  WIDGET_TOTAL_GZIP_BUDGET_BYTES,
} from "../../widget/size-budget.ts";

// `npm test` builds the widget first, so this weighs what visitors download.
const dist = path.resolve(import.meta.dirname, "../../dist/public");
const loader = readFileSync(path.join(dist, "widget.js"));
const app = readFileSync(path.join(dist, "widget-app.js"));
const gzip = (code: Buffer) => gzipSync(code).byteLength;

describe("widget size budget", () => {
  it(`widget.js, downloaded by every page view, stays within ${WIDGET_FIRST_LOAD_GZIP_BUDGET_BYTES} bytes gzipped`, () => {
    expect(gzip(loader)).toBeLessThanOrEqual(WIDGET_FIRST_LOAD_GZIP_BUDGET_BYTES);
  });

  it(`widget.js and widget-app.js together stay within ${WIDGET_TOTAL_GZIP_BUDGET_BYTES} bytes gzipped`, () => {
    expect(gzip(loader) + gzip(app)).toBeLessThanOrEqual(WIDGET_TOTAL_GZIP_BUDGET_BYTES);
  });

  it("widget.js carries no UI framework: the launcher is plain DOM", () => {
    // Preact's hook and diff internals survive minification under these names.
    expect(loader.toString("utf8")).not.toMatch(/__H|__k|__e/);
  });

  it.each([
    ["widget.js", loader],
    ["widget-app.js", app],
  ])("%s is plain ASCII with no eval, so any page encoding and a strict CSP take it", (_, file) => {
    const code = file.toString("utf8");
    expect([...code].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
    expect(code).not.toMatch(/\beval\(|new Function\(/);
  });
});
