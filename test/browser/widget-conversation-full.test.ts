/**
 * A conversation at its length limit, through the real worker: D1 holds 200 messages in the
 * visitor's conversation (written straight into the stack's D1, as a script at chat's 30 a minute
 * would take minutes to), so the worker answers the next message with its real 409
 * `conversation_full`. The visitor reads why, in their language, with no Retry that could only
 * be refused again, and has the two ways on the worker still takes: a person (`POST /v1/handoff`
 * is taken whatever the length) and a new conversation, which carries the unanswered message.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { ChatRequest } from "../../shared/api.ts";
import { ALL_STRINGS } from "../../widget/strings/all.ts";
import { pageViolations } from "./axe.ts";
import { browserAvailable, collectPageErrors, widgetConversation } from "./chromium.ts";
import { fillConversation } from "./shared-stack.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";

const DA = ALL_STRINGS.da;

/** Chromium's own line for any 4xx a page fetches (the 409): the browser's, not the widget's. */
const isFailedLoad = (error: string) => error.startsWith("Failed to load resource");

describe.runIf(browserAvailable())("a conversation at its length limit, in Chromium", () => {
  const run = stackAndChromium();

  /** The visitor types `text` in the message box and sends it with Enter. */
  async function write(page: Page, text: string): Promise<void> {
    const input = page.getByRole("textbox", { name: DA.placeholder });
    await expect.poll(() => page.locator("clarifier-widget form .send").isEnabled()).toBe(true);
    await input.fill(text);
    await input.press("Enter");
  }

  /** The next `POST /v1/chat` the page makes: its conversation, and the worker's answer. */
  async function nextChat(page: Page): Promise<{ conversationId: string; status: number }> {
    const response = await page.waitForResponse((r) => r.url().endsWith("/v1/chat"));
    const body = response.request().postDataJSON() as ChatRequest;
    return { conversationId: body.conversationId ?? "", status: response.status() };
  }

  const panelText = (page: Page) =>
    page.locator("clarifier-widget [role=dialog]").evaluate((el) => el.textContent ?? "");

  it("says in Danish that the conversation is full, offers no Retry, and a person and a new conversation both still work", async () => {
    const page = await run.browser.newPage({ locale: "da-DK" });
    const errors = collectPageErrors(page);
    await page.goto(`${run.stack.worker.url}/demo/sites/${run.stack.site}`);
    await page.locator("clarifier-widget .launcher").click();
    const widget = page.locator("clarifier-widget");
    await widget.locator("textarea").waitFor();
    const conversationId = await widgetConversation(page, run.stack.site);
    expect(conversationId).not.toBe("");
    await fillConversation(run.stack, conversationId);

    // The worker's own refusal of the 201st message.
    const question = "Hvor lang tid tager levering til Norge?";
    const refused = nextChat(page);
    await write(page, question);
    expect(await refused).toEqual({ conversationId, status: 409 });

    // Said under the message, in the visitor's language: why, and the way on instead of Retry,
    // which could only be refused again.
    const failure = widget.locator(".msg.visitor.failed .failure");
    await expect.poll(() => failure.allTextContents()).toEqual([`${DA.full} ${DA.newChat}`]);
    const text = await panelText(page);
    expect(text).not.toContain(DA.failed);
    expect(text).not.toContain("limit of 200");
    expect(await widget.getByRole("button", { name: DA.retry }).count()).toBe(0);
    const restart = widget.getByRole("button", { name: DA.newChat });
    expect(await restart.count()).toBe(1);
    await page.evaluate(async () => {
      const root = document.querySelector("clarifier-widget")?.shadowRoot;
      await Promise.all((root?.getAnimations() ?? []).map((a) => a.finished));
    });
    expect(await pageViolations(page)).toEqual([]);

    // A person: the handoff is taken and delivered whatever the conversation's length.
    await widget.getByRole("button", { name: DA.talkToPerson }).click();
    await write(page, "Min pakke til Norge er ikke kommet frem");
    const email = page.getByRole("textbox", { name: DA.emailLabel });
    await email.fill("fuld@example.com");
    const handedOff = page.waitForResponse((r) => r.url().endsWith("/v1/handoff"));
    await email.press("Enter");
    expect((await handedOff).status()).toBe(202);
    await page.getByText(DA.handedOff("Acme", "fuld@example.com")).waitFor();
    await expect
      .poll(() => run.stack.receiver.requests.map((r) => JSON.parse(r.body).visitor_message), {
        timeout: 15_000,
      })
      .toEqual(["Min pakke til Norge er ikke kommet frem"]);

    // Writing on in the full conversation meets the same end, not an error.
    const again = nextChat(page);
    await write(page, question);
    expect((await again).status).toBe(409);
    await expect.poll(() => restart.count()).toBe(2);

    // A new conversation: the unanswered question is sent in it, and answered there.
    const fresh = nextChat(page);
    await restart.last().click();
    const started = await fresh;
    expect(started.status).toBe(200);
    expect(started.conversationId).not.toBe(conversationId);
    await expect
      .poll(() => widget.locator(".msg.visitor").allTextContents())
      .toEqual([`${DA.you}${question}`]);
    expect(await restart.count()).toBe(0);
    await expect
      .poll(() => widget.locator(".msg.assistant").count(), { timeout: 15_000 })
      .toBeGreaterThan(1);
    // The button went away as it was pressed: focus stayed in the chat, not on <body>.
    expect(
      await page.evaluate(
        () => document.querySelector("clarifier-widget")?.shadowRoot?.activeElement?.tagName,
      ),
    ).toMatch(/^(TEXTAREA|INPUT)$/);
    expect(errors.filter((e) => !isFailedLoad(e))).toEqual([]);
    await page.close();
  });
});
