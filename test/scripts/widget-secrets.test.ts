import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/local-stack.ts";

describe("the built widget.js", () => {
  // `npm test` builds the widget before running tests.
  const widget = readFileSync(path.join(ROOT, "dist", "public", "widget.js"), "utf8");
  const devVars = path.join(ROOT, ".dev.vars");
  const localToken = existsSync(devVars)
    ? /^ADMIN_TOKEN=(.+)$/m.exec(readFileSync(devVars, "utf8"))?.[1]?.trim()
    : undefined;

  it("holds no secret: no webhook secret, channel URL, admin or model key", () => {
    expect(widget).not.toMatch(/whsec_[A-Za-z0-9+/]{8,}/);
    expect(widget).not.toContain("hooks.slack.com");
    expect(widget).not.toMatch(/ADMIN_TOKEN|LLM_API_KEY/);
    // The token the worker tests run with (vitest.config.ts).
    expect(widget).not.toContain("test-admin-token-0123456789abcdef-long");
  });

  // Only where `npm start` has made a local token; CI machines have none, and say so as a skip.
  it.skipIf(!localToken)("holds no local admin token from .dev.vars", () => {
    expect(widget).not.toContain(localToken as string);
  });
});
