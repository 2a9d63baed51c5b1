import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, collectPageErrors, signInWithAdminToken } from "./chromium.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";
import { postHandoffTo } from "./shared-stack.ts";

// Findings of the seventh security pass (docs/security.md) that live in the dashboard's script.

describe.runIf(browserAvailable())(
  "a dashboard link whose fragment is not valid percent-encoding, in Chromium",
  () => {
    const run = stackAndChromium();
    let context: BrowserContext;
    let page: Page;
    let handoffId = "";

    beforeAll(async () => {
      handoffId = await postHandoffTo(run.stack.worker.url, {
        site: run.stack.site,
        message: "I'd like to talk to a person about my parcel",
        reason: "keyword",
      });
      context = await run.browser.newContext({ locale: "en-US" });
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });

    const drafts = () =>
      page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith("clarifier.reply-draft:")),
      );

    // `#handoff/%E0%A4%A` (a link anyone can send: email notifications link to #handoff/<id>) made
    // decodeURIComponent throw at the top of dashboard.js, and nothing after it ran: the reply box
    // kept no draft, and Sign out no longer forgot the drafts kept before, which security.md
    // promises a shared computer.
    it("still keeps drafts and forgets them all on sign-out", async () => {
      const handoffUrl = `${run.stack.worker.url}/admin/handoffs/${handoffId}`;
      await signInWithAdminToken(page, run.stack.adminToken, handoffUrl);
      const box = page.getByLabel("Reply to the visitor");
      await box.waitFor();
      // The page's script (deferred) listens to the box once the page has loaded.
      await page.waitForLoadState("load");
      await box.fill("A draft typed before the odd link was opened.");
      await expect.poll(drafts).toHaveLength(1);

      // Opened afresh (a link followed from an email, not a fragment changed on an open page).
      await page.close();
      page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(`${handoffUrl}#handoff/%E0%A4%A`);
      const box2 = page.getByLabel("Reply to the visitor");
      await box2.waitFor();
      // The page's script ran to its end: the kept draft is back in the box.
      await expect
        .poll(() => box2.inputValue())
        .toBe("A draft typed before the odd link was opened.");
      // A fragment changed on the open page runs the same code.
      await page.evaluate(() => {
        location.hash = "#handoff/%ZZ";
      });
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByLabel("Admin token").waitFor();
      expect(await drafts()).toEqual([]);
      expect(errors).toEqual([]);
    });

    // A reply whose send was turned away (its session had ended) stays in its box, marked as sent.
    // The page used to drop such a draft at `?done=replied#handoff/<id>`, where a sent reply comes
    // back, and say "Reply sent": a link of that shape is anyone's to write (the visitor is told
    // the handoff's id), and following it lost the reply the owner meant to send.
    it("keeps a draft whose send was turned away when a link says it was sent", async () => {
      const handoffUrl = `${run.stack.worker.url}/admin/handoffs/${handoffId}`;
      page = await context.newPage();
      const errors = collectPageErrors(page);
      await signInWithAdminToken(page, run.stack.adminToken, handoffUrl);
      const box = page.getByLabel("Reply to the visitor");
      await box.waitFor();
      await page.waitForLoadState("load");
      await box.fill("Your parcel is at the depot; collect it from 9 am.");
      await context.clearCookies();
      await page.getByRole("button", { name: "Send reply" }).click();
      await page.getByText("so your reply was not sent").waitFor();
      await signInWithAdminToken(page, run.stack.adminToken);
      await box.waitFor();
      await expect
        .poll(() => box.inputValue())
        .toBe("Your parcel is at the depot; collect it from 9 am.");

      await page.goto(`${handoffUrl}?done=replied#handoff/${handoffId}`);
      await box.waitFor();
      await page.waitForLoadState("load");
      await expect
        .poll(() => box.inputValue())
        .toBe("Your parcel is at the depot; collect it from 9 am.");
      expect(await page.locator(".transcript li.team").count()).toBe(0);

      // Sent for real, it is dropped as before: the reply is on the page it comes back to (two
      // lines: the post sends CRLF, the page's text has LF).
      await box.fill("Your parcel is at the depot.\nCollect it from 9 am.  ");
      await page.getByRole("button", { name: "Send reply" }).click();
      await page.getByText("Reply sent. The visitor sees it in their chat.").waitFor();
      await page.waitForLoadState("load");
      await expect.poll(() => box.inputValue()).toBe("");
      await expect.poll(drafts).toEqual([]);
      expect(errors).toEqual([]);
    });
  },
);
