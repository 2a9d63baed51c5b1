/**
 * The seventh pass's sweep: axe-core (every WCAG 2.0-2.2 A/AA and best-practice rule) on every
 * dashboard page and in every state of the widget a visitor meets, at 1280 and at 320 px, and a
 * keyboard-only walk through each dashboard page at 320 px: every Tab stop is shown (on screen,
 * with a ring) and nothing scrolls sideways. Earlier passes checked the dashboard at 375 px and
 * the widget's states at 1280 px and on a 390 px phone.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { stringsFor } from "../../widget/strings/all.ts";
import { pageViolations } from "./axe.ts";
import { browserAvailable, signInWithAdminToken } from "./chromium.ts";
import { postChatTo, postHandoffTo } from "./shared-stack.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";

const en = stringsFor("en");
const WIDTHS = [1280, 320] as const;

/** What is wrong with the page's Tab stops: one hidden, off screen or without a ring. */
async function keyboardWalk(page: Page, stops: number): Promise<string[]> {
  const found: string[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const ring =
        (style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== "none";
      return {
        name: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} “${(el.textContent ?? "").trim().slice(0, 30)}”`,
        shown: box.width > 0 && box.height > 0,
        onScreen: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
        ring,
      };
    });
    if (!stop) break; // past the last stop: the browser's own UI
    // Focus passed into the widget's preview (its own document): its launcher's ring is the
    // widget's, measured by its own tests.
    if (stop.name.startsWith("iframe")) continue;
    if (!stop.shown) found.push(`hidden stop ${stop.name}`);
    else if (!stop.onScreen) found.push(`off-screen stop ${stop.name}`);
    else if (!stop.ring) found.push(`no ring on ${stop.name}`);
  }
  return found;
}

describe.runIf(browserAvailable())("the seventh pass's sweep, in Chromium", () => {
  const run = stackAndChromium();

  // One test per width: the two together outlast the test timeout on a busy machine.
  for (const width of WIDTHS) {
    it(`every dashboard page at ${width} px: axe-core${width === 320 ? ", and the keyboard alone" : ""}`, async () => {
      const api = run.stack.worker.url;
      const site = run.stack.site;
      const question = "can I pay with a cheque by post";
      await postChatTo(api, { site, message: question });
      const handoff = await postHandoffTo(api, {
        site,
        message: "I'd like to talk to a person",
        reason: "keyword",
        email: "sweep7@example.com",
      });
      const context = await run.browser.newContext({ bypassCSP: true, locale: "en-US" });
      const page = await context.newPage();
      const base = `/admin/sites/${site}`;
      await signInWithAdminToken(page, run.stack.adminToken, `${api}${base}/kb`);
      const article = await page.locator("table.kb-list th a").first().getAttribute("href");
      const paths = [
        `/admin?site=${site}`,
        `/admin/handoffs/${handoff}`,
        `${base}/answers`,
        `${base}/gaps`,
        `${base}/kb`,
        `${base}/kb?q=return#results`,
        `${base}/kb/new`,
        article ?? `${base}/kb`,
        `${base}/threshold`,
        `${base}/keywords?message=${encodeURIComponent("talk to a human")}`,
        `${base}/channels`,
        `${base}/hours`,
        `${base}/widget`,
        `${base}/widget/install`,
        `${base}/stats`,
        `${base}/teach?question=${encodeURIComponent(question)}`,
        "/admin/new-site",
        "/admin/team",
      ];
      const found: string[] = [];
      await page.setViewportSize({ width, height: 800 });
      for (const path of paths) {
        await page.goto(`${api}${path}`);
        for (const v of await pageViolations(page)) found.push(`${width} ${path}: ${v}`);
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (sideways > 0) found.push(`${width} ${path}: scrolls ${sideways} px sideways`);
        if (width === 320) {
          for (const p of await keyboardWalk(page, 60)) found.push(`${width} ${path}: ${p}`);
        }
      }
      // The sign-in page, signed out.
      const signedOut = await run.browser.newContext({ bypassCSP: true, locale: "en-US" });
      const login = await signedOut.newPage();
      await login.setViewportSize({ width, height: 800 });
      await login.goto(`${api}/admin/login`);
      for (const v of await pageViolations(login)) found.push(`${width} sign-in: ${v}`);
      for (const p of await keyboardWalk(login, 10)) found.push(`${width} sign-in: ${p}`);
      expect(found).toEqual([]);
      await signedOut.close();
      await context.close();
    });
  }

  it("every widget state: axe-core at 1280 and 320 px", async () => {
    const found: string[] = [];
    for (const width of WIDTHS) {
      const context = await run.browser.newContext({
        locale: "en-US",
        viewport: { width, height: 800 },
        bypassCSP: true,
      });
      const page = await context.newPage();
      await page.goto(`${run.stack.worker.url}/demo/sites/${run.stack.site}`);
      const widget = page.locator("clarifier-widget");
      await widget.locator(".launcher").waitFor();
      const box = page.getByRole("textbox", { name: en.placeholder });
      const check = async (state: string) => {
        // axe on the widget and the page it sits on (the demo page: nothing else on it), once
        // the panel's rise is over (measured mid-way, text would be half transparent).
        await page.evaluate(async () => {
          const root = document.querySelector("clarifier-widget")?.shadowRoot;
          await Promise.all((root?.getAnimations() ?? []).map((a) => a.finished));
        });
        for (const v of await pageViolations(page)) found.push(`${width} ${state}: ${v}`);
      };
      const send = async (text: string) => {
        await expect.poll(() => widget.locator("form .send").isEnabled()).toBe(true);
        await box.fill(text);
        await box.press("Enter");
      };
      await check("closed");
      await widget.locator(".launcher").press("Enter");
      await box.waitFor();
      await check("open");
      await send("How many days do I have to return an item?");
      await page.getByRole("button", { name: en.unhelpful }).waitFor();
      await check("answer");
      await send("my boots leak");
      await page.getByRole("list", { name: en.suggest }).waitFor();
      await check("suggestions");
      await widget.locator("button.person").click();
      await send("I need to change my delivery address");
      const email = page.getByRole("textbox", { name: en.emailLabel });
      await email.waitFor();
      await check("email step");
      await email.fill("sweep7@example.com");
      await email.press("Enter");
      await page.getByText(en.handedOff("Acme", "sweep7@example.com")).waitFor();
      await check("confirmation");
      await page.route("**/v1/chat", (route) => route.abort());
      await send("Do you ship abroad?");
      await widget.locator(".retry").waitFor();
      await check("error");
      await page.unroute("**/v1/chat");
      await context.close();
    }
    expect(found).toEqual([]);
  });
});
