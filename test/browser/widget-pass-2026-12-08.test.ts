/**
 * The widget pass of 8 December 2026 (docs/widget.md): an outside auditor's look at the widget as
 * a host page sees it. axe-core (every WCAG 2.0-2.2 A/AA and best-practice rule, on the page and
 * the widget's shadow root) in the phases the earlier sweeps didn't visit, at 320 px, where the
 * panel is the whole screen; and the one thing found, a refusal under a long message that zoom
 * scrolled out of sight.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { stringsFor } from "../../widget/strings/all.ts";
import { pageViolations } from "./axe.ts";
import { browserAvailable, holdRequests, widgetConversation } from "./chromium.ts";
import { fillConversation } from "./shared-stack.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";

const en = stringsFor("en");

/** A question long enough to fill a zoomed panel's log on its own. */
const LONG =
  "I ordered the two-person tent and two sleeping bags last week, paid for express delivery to " +
  "Norway, and the tracking page has said 'label created' ever since: how much does shipping " +
  "there cost, and how long does it usually take?";

/** Whether `control` is wholly inside the visible part of the log that scrolls it. */
function shownInLog(control: Locator): Promise<boolean> {
  return control.evaluate((el) => {
    const log = el.closest("[role=log]")?.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return !!log && box.top >= log.top && box.bottom <= log.bottom;
  });
}

/** Waits out the panel's rise: measured mid-way, text would be half transparent. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const root = document.querySelector("clarifier-widget")?.shadowRoot;
    await Promise.all((root?.getAnimations() ?? []).map((a) => a.finished));
  });
}

describe.runIf(browserAvailable())("the widget pass of 8 December 2026, in Chromium", () => {
  const run = stackAndChromium();

  async function openChat(viewport: { width: number; height: number }) {
    const context = await run.browser.newContext({ locale: "en-US", viewport, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${run.stack.worker.url}/demo/sites/${run.stack.site}`);
    const widget = page.locator("clarifier-widget");
    await widget.locator(".launcher").click();
    const box = page.getByRole("textbox", { name: en.placeholder });
    await box.waitFor();
    const send = async (text: string) => {
      await expect.poll(() => widget.locator("form .send").isEnabled()).toBe(true);
      await box.fill(text);
      await box.press("Enter");
    };
    return { context, page, widget, send };
  }

  // At 200 % zoom (a 1280 x 800 window) and 400 % (320 x 256), a failed message taller than the
  // log was shown from its start, as a long answer is: its refusal and Retry, or the full
  // conversation's "Start a new chat", were below the fold, and nothing on screen said why the
  // message was red.
  for (const viewport of [
    { width: 640, height: 400 },
    { width: 320, height: 256 },
  ]) {
    it(`keeps a refusal under a long message in view at ${viewport.width} x ${viewport.height}`, async () => {
      const { context, page, widget, send } = await openChat(viewport);
      await page.route("**/v1/chat", (route) => route.abort());
      await send(LONG);
      const retry = widget.getByRole("button", { name: en.retry });
      await retry.waitFor();
      expect(await shownInLog(retry)).toBe(true);
      await page.unroute("**/v1/chat");

      await fillConversation(run.stack, await widgetConversation(page, run.stack.site));
      await retry.click();
      const restart = widget.getByRole("button", { name: en.newChat });
      await restart.waitFor();
      expect(await shownInLog(restart)).toBe(true);
      await context.close();
    });
  }

  it("finds nothing with axe-core at 320 px in the phases earlier sweeps didn't visit", async () => {
    const { context, page, widget, send } = await openChat({ width: 320, height: 640 });
    const found: string[] = [];
    const check = async (phase: string) => {
      await settled(page);
      for (const v of await pageViolations(page)) found.push(`${phase}: ${v}`);
    };
    await send("How many days do I have to return an item?");
    const unhelpful = widget.getByRole("button", { name: en.unhelpful });
    await unhelpful.click();
    await check("after a thumbs-down");
    await widget.locator("button.person").first().click();
    await widget.getByText(en.askNeed).waitFor();
    await check("what should a person read");
    await send("I need to change my delivery address");
    const email = page.getByRole("textbox", { name: en.emailLabel });
    await email.fill("not an address");
    await email.press("Enter");
    await widget.getByText(en.invalidEmail).waitFor();
    await check("an invalid address");
    await email.fill("");
    await widget.getByRole("button", { name: en.skip }).click();
    await widget.getByText(en.skipWarning).waitFor();
    await check("after a first Skip");
    const release = await holdRequests(page, "**/v1/handoff");
    await email.fill("pass-1208@example.com");
    await email.press("Enter");
    await widget.getByText(en.sending).first().waitFor();
    await check("sending");
    release();
    await widget.getByText(en.handedOff("Acme", "pass-1208@example.com")).waitFor();
    await page.unroute("**/v1/handoff");
    await page.route("**/v1/chat", (route) =>
      route.fulfill({
        status: 429,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "rate_limited", message: "Slow down." } }),
      }),
    );
    await send("Do you ship abroad?");
    await widget.getByText(en.rateLimited).waitFor();
    await check("rate-limited");
    await page.unroute("**/v1/chat");
    await page.route("**/v1/handoff", (route) =>
      route.fulfill({
        status: 403,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "handoff_not_justified", message: "No." } }),
      }),
    );
    await widget.locator("button.person").first().click();
    await send("Please call me back");
    await email.press("Enter");
    await widget.locator(".notice").waitFor();
    await check("a handoff the worker refused");
    await page.unroute("**/v1/handoff");
    await fillConversation(run.stack, await widgetConversation(page, run.stack.site));
    await send("How much is shipping to Norway?");
    await widget.getByRole("button", { name: en.newChat }).waitFor();
    await check("a full conversation");
    await widget.getByRole("button", { name: en.newChat }).click();
    await expect.poll(() => widget.locator(".msg.visitor").count()).toBe(1);
    await check("the new conversation");
    await context.close();

    // The chat that couldn't load.
    const failing = await run.browser.newContext({ locale: "en-US", bypassCSP: true });
    const broken = await failing.newPage();
    await broken.route("**/v1/sites/*/config", (route) => route.abort());
    await broken.goto(`${run.stack.worker.url}/demo/sites/${run.stack.site}`);
    await broken.locator("clarifier-widget .launcher").click();
    await broken.getByText(en.configError).waitFor();
    await settled(broken);
    for (const v of await pageViolations(broken)) found.push(`the chat couldn't load: ${v}`);
    await failing.close();
    expect(found).toEqual([]);
  });
});
