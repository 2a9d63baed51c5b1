/**
 * The dashboard's eighth accessibility pass: what the seventh left, and what an outside audit
 * (axe-core, the keyboard alone, a screen reader's names, 320 px) still found. A pager's link
 * opened the next page at the top of the document, saying nothing of where it was; the list of
 * handoffs read "Open this handoff to reply" once per handoff, each to another page, and
 * Knowledge gaps "teach", "teach"…; "Channel saved." said not which; and a confirmation said
 * again on a reload, coming back through the history, and above a form put back unsaved after
 * a sign-in. Each asserted here before it was fixed.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeSource, pageViolations } from "./axe.ts";
import { browserAvailable, collectPageErrors, signInWithAdminToken } from "./chromium.ts";
import { adminPut, postChatTo } from "./shared-stack.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";

/** What has the focus: its tag, its text, and whether it is the line a pager leads to. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? null,
      text: el?.textContent?.trim() ?? "",
      pageLine: el?.hasAttribute("data-page") ?? false,
    };
  });
}

/** Presses Enter on `control` (a keyboard user's click) and waits for the page it brings. */
async function enterAndLoad(page: Page, control: ReturnType<Page["getByRole"]>) {
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), control.press("Enter")]);
}

/**
 * Controls in `main` a screen reader's lists could not tell apart, as axe-core names them: links
 * of one name to different pages, and buttons or fields of one name in different forms, each as
 * "name ×n". Every `<details>` is opened first, as an owner reading them would.
 */
async function namedAlike(page: Page): Promise<string[]> {
  await page.evaluate(await axeSource());
  return page.evaluate(() => {
    const w = window as unknown as {
      axe: {
        setup(root: Document): void;
        teardown(): void;
        commons: { text: { accessibleText(el: Element): string } };
      };
    };
    for (const d of document.querySelectorAll("details")) d.open = true;
    w.axe.setup(document);
    const places = new Map<string, Set<string>>();
    const controls =
      "main a[href], main button, main input:not([type=hidden]), main select, main textarea";
    for (const [i, el] of [...document.querySelectorAll(controls)].entries()) {
      const name = `${el.tagName.toLowerCase()} “${w.axe.commons.text.accessibleText(el).trim()}”`;
      const to = places.get(name) ?? new Set<string>();
      // A link's place is where it leads; a field's or a button's, itself.
      to.add(el.tagName === "A" ? (el.getAttribute("href") ?? "") : String(i));
      places.set(name, to);
    }
    w.axe.teardown();
    return [...places].filter(([, to]) => to.size > 1).map(([name, to]) => `${name} ×${to.size}`);
  });
}

describe.runIf(browserAvailable())("the dashboard's eighth pass, in Chromium", () => {
  const run = stackAndChromium();

  it("a pager's link opens the next page focused on which page of how many, Tab going on into it", async () => {
    const api = run.stack.worker.url;
    const site = run.stack.site;
    // 51 handoffs, each from an address of its own (the handoff limit is per address).
    for (let i = 0; i < 51; i++) {
      const res = await fetch(`${api}/v1/handoff`, {
        method: "POST",
        headers: { "content-type": "application/json", "cf-connecting-ip": `10.88.${i}.1` },
        body: JSON.stringify({
          site,
          conversationId: crypto.randomUUID(),
          message: "I'd like to talk to a person",
          reason: "keyword",
          email: `pass8-pager-${i}@example.com`,
        }),
      });
      expect(res.status).toBe(202);
      await res.body?.cancel();
    }
    // A knowledge base of 52 articles, on a site of its own (this file's keeps the demo's).
    const kbSite = `${site}-kb`;
    expect(
      (await adminPut(run.stack, `/admin/api/sites/${kbSite}`, { name: "Pages" })).status,
    ).toBe(200);
    const documents = Array.from({ length: 52 }, (_, i) => ({
      id: `article-${String(i).padStart(2, "0")}`,
      title: `Article ${String(i).padStart(2, "0")}`,
      text: `What article ${i} says, long enough to be an article of the knowledge base.`,
    }));
    expect((await adminPut(run.stack, `/admin/api/sites/${kbSite}/kb`, { documents })).status).toBe(
      200,
    );

    const context = await run.browser.newContext({ bypassCSP: true, locale: "en-US" });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInWithAdminToken(page, run.stack.adminToken, `${api}/admin?site=${site}`);
    await page.getByRole("button", { name: "Filter" }).waitFor();

    // The handoffs: the first page says where it stands, and so does the next, which has the focus.
    expect((await page.locator("main [data-page]").textContent())?.trim()).toMatch(
      /^Page 1 of 2: 1–50 of 51 handoffs, newest first\.$/,
    );
    await enterAndLoad(page, page.getByRole("link", { name: "Older handoffs" }));
    let now = await focused(page);
    expect(now, "older handoffs").toMatchObject({ tag: "p", pageLine: true });
    expect(now.text).toBe("Page 2 of 2: 51 of 51 handoffs, newest first.");
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(() => document.activeElement?.closest("details.handoff") !== null),
      "Tab after the page's line",
    ).toBe(true);
    expect(await pageViolations(page)).toEqual([]);
    await enterAndLoad(page, page.getByRole("link", { name: "Newest handoffs" }));
    now = await focused(page);
    expect(now.text).toMatch(/^Page 1 of 2: 1–50 of 51 handoffs/);

    // The knowledge base's numbered pages, at 320 px: the pager wraps, nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${api}/admin/sites/${kbSite}/kb`);
    await enterAndLoad(page, page.getByRole("link", { name: "Next page" }));
    now = await focused(page);
    expect(now, "next page").toMatchObject({ tag: "p", pageLine: true });
    expect(now.text).toBe("Page 2 of 2: 51–52 of 52 articles. 52 articles in the knowledge base.");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Article 50");
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
    expect(await pageViolations(page)).toEqual([]);
    await enterAndLoad(page, page.getByRole("link", { name: "Previous page" }));
    expect((await focused(page)).text).toMatch(/^Page 1 of 2: 1–50 of 52 articles\./);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("no two links in the handoff list or Knowledge gaps share a name but lead to different pages, nor two buttons", async () => {
    const api = run.stack.worker.url;
    const site = run.stack.site;
    for (const [i, email] of ["pass8-ana@example.com", "pass8-bo@example.com"].entries()) {
      const res = await fetch(`${api}/v1/handoff`, {
        method: "POST",
        headers: { "content-type": "application/json", "cf-connecting-ip": `10.89.${i}.1` },
        body: JSON.stringify({
          site,
          conversationId: crypto.randomUUID(),
          message: "Can I talk to a human about my order?",
          reason: "keyword",
          email,
        }),
      });
      expect(res.status).toBe(202);
      await res.body?.cancel();
    }
    await postChatTo(api, { site, message: "can I pay with a cheque by post" });
    await postChatTo(api, { site, message: "do you sell horse saddles" });
    const context = await run.browser.newContext({ bypassCSP: true, locale: "en-US" });
    const page = await context.newPage();
    await signInWithAdminToken(page, run.stack.adminToken, `${api}/admin?site=${site}&status=`);
    await page.getByRole("button", { name: "Filter" }).waitFor();
    expect(await namedAlike(page), "handoffs").toEqual([]);
    // Each says whose handoff, after the words shown: heard, the words seen are its start (2.5.3).
    const open = page.getByRole("link", {
      name: /^Open this handoff to reply\s*: pass8-bo@example\.com, /,
    });
    expect(await open.count()).toBe(1);
    await page.goto(`${api}/admin/sites/${site}/gaps`);
    expect(await namedAlike(page), "gaps").toEqual([]);
    expect(
      await page.getByRole("link", { name: "teach “do you sell horse saddles”" }).count(),
    ).toBe(1);
    await context.close();
  });

  it("a channel's confirmation names it, and takes the focus; its fields and buttons name it too", async () => {
    const api = run.stack.worker.url;
    const base = `${api}/admin/sites/${run.stack.site}/channels`;
    const context = await run.browser.newContext({ bypassCSP: true, locale: "en-US" });
    const page = await context.newPage();
    await signInWithAdminToken(page, run.stack.adminToken, base);
    const add = page.getByRole("form", { name: "Add Email channel" });
    await add.getByLabel("Channel id").fill("pass8-inbox");
    await add.getByLabel(/^Send to/).fill("support@acme.example");
    await enterAndLoad(page, add.getByRole("button", { name: "Add email channel" }));
    expect((await focused(page)).text).toBe("Channel “pass8-inbox” (Email) saved.");
    // The other channel, saved from its own card.
    await enterAndLoad(
      page,
      page.locator("#channel-demo-webhook").getByRole("button", { name: "Save" }),
    );
    expect((await focused(page)).text).toBe("Channel “demo-webhook” (Webhook) saved.");
    expect(await pageViolations(page)).toEqual([]);
    // Two channels and four forms to add one: each field and button says which channel it is of.
    expect(await namedAlike(page)).toEqual([]);
    expect(
      await page.getByRole("button", { name: "Send test to “pass8-inbox”", exact: true }).count(),
    ).toBe(1);
    await context.close();
  });

  it("a confirmation is said once: not again on a reload, back through the history, or after signing in again", async () => {
    const api = run.stack.worker.url;
    const base = `${api}/admin/sites/${run.stack.site}`;
    const context = await run.browser.newContext({ bypassCSP: true, locale: "en-US" });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signInWithAdminToken(page, run.stack.adminToken, `${base}/keywords`);
    await page.waitForURL(/\/keywords$/);
    await page.waitForLoadState("load");
    const confirmation = page.locator("main > .notice.ok");

    await enterAndLoad(page, page.getByRole("button", { name: "Save keywords" }));
    expect((await focused(page)).text).toMatch(/^Keywords saved\./);
    // Shown, it leaves the address: a reload opens the page as it is.
    expect(new URL(page.url()).searchParams.has("done")).toBe(false);
    await page.reload();
    expect(await confirmation.count(), "after a reload").toBe(0);
    // Away and back through the history.
    await page.goto(`${base}/hours`);
    await page.goBack();
    await page.waitForLoadState("load");
    expect(await confirmation.count(), "back").toBe(0);

    // Saved, then phrases typed and sent after the session ended: the page signed in to puts
    // them back, and says only that, not "Keywords saved." above the unsaved form.
    await enterAndLoad(page, page.getByRole("button", { name: "Save keywords" }));
    await page.getByLabel(/^Phrases, one per line/).fill("pass eight please");
    await context.clearCookies();
    await enterAndLoad(page, page.getByRole("button", { name: "Save keywords" }));
    await signInWithAdminToken(page, run.stack.adminToken);
    await page.waitForURL(/\/keywords$/);
    await page.waitForLoadState("load");
    await page
      .getByRole("status")
      .filter({ hasText: "Your session had ended, so this was not saved" })
      .waitFor();
    expect(await page.getByLabel(/^Phrases, one per line/).inputValue()).toBe("pass eight please");
    expect(await confirmation.count(), "after signing in again").toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
