import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HandoffAccepted } from "../../shared/api.ts";
import { browserAvailable, collectPageErrors, signInWithAdminToken } from "./chromium.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";

// Findings of the seventh security pass (docs/security.md) that live in the dashboard's script.

describe.runIf(browserAvailable())(
  "a dashboard link whose fragment is not valid percent-encoding, in Chromium",
  () => {
    const run = stackAndChromium();
    let context: BrowserContext;
    let page: Page;
    let handoffId = "";

    beforeAll(async () => {
      const res = await fetch(`${run.stack.worker.url}/v1/handoff`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          site: run.stack.site,
          conversationId: crypto.randomUUID(),
          message: "I'd like to talk to a person about my parcel",
          reason: "keyword",
        }),
      });
      expect(res.status).toBe(202);
      handoffId = ((await res.json()) as HandoffAccepted).handoffId;
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
  },
);
