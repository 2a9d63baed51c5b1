/**
 * A refusal of the API the widget has no words of its own for reaches a Danish visitor in Danish
 * (`refusalText`: `failed`), never as the API's English message, which is written for the site's
 * developer: a handoff the worker won't take any more (a real 403 of the worker: the owner
 * changed the site's phrases while the visitor was at the email step), and a message the API
 * refuses with a code this widget doesn't know (a newer worker's), which keeps its Retry.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/local-stack.ts";
import { ALL_STRINGS } from "../../widget/strings/all.ts";
import { browserAvailable, collectPageErrors } from "./chromium.ts";
import { adminPut } from "./shared-stack.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";

const DA = ALL_STRINGS.da;

/** Chromium's own line for any 4xx a page fetches: the browser's, not the widget's. */
const isFailedLoad = (error: string) => error.startsWith("Failed to load resource");

describe.runIf(browserAvailable())("the API's refusals, to a Danish visitor, in Chromium", () => {
  const run = stackAndChromium();

  /** The demo site's page in a Danish browser (the site's language is `auto`): all Danish. */
  async function openDanishChat(): Promise<{ page: Page; errors: string[] }> {
    const page = await run.browser.newPage({ locale: "da-DK" });
    const errors = collectPageErrors(page);
    await page.goto(`${run.stack.worker.url}/demo/sites/${run.stack.site}`);
    await page.locator("clarifier-widget .launcher").click();
    await expect.poll(() => page.locator("clarifier-widget textarea").count()).toBe(1);
    return { page, errors };
  }

  /** The visitor types `text` in the message box and sends it with Enter. */
  async function write(page: Page, text: string): Promise<void> {
    const input = page.getByRole("textbox", { name: DA.placeholder });
    await input.fill(text);
    await input.press("Enter");
  }

  const panelText = (page: Page) =>
    page.locator("clarifier-widget [role=dialog]").evaluate((el) => el.textContent ?? "");

  it("a handoff the worker refuses (403 handoff_not_justified) ends in Danish, not in the API's English", async () => {
    const { page, errors } = await openDanishChat();
    await write(page, "Kan jeg tale med en person?");
    await expect
      .poll(() => page.locator("clarifier-widget .msg.assistant").last().textContent())
      .toBe(DA.emailPrompt);

    // Meanwhile the owner keeps only the site's own phrase: the worker's re-check of the
    // handoff no longer finds one in the visitor's message.
    const config = JSON.parse(await readFile(path.join(ROOT, "demo", "site.json"), "utf8"));
    config.keywords = { mode: "replace", phrases: ["book a consultation"] };
    config.channels = [
      {
        id: "demo-webhook",
        type: "webhook",
        url: `${run.stack.receiver.url}/hook`,
        secret: run.stack.webhookSecret,
      },
    ];
    const put = await adminPut(run.stack, `/admin/api/sites/${run.stack.site}`, config);
    expect(put.ok).toBe(true);

    const refused = page.waitForResponse((r) => r.url().endsWith("/v1/handoff"));
    const field = page.getByRole("textbox", { name: DA.emailLabel });
    await field.fill("besoeg@example.com");
    await field.press("Enter");
    const response = await refused;
    // The worker's real refusal, with its English reason for a developer.
    expect(response.status()).toBe(403);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("handoff_not_justified");

    await expect
      .poll(() => page.locator("clarifier-widget .notice").last().textContent())
      .toBe(DA.failed);
    expect(await panelText(page)).not.toContain(body.error.message);
    // The email step is over and the visitor can write on.
    expect(await page.getByRole("textbox", { name: DA.emailLabel }).count()).toBe(0);
    expect(await page.getByRole("textbox", { name: DA.placeholder }).count()).toBe(1);
    expect(errors.filter((e) => !isFailedLoad(e))).toEqual([]);
    await page.close();
  });

  it("a message refused with a code the widget doesn't know says so in Danish beside Retry, and Retry sends it", async () => {
    const { page, errors } = await openDanishChat();
    const english = "The request was refused by a rule this widget predates.";
    // A newer worker's refusal (a 4xx with a message: not a network error, not a 5xx).
    await page.route("**/v1/chat", (route) =>
      route.fulfill({
        status: 400,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "rule_refused", message: english } }),
      }),
    );
    await write(page, "Hvor lang tid tager levering?");
    const failure = page.locator("clarifier-widget .msg.visitor.failed .failure");
    await expect.poll(() => failure.textContent()).toBe(`${DA.failed} ${DA.retry}`);
    expect(await panelText(page)).not.toContain(english);

    // Retry is still the way on: once the API takes the message, it is answered.
    await page.unroute("**/v1/chat");
    await failure.getByRole("button", { name: DA.retry }).click();
    await expect.poll(() => page.locator("clarifier-widget .msg.visitor.failed").count()).toBe(0);
    await expect
      .poll(() => page.locator("clarifier-widget .msg.assistant").count(), { timeout: 15_000 })
      .toBeGreaterThan(1);
    expect(errors.filter((e) => !isFailedLoad(e))).toEqual([]);
    await page.close();
  });
});
