import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { WIDGET_GZIP_BUDGET_BYTES } from "../../widget/size-budget.ts";

// `npm test` builds the widget first, so this weighs what visitors download.
const file = path.resolve(import.meta.dirname, "../../dist/public/widget.js");

describe("widget.js size budget", () => {
  it(`stays within ${WIDGET_GZIP_BUDGET_BYTES} bytes gzipped`, () => {
    const code = readFileSync(file);
    expect(gzipSync(code).byteLength).toBeLessThanOrEqual(WIDGET_GZIP_BUDGET_BYTES);
  });

  it("is plain ASCII with no eval, so any page encoding and a strict CSP take it", () => {
    const code = readFileSync(file, "utf8");
    expect([...code].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
    expect(code).not.toMatch(/\beval\(|new Function\(/);
  });
});
