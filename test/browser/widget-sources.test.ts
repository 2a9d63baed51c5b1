/**
 * An answer's sources are a list of links, each a 24 px target (`display: inline-block`). An
 * inline-block sits on the baseline of its last line, so a title wrapped onto two lines put its
 * list bullet beside the second line, under the first. The bullet is drawn on the list item's
 * first line box: a probe put at the start of the item sits on that line, and must be level with
 * the link's first line.
 */
import { describe, expect, it } from "vitest";
import { browserAvailable, collectPageErrors } from "./chromium.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";

describe.runIf(browserAvailable())("an answer's sources, in Chromium", () => {
  const run = stackAndChromium();

  it("keep each bullet beside the first line of a title that wraps", async () => {
    const page = await run.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors = collectPageErrors(page);
    await page.goto(`${run.stack.worker.url}/demo/sites/${run.stack.site}`);
    await page.locator("clarifier-widget .launcher").click();
    const input = page.locator("clarifier-widget textarea");
    await input.fill("where do I enter a discount code");
    await input.press("Enter");
    const links = page.locator("clarifier-widget .sources a");
    await links.first().waitFor();

    const items = await links.evaluateAll((anchors) =>
      anchors.map((a) => {
        const li = a.parentElement as HTMLElement;
        const probe = document.createElement("span");
        li.insertBefore(probe, li.firstChild);
        const line = Number.parseFloat(getComputedStyle(a).lineHeight);
        const link = a.getBoundingClientRect();
        const at = probe.getBoundingClientRect();
        probe.remove();
        return {
          title: a.textContent,
          lines: Math.round((link.height - 4) / line),
          linkTop: link.top,
          probeBottom: at.bottom,
          line,
        };
      }),
    );
    // The question's article has a title long enough to wrap in the panel: else this proves nothing.
    expect(items.some((item) => item.lines >= 2)).toBe(true);
    for (const item of items) {
      // The item's first line box ends within the link's first line, not at its last.
      expect(item.probeBottom - item.linkTop, item.title ?? "").toBeLessThanOrEqual(item.line + 4);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
