import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, collectPageErrors, signInWithAdminToken } from "./chromium.ts";
import { stackAndChromium } from "./stack-and-chromium.ts";
import { postHandoffTo } from "./shared-stack.ts";

// Names no other browser test uses: members belong to the whole (shared) installation.
const OWNER_SIGNATURE = "Rhiannon Vesterby";
const MEMBER_NAME = "Oskar Talvitie";

/**
 * The 12-hour session ends while a reply is being written. Chromium drops the cookie at its
 * Max-Age, which is what `clearCookies()` does here: the next request has no session.
 */
describe.runIf(browserAvailable())("a reply draft outliving its session, in Chromium", () => {
  const run = stackAndChromium();
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let handoffId = "";

  beforeAll(async () => {
    handoffId = await postHandoffTo(run.stack.worker.url, {
      site: run.stack.site,
      message: "Where is my order 4417? I'd like to talk to a person",
      reason: "keyword",
    });
    context = await run.browser.newContext({ locale: "en-US" });
    page = await context.newPage();
    errors = collectPageErrors(page);
  });

  const handoffUrl = () => `${run.stack.worker.url}/admin/handoffs/${handoffId}`;
  const box = () => page.getByLabel("Reply to the visitor");
  const drafts = () =>
    page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith("clarifier.reply-draft:")),
    );

  /** On the sign-in page a session's end led to, the owner signs in and is back on the handoff. */
  async function signInAgainToTheHandoff(): Promise<void> {
    expect(new URL(page.url()).pathname).toBe("/admin/login");
    await signInWithAdminToken(page, run.stack.adminToken);
    await box().waitFor();
    expect(new URL(page.url()).pathname).toBe(`/admin/handoffs/${handoffId}`);
  }

  it("keeps what was typed through a sign-in, and a send refused for want of a session comes back to the handoff", async () => {
    await signInWithAdminToken(page, run.stack.adminToken, handoffUrl());
    await box().waitFor();
    await page.getByLabel("Your name (shown to the visitor)").fill(OWNER_SIGNATURE);
    await box().fill("Your order 4417 left our warehouse this morning.");

    // The session ends; the page is opened again (a reload, the next morning): sign in, and the
    // box has the draft back.
    await context.clearCookies();
    await page.reload();
    await signInAgainToTheHandoff();
    // The page's script restores it as the page loads (deferred, so after the box is there).
    await expect
      .poll(() => box().inputValue())
      .toBe("Your order 4417 left our warehouse this morning.");
    expect(await page.getByLabel("Your name (shown to the visitor)").inputValue()).toBe(
      OWNER_SIGNATURE,
    );
    await page.getByText("Your unsent reply, kept in this browser.").waitFor();

    // It ends again while the page is open, and Send is pressed: the sign-in page says the reply
    // was not sent, and signing in leads back to this handoff, the reply in its box, focused.
    await box().fill("Your order 4417 left our warehouse this morning; it arrives Thursday.");
    await context.clearCookies();
    await page.getByRole("button", { name: "Send reply" }).click();
    await page.getByText("so your reply was not sent").waitFor();
    await signInAgainToTheHandoff();
    await expect
      .poll(() => box().inputValue())
      .toBe("Your order 4417 left our warehouse this morning; it arrives Thursday.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`reply-${handoffId}`);
    // Nothing reached the visitor while signed out.
    expect(await page.locator(".transcript li.team").count()).toBe(0);

    // Sent, the draft is gone: the box is empty after the send and after a reload.
    await page.getByRole("button", { name: "Send reply" }).click();
    await page.getByText("Reply sent. The visitor sees it in their chat.").waitFor();
    await page
      .locator(".transcript li.team")
      .getByText("Your order 4417 left our warehouse this morning; it arrives Thursday.")
      .waitFor();
    expect(await box().inputValue()).toBe("");
    // Dropped by the page's script as it loads, which may be just after the notice is shown.
    await expect.poll(drafts).toEqual([]);
    // The keyboard is back on the handoff acted on (its summary), not at the top of the page:
    // Chromium's scroll to the `#handoff/<id>` fragment used to take the focus off it.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.activeElement?.tagName === "SUMMARY" &&
            document.activeElement.closest("details")?.id,
        ),
      )
      .toBe(`handoff/${handoffId}`);
    await page.reload();
    await box().waitFor();
    expect(await box().inputValue()).toBe("");

    // A draft begun after that send survives a reload of the "Reply sent" page.
    await box().fill("One more thing: the tracking number is in your email.");
    await page.reload();
    await box().waitFor();
    await expect
      .poll(() => box().inputValue())
      .toBe("One more thing: the tracking number is in your email.");
  });

  it("never hands one writer's draft to another signing in on the same browser, and forgets drafts on sign-out", async () => {
    // The owner invites a member from another browser.
    const ownerContext = await run.browser.newContext({ locale: "en-US" });
    const ownerPage = await ownerContext.newPage();
    await signInWithAdminToken(
      ownerPage,
      run.stack.adminToken,
      `${run.stack.worker.url}/admin/team`,
    );
    await ownerPage.getByLabel("Their email").fill(`oskar-${Date.now()}@desk-draft.example`);
    await ownerPage.getByRole("button", { name: "Create invitation link" }).click();
    const link = await ownerPage.getByRole("textbox", { name: "Invitation link" }).inputValue();
    // Shown once and longer than its box: focused, and copied whole by its button.
    await expect
      .poll(() => ownerPage.evaluate(() => document.activeElement?.id))
      .toBe("invite-link");
    await ownerContext.grantPermissions(["clipboard-read", "clipboard-write"]);
    await ownerPage.getByRole("button", { name: "Copy the link" }).click();
    await ownerPage.getByText("Copied.").waitFor();
    expect(await ownerPage.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await ownerContext.close();

    // The token holder's draft from the test above is still kept; their session ends, and the
    // member joins on this same browser.
    expect(await drafts()).toHaveLength(1);
    await context.clearCookies();
    await page.goto(link);
    await page.getByLabel("Your name").fill(MEMBER_NAME);
    await page.getByLabel("Choose a password").fill("draft-safe password 6");
    await page.getByRole("button", { name: "Join and sign in" }).click();
    await page.getByRole("link", { name: `${MEMBER_NAME} (agent)` }).waitFor();
    await page.goto(handoffUrl());
    await box().waitFor();
    expect(await box().inputValue()).toBe("");
    await box().fill("Oskar's own note");
    expect(await drafts()).toHaveLength(2);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByLabel("Admin token").waitFor();
    expect(await drafts()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("a new owner: a site just added starts on its addresses and says its knowledge base is empty; an empty list says what brings a handoff, a full one where to reply", async () => {
    // Added from the dashboard: the install page says the knowledge base is empty, and the
    // keyboard starts on the addresses, the next thing to fill in.
    const quiet = `desk-quiet-${crypto.randomUUID().slice(0, 8)}`;
    await signInWithAdminToken(
      page,
      run.stack.adminToken,
      `${run.stack.worker.url}/admin/new-site`,
    );
    await page.getByLabel("Name (shown in the widget and in handoffs)").fill("Quiet shop");
    await page.getByLabel(/^Site id/).fill(quiet);
    await page.getByRole("button", { name: "Add the site" }).click();
    await page.getByText("Its knowledge base is empty, so until you add articles").waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("allowedOrigins");
    await page.goto(`${run.stack.worker.url}/admin?site=${quiet}`);
    await page
      .getByText(`No handoffs yet for ${quiet}. When a visitor asks the chat for a person`)
      .waitFor();

    await page.goto(`${run.stack.worker.url}/admin?site=${run.stack.site}&status=`);
    const item = page.locator(`details[id="handoff/${handoffId}"]`);
    await item.locator("summary").click();
    await item.getByRole("link", { name: "Open this handoff to reply" }).click();
    await box().waitFor();
    expect(new URL(page.url()).pathname).toBe(`/admin/handoffs/${handoffId}`);
    expect(errors).toEqual([]);
  });
});
