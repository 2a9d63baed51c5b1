import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/local-stack.ts";

describe("the built widget.js", () => {
  // `npm test` builds the widget before running tests.
  const widget = readFileSync(path.join(ROOT, "dist", "public", "widget.js"), "utf8");

  it("holds no secret: no admin token, webhook secret or channel URL", () => {
    expect(widget).not.toMatch(/whsec_[A-Za-z0-9+/]{8,}/);
    expect(widget).not.toContain("hooks.slack.com");
    expect(widget).not.toMatch(/ADMIN_TOKEN/);
    const devVars = path.join(ROOT, ".dev.vars");
    const token = existsSync(devVars)
      ? /^ADMIN_TOKEN=(.+)$/m.exec(readFileSync(devVars, "utf8"))?.[1]?.trim()
      : undefined;
    if (token) expect(widget).not.toContain(token);
  });
});
