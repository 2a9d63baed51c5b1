/**
 * The dashboard's seventh accessibility pass: where the keyboard and a screen reader are after
 * the owner acts. A second Copy set the same "Copied." in its live region, which is then not
 * announced again; a filter, a look-back or a search came back at the top of the page, some 15
 * Tab stops above what it found; a save that worked came back at the top too, its confirmation
 * a status region present at load, which is never announced; an article, keyword phrases or
 * an answer written on Teach, sent after the session ended, were lost at the sign-in page (only
 * a reply's draft was kept). Each asserted here before it was fixed.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { pageViolations } from "./axe.ts";
import { browserAvailable, collectPageErrors, signInWithAdminToken } from "./chromium.ts";
import { postHandoffTo } from "./shared-stack.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";

// An address no other browser test invites (the stack, and its team, are shared).
const INVITEE = "pass7-copy@example.com";

/** What has the focus: its text, and whether it is a filter's result or a save's confirmation. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? null,
      text: el?.textContent?.trim() ?? "",
      results: el?.hasAttribute("data-results") ?? false,
      confirmation: (el?.matches("main > .notice.ok[role='status']") ?? false) as boolean,
    };
  });
}

/** Presses Enter on `control` (a keyboard user's submit) and waits for the page it brings. */
async function enterAndLoad(page: Page, control: ReturnType<Page["getByRole"]>) {
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), control.press("Enter")]);
}

describe.runIf(browserAvailable())("the dashboard's seventh pass, in Chromium", () => {
  const run = stackAndChromium();

  it("says every Copy press: a repeat changes the status text, so it is announced again", async () => {
    const api = run.stack.worker.url;
    const context = await run.browser.newContext({ bypassCSP: true, locale: "en-US" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInWithAdminToken(page, run.stack.adminToken, `${api}/admin/team`);
    await page.getByLabel("Their email").fill(INVITEE);
    await enterAndLoad(page, page.getByRole("button", { name: "Create invitation link" }));

    const said = async (button: string) => {
      const heard: string[] = [];
      for (let press = 0; press < 3; press++) {
        const before = (await page.locator("#copy-status").textContent()) ?? "";
        await page.getByRole("button", { name: button }).press("Enter");
        await expect.poll(() => page.locator("#copy-status").textContent()).not.toBe(before);
        heard.push((await page.locator("#copy-status").textContent()) ?? "");
      }
      return heard;
    };
    // A live region is read when its text changes: each press must leave different words.
    expect(await said("Copy the link")).toEqual(["Copied.", "Copied again.", "Copied."]);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("/admin/invite/");

    await page.goto(`${api}/admin/sites/${run.stack.site}/widget/install`);
    expect(await said("Copy the script tag")).toEqual(["Copied.", "Copied again.", "Copied."]);
    expect(await pageViolations(page)).toEqual([]);

    // Where the clipboard is refused the snippet is selected instead; pressed again, said again.
    await context.clearPermissions();
    await page.reload();
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, "writeText", {
        value: () => Promise.reject(new Error("refused")),
      });
    });
    const refused = await said("Copy the script tag");
    expect(refused[0]).toMatch(/^Selected: press Ctrl\+C/);
    expect(refused[1]).toMatch(/^Selected again: press Ctrl\+C/);
    expect(refused[2]).toBe(refused[0]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a filter, a look-back or a search sent comes back focused on what it found", async () => {
    const api = run.stack.worker.url;
    const site = run.stack.site;
    // One handoff, so the list has something to Tab on to.
    await postHandoffTo(api, {
      site,
      message: "I'd like to talk to a person",
      reason: "keyword",
      email: "pass7-filter@example.com",
    });
    const context = await run.browser.newContext({ bypassCSP: true, locale: "en-US" });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInWithAdminToken(page, run.stack.adminToken, `${api}/admin?site=${site}`);
    await page.getByRole("button", { name: "Filter" }).waitFor();

    // The handoff list's filter.
    await page.getByLabel("Status").selectOption("");
    await enterAndLoad(page, page.getByRole("button", { name: "Filter" }));
    let now = await focused(page);
    expect(now, "handoffs").toMatchObject({ tag: "p", results: true });
    expect(now.text).toMatch(/^1 handoff, newest first\.$/);
    // Tab goes on from there, to the first handoff, not to the skip link.
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(() => document.activeElement?.closest("details.handoff") !== null),
      "Tab after the handoffs' results",
    ).toBe(true);
    expect(await pageViolations(page)).toEqual([]);

    // Answers' two views are links: the same.
    await page.goto(`${api}/admin/sites/${site}/answers`);
    await enterAndLoad(page, page.getByRole("link", { name: "Not helpful only" }));
    now = await focused(page);
    expect(now, "answers").toMatchObject({ tag: "p", results: true });
    expect(now.text).toMatch(/not helpful/);

    // The knowledge base's search.
    await page.goto(`${api}/admin/sites/${site}/kb`);
    await page.getByLabel("Search the articles").fill("return");
    await enterAndLoad(page, page.getByLabel("Search the articles"));
    now = await focused(page);
    expect(now, "knowledge base").toMatchObject({ tag: "p", results: true });
    expect(now.text).toMatch(/match “return”\.$/);

    // Knowledge gaps' and Threshold's look-back.
    for (const [section, says] of [
      ["gaps", /in the last 30 days/],
      ["threshold", /in the last 30 days/],
    ] as const) {
      await page.goto(`${api}/admin/sites/${site}/${section}`);
      await page.getByLabel("Look back").selectOption("30");
      await enterAndLoad(page, page.getByRole("button", { name: "Show" }));
      now = await focused(page);
      expect(now, section).toMatchObject({ tag: "p", results: true });
      expect(now.text).toMatch(says);
      expect(await pageViolations(page)).toEqual([]);
    }

    // The same pages opened from the navigation leave the focus alone.
    await page.goto(`${api}/admin/sites/${site}/kb`);
    expect((await focused(page)).tag).toBe("body");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a save that worked comes back focused on its confirmation, read out, Tab going on in main", async () => {
    const api = run.stack.worker.url;
    const site = run.stack.site;
    const context = await run.browser.newContext({ bypassCSP: true, locale: "en-US" });
    const page = await context.newPage();
    page.on("dialog", (dialog) => dialog.accept());
    const errors = collectPageErrors(page);
    const base = `${api}/admin/sites/${site}`;
    await signInWithAdminToken(page, run.stack.adminToken, `${base}/keywords`);

    const confirmed = async (what: string, says: RegExp) => {
      const now = await focused(page);
      expect(now, what).toMatchObject({ tag: "p", confirmation: true });
      expect(now.text, what).toMatch(says);
      await page.keyboard.press("Tab");
      expect(
        await page.evaluate(() => document.activeElement?.closest("main") !== null),
        `${what}: Tab goes on in main`,
      ).toBe(true);
      expect(await pageViolations(page), what).toEqual([]);
    };

    await enterAndLoad(page, page.getByRole("button", { name: "Save keywords" }));
    await confirmed("keywords", /^Keywords saved\./);

    await page.goto(`${base}/widget`);
    await enterAndLoad(page, page.getByRole("button", { name: "Save widget settings" }));
    await confirmed("widget settings", /^Widget settings saved/);

    await page.goto(`${base}/hours`);
    await enterAndLoad(page, page.getByRole("button", { name: "Save hours" }));
    await confirmed("hours", /^Hours saved\./);

    await page.goto(`${base}/threshold`);
    await enterAndLoad(page, page.getByRole("button", { name: "Save threshold" }));
    await confirmed("threshold", /^Threshold saved\./);

    await page.goto(`${base}/channels`);
    await enterAndLoad(
      page,
      page.locator("section.channel").first().getByRole("button", { name: "Save" }),
    );
    await confirmed("channels", /^Channel “demo-webhook” \(Webhook\) saved\./);

    // Team: an invitation withdrawn (created here, under an address of this file's own).
    await page.goto(`${api}/admin/team`);
    await page.getByLabel("Their email").fill("pass7-withdrawn@example.com");
    await enterAndLoad(page, page.getByRole("button", { name: "Create invitation link" }));
    // The new link keeps the focus it is given (autofocus), not a confirmation.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("invite-link");
    const withdraw = page
      .locator("li", { hasText: "pass7-withdrawn@example.com" })
      .getByRole("button", { name: "Withdraw" });
    await enterAndLoad(page, withdraw);
    await confirmed("team", /^Invitation withdrawn/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an article or keyword phrases sent after the session ended are back after signing in", async () => {
    const api = run.stack.worker.url;
    const base = `${api}/admin/sites/${run.stack.site}`;
    const context = await run.browser.newContext({ bypassCSP: true, locale: "en-US" });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInWithAdminToken(page, run.stack.adminToken, `${base}/kb/new`);
    // dashboard.js keeps a form as it is sent: typed and sent before the script has run (a
    // loaded CI machine fetched it late), nothing was kept and the test failed.
    await page.waitForURL(/\/kb\/new$/);
    await page.waitForLoadState("load");
    const title = "Repairs after the warranty";
    const text = "We repair tents and boots after the warranty ends, for a fixed price per repair.";
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Text").fill(text);
    // The session ends while the page is open (12 hours on): the save is turned away.
    await context.clearCookies();
    await enterAndLoad(page, page.getByRole("button", { name: "Add the article" }));
    await page.getByText("so that change was not saved").waitFor();
    await signInWithAdminToken(page, run.stack.adminToken);
    await page.waitForURL(/\/kb\/new$/);
    await page.waitForLoadState("load");
    expect(await page.getByLabel("Title").inputValue()).toBe(title);
    expect(await page.getByLabel("Text").inputValue()).toBe(text);
    // Said in a status region, and the keyboard is on what was put back.
    await page
      .getByRole("status")
      .filter({ hasText: "Your session had ended, so this was not saved" })
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("article-title");
    expect(await pageViolations(page)).toEqual([]);
    // Saved now, it is gone: the page opened again is empty and says nothing.
    await enterAndLoad(page, page.getByRole("button", { name: "Add the article" }));
    await page.goto(`${base}/kb/new`);
    expect(await page.getByLabel("Text").inputValue()).toBe("");
    expect(await page.locator("[data-kept-note]").textContent()).toBe("");

    // Keyword phrases: the page shows the saved ones; what was sent replaces them again.
    await page.goto(`${base}/keywords`);
    const phrases = "speak to someone\nreal person please";
    await page.getByLabel(/^Phrases, one per line/).fill(phrases);
    await page.getByLabel("Replace: only these phrases").check();
    await context.clearCookies();
    await enterAndLoad(page, page.getByRole("button", { name: "Save keywords" }));
    await signInWithAdminToken(page, run.stack.adminToken);
    await page.waitForURL(/\/keywords$/);
    await page.waitForLoadState("load");
    expect(await page.getByLabel(/^Phrases, one per line/).inputValue()).toBe(phrases);
    expect(await page.getByLabel("Replace: only these phrases").isChecked()).toBe(true);
    // Nothing was saved meanwhile: the server still has none of them.
    await page.reload();
    expect(await page.getByLabel(/^Phrases, one per line/).inputValue()).not.toContain(
      "real person please",
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
