/**
 * The dashboard's sixth accessibility pass: what a screen reader reads of a handoff's
 * conversation. Who said a line stood beside it with only a CSS margin between, so the line was
 * read "VisitorHow do I return an item?" (WCAG 1.3.1). Asserted here before it was fixed.
 */
import { describe, expect, it } from "vitest";
import type { HandoffAccepted } from "../../shared/api.ts";
import { pageViolations } from "./axe.ts";
import { browserAvailable, collectPageErrors, signInWithAdminToken } from "./chromium.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";

// A name no other browser test gives a reply's author (the stack is shared).
const SIGNATURE = "Ingrid Solbakken";

describe.runIf(browserAvailable())("the dashboard's sixth accessibility pass, in Chromium", () => {
  const run = stackAndChromium();

  it("a handoff's conversation reads who said each line, a colon, then the line", async () => {
    const api = run.stack.worker.url;
    const conversationId = crypto.randomUUID();
    const chat = await fetch(`${api}/v1/chat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        site: run.stack.site,
        conversationId,
        message: "How do I return an item?",
      }),
    });
    expect(chat.status).toBe(200);
    const res = await fetch(`${api}/v1/handoff`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        site: run.stack.site,
        conversationId,
        message: "I'd like to talk to a person",
        reason: "keyword",
        email: "reader@example.com",
      }),
    });
    expect(res.status).toBe(202);
    const { handoffId } = (await res.json()) as HandoffAccepted;

    // axe is evaluated into the page; the dashboard's CSP refuses inline script.
    const context = await run.browser.newContext({ bypassCSP: true, locale: "en-US" });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInWithAdminToken(page, run.stack.adminToken, `${api}/admin/handoffs/${handoffId}`);
    await page.getByLabel("Your name (shown to the visitor)").fill(SIGNATURE);
    await page.getByLabel("Reply to the visitor").fill("Happy to help with the return.");
    await page.getByRole("button", { name: "Send reply" }).click();
    await page.getByText("Happy to help with the return.").waitFor();

    // What a screen reader is given for each line: the accessibility tree's text.
    const lines = await page
      .locator("ol.transcript > li")
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).innerText));
    const tree = await page.locator("ol.transcript").ariaSnapshot();
    expect(tree).toContain("Visitor: How do I return an item?");
    expect(tree).toContain("AI: You can return");
    // The token holder signs with a name typed in: "admin (as “…”)".
    expect(tree).toContain(`(as “${SIGNATURE}”) (team): Happy to help with the return.`);
    expect(tree).not.toMatch(/Visitor[^:\s]|AI[A-Z]|\(team\)[^:\s]/);
    // Seen as heard.
    expect(lines[0]).toMatch(/^Visitor: How do I return an item\?/);
    expect(await pageViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
