/**
 * The widget's sixth accessibility pass: at 200 % zoom (a 1280 x 800 window is 640 x 400 CSS
 * px), with and without a page's `--clarifier-lift`, in German and English. The email step
 * leaves the log a short scroller holding only text: it must take the keyboard's focus, or a
 * keyboard alone can't scroll back to what was said (WCAG 2.1.1, axe's
 * scrollable-region-focusable). Asserted here before it was fixed.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ALL_STRINGS } from "../../widget/strings/all.ts";
import { pageViolations } from "./axe.ts";
import { browserAvailable, collectPageErrors } from "./chromium.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";

describe.runIf(browserAvailable())("the widget at 200 % zoom, sixth pass, in Chromium", () => {
  const run = stackAndChromium();

  /** The site's page at 640 x 400, the chat opened from the keyboard, a question asked. */
  async function askAtDoubleZoom(
    locale: string,
    question: string,
    lift: number,
  ): Promise<{ page: Page; errors: string[] }> {
    const page = await run.browser.newPage({ viewport: { width: 640, height: 400 }, locale });
    const errors = collectPageErrors(page);
    await page.goto(`${run.stack.worker.url}/demo/sites/${run.stack.site}`);
    if (lift) {
      await page.addStyleTag({ content: `clarifier-widget { --clarifier-lift: ${lift}px }` });
    }
    await page.locator("clarifier-widget .launcher").focus();
    await page.keyboard.press("Enter");
    const input = page.locator("clarifier-widget textarea");
    await input.fill(question);
    await input.press("Enter");
    return { page, errors };
  }

  const log = (page: Page) => page.locator("clarifier-widget [role=log]");

  for (const lift of [0, 64]) {
    it(`a German visitor at the email step can reach and scroll the log by keyboard (lift ${lift} px)`, async () => {
      const DE = ALL_STRINGS.de;
      const { page, errors } = await askAtDoubleZoom(
        "de-DE",
        "Kann ich bitte mit einem Menschen sprechen?",
        lift,
      );
      await page.getByRole("textbox", { name: DE.emailLabel }).waitFor();
      // The state this is about: the log scrolls (else there is nothing to reach).
      const scrolls = await log(page).evaluate((el) => el.scrollHeight > el.clientHeight + 1);
      expect(scrolls, "the log scrolls at 640 x 400").toBe(true);
      // Nothing in it a keyboard could stop on but the log itself.
      expect(await log(page).locator("a, button, input, textarea").count()).toBe(0);
      expect(await pageViolations(page)).toEqual([]);

      // Shift+Tab from the close button's side: ✕ then the log (the email field has the focus).
      await page.locator("clarifier-widget .close").focus();
      await page.keyboard.press("Tab");
      expect(
        await log(page).evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
      ).toBe(true);
      // Its ring is drawn inside it, where the panel's scrolling cannot cut it off.
      const ring = await log(page).evaluate((el) => {
        const s = getComputedStyle(el);
        return { style: s.outlineStyle, offset: Number.parseFloat(s.outlineOffset) };
      });
      expect(ring.style).toBe("solid");
      expect(ring.offset).toBeLessThan(0);
      // Up and down by the keyboard alone.
      await page.keyboard.press("Home");
      await expect.poll(() => log(page).evaluate((el) => el.scrollTop)).toBe(0);
      await page.keyboard.press("End");
      await expect
        .poll(() => log(page).evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop))
        .toBeLessThanOrEqual(1);
      // The panel stays whole on the screen, its header too, above the lifted launcher.
      const [panel, launcher] = await page.evaluate(() => {
        const root = document.querySelector("clarifier-widget")?.shadowRoot;
        const box = (sel: string) => root?.querySelector(sel)?.getBoundingClientRect().toJSON();
        return [box(".panel"), box(".launcher")];
      });
      expect(panel.top).toBeGreaterThanOrEqual(0);
      expect(panel.bottom).toBeLessThanOrEqual(launcher.top);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("an English answer with its source at 640 x 400 and a 64 px lift: axe finds nothing", async () => {
    const { page, errors } = await askAtDoubleZoom("en-US", "where do I enter a discount code", 64);
    await page.locator("clarifier-widget .sources a").first().waitFor();
    expect(await pageViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
