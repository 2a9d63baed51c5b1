/**
 * The dashboard's sixth accessibility pass: what a screen reader reads of a handoff's
 * conversation. Who said a line stood beside it with only a CSS margin between, so the line was
 * read "VisitorHow do I return an item?" (WCAG 1.3.1); a reply draft put back in its box was
 * explained by a hint in no live region (4.1.3). Each asserted here before it was fixed.
 */
import { describe, expect, it } from "vitest";
import { pageViolations } from "./axe.ts";
import { browserAvailable, collectPageErrors, signInWithAdminToken } from "./chromium.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";
import { postChatTo, postHandoffTo } from "./shared-stack.ts";

// A name no other browser test gives a reply's author (the stack is shared).
const SIGNATURE = "Ingrid Solbakken";

describe.runIf(browserAvailable())("the dashboard's sixth accessibility pass, in Chromium", () => {
  const run = stackAndChromium();

  it("a handoff's conversation reads who said each line, a colon, then the line", async () => {
    const api = run.stack.worker.url;
    const conversationId = crypto.randomUUID();
    await postChatTo(api, {
      site: run.stack.site,
      conversationId,
      message: "How do I return an item?",
    });
    const handoffId = await postHandoffTo(api, {
      site: run.stack.site,
      conversationId,
      message: "I'd like to talk to a person",
      reason: "keyword",
      email: "reader@example.com",
    });

    // axe is evaluated into the page; the dashboard's CSP refuses inline script.
    const context = await run.browser.newContext({ bypassCSP: true, locale: "en-US" });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInWithAdminToken(page, run.stack.adminToken, `${api}/admin/handoffs/${handoffId}`);
    // The chat's messages reach the conversation through a queue: wait until the question is in.
    await expect
      .poll(async () => {
        await page.reload();
        return page.locator("ol.transcript").textContent();
      })
      .toContain("How do I return an item?");
    await page.getByLabel("Your name (shown to the visitor)").fill(SIGNATURE);
    await page.getByLabel("Reply to the visitor").fill("Happy to help with the return.");
    await page.getByRole("button", { name: "Send reply" }).click();
    await page.getByText("Happy to help with the return.").waitFor();

    // What a screen reader is given for each line: the accessibility tree's text.
    const lines = await page
      .locator("ol.transcript > li")
      .evaluateAll((items) => items.map((li) => li.textContent ?? ""));
    const tree = await page.locator("ol.transcript").ariaSnapshot();
    expect(tree).toContain("Visitor: How do I return an item?");
    expect(tree).toContain("AI: You can return");
    // The token holder signs with a name typed in: "admin (as “…”)".
    expect(tree).toContain(`(as “${SIGNATURE}”) (team): Happy to help with the return.`);
    expect(tree).not.toMatch(/Visitor[^:\s]|AI[A-Z]|\(team\)[^:\s]/);
    // Seen as heard.
    expect(lines[0]).toMatch(/^Visitor: How do I return an item\?/);
    expect(await pageViolations(page)).toEqual([]);

    // A reply typed and left (the tab closed, the session ended): opened again, the box has it
    // back, and a status message says what that text is (4.1.3), not a silent hint.
    const draft = "Your parcel is on its way back to us, thank you.";
    await page.getByLabel("Reply to the visitor").fill(draft);
    await page.reload();
    await expect.poll(() => page.getByLabel("Reply to the visitor").inputValue()).toBe(draft);
    await page
      .getByRole("status")
      .filter({ hasText: "Your unsent reply, kept in this browser." })
      .waitFor();
    expect(await pageViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("on Knowledge gaps each teach control names its question (2.4.6, 2.4.4)", async () => {
    const api = run.stack.worker.url;
    const questions = ["what is the weather in paris", "can I pay with a cheque by post"];
    for (const message of questions) {
      await postChatTo(api, { site: run.stack.site, message });
    }
    const context = await run.browser.newContext({ bypassCSP: true, locale: "en-US" });
    const page = await context.newPage();
    const path = `${api}/admin/sites/${run.stack.site}/gaps`;
    await signInWithAdminToken(page, run.stack.adminToken, path);
    // Logged through a queue: wait until both are listed.
    await expect
      .poll(async () => {
        await page.goto(path);
        return page.getByRole("button", { name: /^Teach/ }).count();
      })
      .toBeGreaterThanOrEqual(2);
    // What a screen reader says for each control, tabbing through the page.
    const names = async (role: "combobox" | "button" | "link", start: string) => {
      const all = await page
        .locator("main")
        .getByRole(role, { name: new RegExp(`^${start}`) })
        .evaluateAll((els) => els.map((el) => el.getAttribute("id") ?? ""));
      return Promise.all(
        all.map((_, i) =>
          page
            .locator("main")
            .getByRole(role, { name: new RegExp(`^${start}`) })
            .nth(i)
            .ariaSnapshot(),
        ),
      );
    };
    for (const [role, start] of [
      ["combobox", "This is answered by"],
      ["button", "Teach"],
      ["link", "Write an answer"],
    ] as const) {
      const said = await names(role, start);
      expect(said.length, start).toBeGreaterThanOrEqual(2);
      // Each one different, and each names one of the questions asked.
      expect(new Set(said).size, `${start}: ${said.join(" | ")}`).toBe(said.length);
      for (const question of questions) {
        expect(
          said.some((s) => s.includes(question)),
          `${start} names “${question}”`,
        ).toBe(true);
      }
    }
    // Seen, the controls say what they said before: the question is drawn nowhere.
    const drawn = await page
      .locator("main form.teach .visually-hidden")
      .evaluateAll((spans) =>
        spans.filter((el) => el.getBoundingClientRect().width > 1).map((el) => el.textContent),
      );
    expect(drawn).toEqual([]);
    expect(await pageViolations(page)).toEqual([]);
    await context.close();
  });

  it("the Threshold histogram's counts are readable without a mouse, as a table (1.1.1)", async () => {
    const api = run.stack.worker.url;
    const context = await run.browser.newContext({ bypassCSP: true, locale: "en-US" });
    const page = await context.newPage();
    const path = `${api}/admin/sites/${run.stack.site}/threshold`;
    await signInWithAdminToken(page, run.stack.adminToken, path);
    // The chart counts questions the queue has logged: ask one, and wait until it is in.
    await postChatTo(api, {
      site: run.stack.site,
      message: "Can I return boots I have worn outside?",
    });
    const counts = () =>
      page.locator("svg.histogram title").evaluateAll((titles) =>
        titles.flatMap((t) => {
          const m = /^([\d.]+)–([\d.]+): (\d+) scored, (\d+) keyword$/.exec(t.textContent ?? "");
          return m && (m[3] !== "0" || m[4] !== "0") ? [`${m[1]}–${m[2]} ${m[3]} ${m[4]}`] : [];
        }),
      );
    await expect
      .poll(async () => {
        await page.goto(path);
        return (await counts()).length;
      })
      .toBeGreaterThan(0);
    // Reached by the keyboard: Tab to the toggle, Enter opens it.
    const toggle = page.getByText("The chart's numbers");
    await toggle.focus();
    await page.keyboard.press("Enter");
    const table = page
      .getByRole("table")
      .filter({ has: page.getByRole("columnheader", { name: "Keyword handoffs" }) });
    await table.waitFor();
    const rows = await table.locator("tbody tr").evaluateAll((trs) =>
      trs.flatMap((tr) => {
        const [range, scored, keyword] = [...tr.children].map((c) => c.textContent ?? "");
        return scored !== "0" || keyword !== "0" ? [`${range} ${scored} ${keyword}`] : [];
      }),
    );
    // The same non-empty slices, the same counts, as the bars' own titles.
    expect(rows).toEqual(await counts());
    expect(await table.locator("tbody tr").count()).toBe(20);
    expect(await pageViolations(page)).toEqual([]);
    await context.close();
  });
});
