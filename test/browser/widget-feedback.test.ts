/**
 * "Was this helpful?" on the demo page, in Chromium against `wrangler dev`: reachable by
 * keyboard, labelled, sent to POST /v1/feedback (a worker without the endpoint yet answers 404,
 * which the visitor never notices), and a 👎 offers the answer's alternatives and a person.
 */
import { describe, expect, it } from "vitest";
import { stringsFor } from "../../widget/strings/all.ts";
import { browserAvailable, openDemoChat } from "./chromium.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";

const en = stringsFor("en");

describe.runIf(browserAvailable())("feedback on an answer, in Chromium", () => {
  const run = stackAndChromium();

  it("takes a 👎 by keyboard, sends it, says thanks through the log, and offers other articles and a person", async () => {
    const { page, errors } = await openDemoChat(run.browser, run.stack.worker.url, run.stack.site);
    const box = page.getByRole("textbox", { name: en.placeholder });
    await box.fill("How many days do I have to return an item?");
    await box.press("Enter");
    const no = page.getByRole("button", { name: en.unhelpful });
    await no.waitFor();
    expect(await page.getByRole("group", { name: en.wasHelpful }).count()).toBe(1);

    // Keyboard: from the message box, Shift+Tab walks back into the answer's buttons.
    await box.focus();
    for (let i = 0; i < 8; i++) {
      const label = await page.evaluate(
        () => document.activeElement?.shadowRoot?.activeElement?.getAttribute("aria-label") ?? "",
      );
      if (label === en.unhelpful) break;
      await page.keyboard.press("Shift+Tab");
    }
    const sent = page.waitForResponse((r) => new URL(r.url()).pathname === "/v1/feedback");
    await page.keyboard.press("Enter");
    // 204 once the worker has the endpoint; 404 until then, and the visitor must not notice.
    expect([204, 404]).toContain((await sent).status());
    expect(await no.getAttribute("aria-pressed")).toBe("true");
    expect(
      await page.locator("clarifier-widget [role=log]").getByText(en.feedbackThanks).count(),
    ).toBe(1);
    // The answer's alternatives are offered beside the person: a wrong answer is no dead end.
    await page.getByText(en.suggest).waitFor();
    const list = page.locator("clarifier-widget ul.suggestions");
    const choices = list.getByRole("button");
    expect(await choices.count()).toBeGreaterThan(0);
    const picked = page.waitForRequest((r) => new URL(r.url()).pathname === "/v1/feedback");
    await choices.first().click();
    expect((await picked).postDataJSON()).toHaveProperty("picked");
    // Or the person: the question that got the unhelpful answer goes to them, unretyped.
    await page
      .locator("clarifier-widget [role=log]")
      .getByRole("button", { name: en.talkToPerson })
      .click();
    await page.getByText(en.emailPrompt).waitFor();
    expect(await page.getByText(en.askNeed).count()).toBe(0);
    const handoff = page.waitForRequest((r) => new URL(r.url()).pathname === "/v1/handoff");
    await page.getByRole("textbox", { name: en.emailLabel }).fill("jane@example.com");
    await page.getByRole("textbox", { name: en.emailLabel }).press("Enter");
    expect((await handoff).postDataJSON()).toMatchObject({
      message: "How many days do I have to return an item?",
      reason: "visitor_request",
      email: "jane@example.com",
    });
    await page.getByText(en.handedOff("Acme", "jane@example.com")).waitFor();
    // Chromium logs any 404 as a console error; only that one is tolerated here.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await page.close();
  });

  it("shows a picked article whole and scrolls to its start, not its end", async () => {
    const { page, errors } = await openDemoChat(run.browser, run.stack.worker.url, run.stack.site);
    const box = page.getByRole("textbox", { name: en.placeholder });
    await box.fill("something about swapping the size of my parka");
    await box.press("Enter");
    await page.getByText(en.suggest).waitFor();
    await page
      .locator("clarifier-widget ul.suggestions")
      .getByRole("button", { name: /Exchanges/ })
      .click();
    const log = page.locator("clarifier-widget [role=log]");
    // The article's last paragraph, which two picked-out sentences left out.
    const article = log.locator(".msg.assistant", {
      hasText: "return the first item for a refund",
    });
    await article.waitFor();
    expect(await article.textContent()).toContain("Denver and Boulder stores");
    const [logBox, articleBox] = await Promise.all([log.boundingBox(), article.boundingBox()]);
    if (!logBox || !articleBox) throw new Error("expected the log and the article on screen");
    // Taller than the view, it is read from its first line.
    expect(articleBox.height).toBeGreaterThan(logBox.height);
    expect(articleBox.y).toBeGreaterThanOrEqual(logBox.y);
    expect(articleBox.y).toBeLessThan(logBox.y + 40);
    expect(errors).toEqual([]);
    await page.close();
  });
});
