/**
 * A new visitor on the demo page asks for a person the way the issue describes it (#13), in
 * Chromium against `wrangler dev`: what they are told must be true, and what reaches the team
 * must be their own words, once.
 */
import type { Page } from "playwright-core";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { stringsFor } from "../../widget/strings/all.ts";
import { browserAvailable, openDemoChat } from "./chromium.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";

const en = stringsFor("en");

describe.runIf(browserAvailable())("an honest handoff on the demo page, in Chromium", () => {
  const run = stackAndChromium();

  const widget = (page: Page) => page.locator("clarifier-widget");
  const messageBox = (page: Page) => page.getByRole("textbox", { name: en.placeholder });
  const personButton = (page: Page) => page.getByRole("button", { name: en.talkToPerson });

  async function send(page: Page, text: string): Promise<void> {
    await messageBox(page).fill(text);
    await messageBox(page).press("Enter");
  }

  it("asks what to pass on, keeps one prompt, says plainly what skipping means, and sends the visitor's words once", async () => {
    const { page, errors } = await openDemoChat(run.browser, run.stack.worker.url, run.stack.site);
    // Open, the launcher keeps its name and says it is expanded.
    await expect
      .poll(() => widget(page).locator(".launcher").getAttribute("aria-expanded"))
      .toBe("true");
    expect(await widget(page).locator(".launcher").getAttribute("aria-label")).toBe(en.launcher);
    await send(page, "How many days do I have to return an item?");
    await expect
      .poll(() => widget(page).locator(".msg.assistant").last().textContent())
      .toContain("30 days");

    // "Talk to a person" asks; it never sends the question that was just answered.
    await personButton(page).click();
    await page.getByText(en.askNeed).waitFor();
    await send(page, "Please call me about order 1042");
    await page.getByLabel(en.emailLabel).waitFor();
    await page.getByRole("button", { name: en.cancel }).click();
    await page.getByText(en.cancelled).waitFor();

    await personButton(page).click();
    await send(page, "Please call me about order 1042");
    await page.getByLabel(en.emailLabel).waitFor();
    expect(await page.getByText(en.emailPrompt).count()).toBe(1);

    // Skip once: told the truth, the email field still there and focused.
    await page.getByRole("button", { name: en.skip }).click();
    await page.getByText(en.skipWarning).waitFor();
    expect(await page.getByLabel(en.emailLabel).isVisible()).toBe(true);
    expect(run.stack.receiver.requests).toHaveLength(0);
    await page.getByRole("button", { name: en.sendWithoutEmail }).click();
    const confirmation = page.getByText(en.handedOff("Acme", null));
    await confirmation.waitFor();
    expect(await confirmation.textContent()).not.toMatch(/get back to you/);
    expect(await personButton(page).count()).toBe(0);

    await expect.poll(() => run.stack.receiver.requests.length, { timeout: 15_000 }).toBe(1);
    const [delivery] = run.stack.receiver.requests;
    const payload = new Webhook(run.stack.webhookSecret).verify(
      delivery?.body ?? "",
      delivery?.headers ?? {},
    );
    expect(payload).toMatchObject({
      visitor_email: null,
      visitor_message: "Please call me about order 1042",
    });

    // Writing again brings the button back.
    await send(page, "How long does express shipping take?");
    await personButton(page).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
