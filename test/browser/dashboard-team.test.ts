import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailable,
  collectPageErrors,
  launchChromium,
  signInWithAdminToken,
} from "./chromium.ts";
import { joinSharedStack, postHandoffTo, type SharedStack } from "./shared-stack.ts";

const SITE = "team-desk";

// The owner invites an agent from the Team page; the agent opens the link in their own browser,
// chooses a name and password, answers a handoff as themselves, and signs in again by email.
describe.runIf(browserAvailable())("a team member invited and answering, in Chromium", () => {
  let stack: SharedStack;
  let browser: Browser;
  let owner: BrowserContext;
  let agent: BrowserContext;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([joinSharedStack(), launchChromium()]);
    const saved = await fetch(`${stack.worker.url}/admin/api/sites/${SITE}`, {
      method: "PUT",
      headers: {
        authorization: `Bearer ${stack.adminToken}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ name: "Team desk" }),
    });
    expect(saved.status).toBe(200);
    owner = await browser.newContext({ locale: "en-US" });
    agent = await browser.newContext({ locale: "en-US" });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("invites, joins, replies under the agent's own name, and keeps the owner's pages from the agent", async () => {
    const email = `ana-${Date.now()}@team.example`;
    const ownerPage = await owner.newPage();
    const ownerErrors = collectPageErrors(ownerPage);
    await signInWithAdminToken(ownerPage, stack.adminToken, `${stack.worker.url}/admin/team`);
    await ownerPage.getByRole("heading", { name: "Team", level: 1 }).waitFor();
    await ownerPage.getByLabel("Their email").fill(email);
    await ownerPage.getByRole("button", { name: "Create invitation link" }).click();
    const link = await ownerPage.getByRole("textbox", { name: "Invitation link" }).inputValue();
    expect(link).toMatch(new RegExp(`^${stack.worker.url}/admin/invite/[A-Za-z0-9_-]{43}$`));

    const page = await agent.newPage();
    const errors = collectPageErrors(page);
    await page.goto(link);
    await page
      .getByText(`admin invited ${email} to the Clarifier dashboard as an agent.`)
      .waitFor();
    await page.getByLabel("Your name").fill("Ana Lind");
    await page.getByLabel("Choose a password").fill("correct horse battery");
    await page.getByRole("button", { name: "Join and sign in" }).click();
    await page.getByRole("heading", { name: "Handoffs", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Ana Lind (agent)" }).waitFor();
    const nav = await page.getByRole("navigation", { name: "Sections" }).textContent();
    expect(nav).toContain("Handoffs");
    expect(nav).not.toContain("Channels");
    expect(await page.getByRole("link", { name: "Team" }).count()).toBe(0);

    // The link works once.
    const reused = await (await browser.newPage()).goto(link);
    expect(reused?.status()).toBe(410);

    const handoffId = await postHandoffTo(stack.worker.url, {
      site: SITE,
      message: "I want to talk to a human",
      reason: "keyword",
    });
    await page.goto(`${stack.worker.url}/admin/handoffs/${handoffId}`);
    await page.getByText("Sent as Ana Lind").waitFor();
    await page.getByLabel("Reply to the visitor").fill("Hello, Ana here.");
    await page.getByRole("button", { name: "Send reply" }).click();
    await page.getByText("Ana Lind (team)").waitFor();
    await page.getByRole("button", { name: "Mark resolved" }).click();
    await page.getByText(/Resolved .* by Ana Lind\./).waitFor();

    const refused = await page.goto(`${stack.worker.url}/admin/sites/${SITE}/channels`);
    expect(refused?.status()).toBe(403);

    // Signed out, the agent signs in again with their email and password.
    await page.goto(`${stack.worker.url}/admin`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByLabel("Password").press("Enter");
    await page.getByRole("link", { name: "Ana Lind (agent)" }).waitFor();

    // The owner sees the new member, and removing them signs them out at once.
    await ownerPage.goto(`${stack.worker.url}/admin/team`);
    await ownerPage.getByRole("rowheader", { name: "Ana Lind" }).waitFor();
    ownerPage.once("dialog", (dialog) => dialog.accept());
    await ownerPage
      .getByRole("row", { name: /Ana Lind/ })
      .getByRole("button", { name: "Remove" })
      .click();
    await ownerPage.getByText("Removed. Their sessions have ended").waitFor();
    await page.reload();
    expect(new URL(page.url()).pathname).toBe("/admin/login");
    // The one error the agent's browser logs is the channels page's 403, asked for above.
    expect([...ownerErrors, ...errors.filter((e) => !/status of 403/.test(e))]).toEqual([]);
  });
});
