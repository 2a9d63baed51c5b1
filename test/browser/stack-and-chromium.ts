import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./chromium.ts";
import { joinSharedStack, type SharedStack } from "./shared-stack.ts";

/**
 * For a browser test's `describe`: joins the shared stack and launches Chromium before its tests
 * (both at once: each takes seconds) and lets both go after them. Its tests read `stack` and
 * `browser` from what it returns, which is filled in once `beforeAll` has run.
 */
export function stackAndChromium(): { stack: SharedStack; browser: Browser } {
  const run = {} as { stack: SharedStack; browser: Browser };
  beforeAll(async () => {
    [run.stack, run.browser] = await Promise.all([joinSharedStack(), launchChromium()]);
  });
  afterAll(async () => {
    await run.browser?.close();
    await run.stack?.stop();
  });
  return run;
}
