import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatResponse, HandoffAccepted, PublicSiteConfig } from "../../shared/api.ts";
import { readMarkdownFolder } from "../../scripts/kb-documents.ts";
import { ROOT, type Stack, startStack } from "../../scripts/local-stack.ts";
import {
  browserAvailable,
  collectPageErrors,
  launchChromium,
  signInWithAdminToken,
} from "./chromium.ts";

const ARTIFACTS = path.join(ROOT, "test-artifacts");

describe.runIf(browserAvailable())("the dashboard, in Chromium", () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  let failingHandoff = "";
  let errors: string[] = [];

  beforeAll(async () => {
    // A tiny retry base, so a delivery to a failing receiver is marked failed within seconds.
    [stack, browser] = await Promise.all([
      startStack({ vars: { DELIVERY_RETRY_BASE_SECONDS: "0.01" } }),
      launchChromium(),
    ]);
    await mkdir(ARTIFACTS, { recursive: true });
    page = await browser.newPage({ locale: "en-US", viewport: { width: 1366, height: 900 } });
    errors = collectPageErrors(page);
    // The demo channel's receiver fails from the start, so that its delivery of this handoff is
    // marked failed (after every retry) while the other tests run; the last test redelivers it.
    stack.receiver.setMode("fail", "/hook");
    const answered = await chat("acme", "How many days do I have to return an item?");
    failingHandoff = await handOff(
      "acme",
      answered.conversationId,
      "I'd like to talk to a human",
      "keyword",
      "jane@example.com",
    );
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const api = (p: string, init: RequestInit = {}) => fetch(`${stack.worker.url}${p}`, init);
  const admin = (p: string, method: string, body: unknown) =>
    api(p, {
      method,
      headers: { authorization: `Bearer ${stack.adminToken}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  async function chat(
    site: string,
    message: string,
    conversationId?: string,
  ): Promise<ChatResponse> {
    const res = await api("/v1/chat", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ site, conversationId, message }),
    });
    return (await res.json()) as ChatResponse;
  }
  async function handOff(
    site: string,
    conversationId: string,
    message: string,
    reason: string,
    email: string | null = null,
  ): Promise<string> {
    const res = await api("/v1/handoff", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ site, conversationId, message, email, reason }),
    });
    expect(res.status).toBe(202);
    return ((await res.json()) as HandoffAccepted).handoffId;
  }
  const shot = (name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `dashboard-${name}.png`), fullPage: true });

  it("refuses every page without a session and signs in with the admin token, by keyboard", async () => {
    await page.goto(`${stack.worker.url}/admin/sites/acme/keywords`);
    expect(new URL(page.url()).pathname).toBe("/admin/login");
    await shot("login");
    const token = page.getByLabel("Admin token");
    await token.fill("not-the-token");
    await token.press("Enter");
    await page.getByText("That is not the admin token.").waitFor();
    // The refusal is a 401, which Chromium logs as a console error; only later errors count.
    errors.length = 0;
    await signInWithAdminToken(page, stack.adminToken);
    await page.getByRole("heading", { name: "Keywords · acme" }).waitFor();
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({
      name: "clarifier_session",
      httpOnly: true,
      sameSite: "Strict",
      path: "/admin",
    });
    expect(cookie?.value).not.toContain(stack.adminToken);
  });

  it("previews the threshold from the logged questions, counts a labelled handoff, and saves", async () => {
    const site = "tuning";
    expect(
      (
        await admin(`/admin/api/sites/${site}`, "PUT", {
          name: "Tuning",
          threshold: 0.4,
          handoffButton: true,
        })
      ).status,
    ).toBe(200);
    const documents = await readMarkdownFolder(path.join(ROOT, "demo", "kb"));
    expect((await admin(`/admin/api/sites/${site}/kb`, "PUT", { documents })).status).toBe(200);
    const questions = [
      "How many days do I have to return an item?",
      "How long does express shipping take?",
      "Do you ship internationally?",
      "What is the warranty on boots?",
      "How do I find my tent size?",
      "Can I pay with bitcoin?",
      "Do you sell kayaks?",
      "Where is the nearest store?",
      "What size backpack do I need?",
      "I want to talk to a human",
    ];
    const replies = await Promise.all(questions.map((q) => chat(site, q)));
    const scored = replies
      .filter((r) => !(r.reply.type === "handoff" && r.reply.reason === "keyword"))
      .map(confidenceOf);
    const keywordCount = replies.length - scored.length;
    expect(keywordCount).toBe(1);
    // One weak question handed off and labelled "the AI could have answered this" in the dashboard.
    const weakest = replies
      .filter((r) => r.reply.type === "handoff" && r.reply.reason === "low_confidence")
      .sort((a, b) => confidenceOf(b) - confidenceOf(a))[0];
    expect(weakest).toBeDefined();
    const weakIndex = replies.indexOf(weakest as ChatResponse);
    const weakHandoff = await handOff(
      site,
      weakest?.conversationId ?? "",
      questions[weakIndex] ?? "",
      "low_confidence",
    );
    await page.goto(`${stack.worker.url}/admin/handoffs/${weakHandoff}`);
    await page.getByRole("button", { name: "The AI could have answered this" }).click();
    await page.getByText("Marked: the AI could have answered this.").waitFor();

    const output = (field: string) => page.locator(`#preview-${field}`).textContent().then(Number);
    // Answers reach D1 through the question log's queue, a second or so after they were given
    // (worker/conversations/question-log.ts): the page counts them once they have landed.
    await expect
      .poll(
        async () => {
          await page.goto(`${stack.worker.url}/admin/sites/${site}/threshold`);
          return output("answered");
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(scored.filter((c) => c >= 0.4).length);
    const weakConfidence = weakest ? confidenceOf(weakest) : 0;
    for (const t of [0.4, Math.floor(weakConfidence * 100) / 100, 0.8, 0]) {
      await page.getByLabel(/^Threshold/).fill(String(t));
      const answered = scored.filter((c) => c >= t).length;
      expect(await output("answered"), `answered at ${t}`).toBe(answered);
      expect(await output("handedOff"), `handed off at ${t}`).toBe(questions.length - answered);
      expect(await output("byKeyword")).toBe(1);
      expect(await output("labelledAnswered"), `labelled answered at ${t}`).toBe(
        weakConfidence >= t ? 1 : 0,
      );
      expect(await output("labelledKept")).toBe(weakConfidence >= t ? 0 : 1);
    }
    await page.getByLabel(/^Threshold/).fill("0.3");
    await expect.poll(() => page.locator("#threshold-value").textContent()).toBe("0.30");
    await shot("threshold");
    await page.getByRole("button", { name: "Save threshold" }).click();
    await page.getByText("Threshold saved.").waitFor();
    const config = (await (await api(`/v1/sites/${site}/config`)).json()) as PublicSiteConfig;
    expect(config.threshold).toBe(0.3);
  });

  it("tests a message against the keywords and says why", async () => {
    await page.goto(`${stack.worker.url}/admin/sites/acme/keywords`);
    const box = page.getByLabel("Visitor message");
    await box.fill("Could I speak with someone about my order?");
    await box.press("Enter");
    await expect
      .poll(() => page.locator(".verdict").textContent())
      .toContain(
        "Hands off: it contains the keyword “speak with someone” (a default English phrase)",
      );
    await page.getByText("English (").click();
    await shot("keywords");
    await page.getByLabel("Visitor message").fill("How long does express shipping take?");
    await page.getByLabel("Visitor message").press("Enter");
    await expect.poll(() => page.locator(".verdict").textContent()).toContain("The AI answers");
    // The verdict, below the form, has the focus: a screen reader reads it, not the page's top.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains("verdict")))
      .toBe(true);
  });

  it("adds a webhook channel, masks its secret, and sends a test", async () => {
    await page.goto(`${stack.worker.url}/admin/sites/acme/channels`);
    const add = page.getByRole("form", { name: "Add Webhook channel" });
    await add.getByLabel("Channel id").fill("second-hook");
    await add.getByLabel("URL").fill(`${stack.receiver.url}/second`);
    await add.getByLabel(/Signing secret/).fill(stack.webhookSecret);
    await add.getByRole("button", { name: "Add webhook channel" }).click();
    await page.getByText("Channel “second-hook” (Webhook) saved.").waitFor();
    expect(await page.content()).not.toContain(stack.webhookSecret);
    const card = page.locator("#channel-second-hook");
    await card.getByRole("button", { name: "Send test" }).click();
    await expect
      .poll(() => page.locator("#channel-second-hook .test-result").textContent())
      .toMatch(/^Test delivered in \d+ ms: http:\/\/127\.0\.0\.1:\d+\/second, signed\.$/);
    await shot("channels");
    await page.goto(`${stack.worker.url}/admin/sites/acme/stats`);
    await shot("stats");
    await page.goto(`${stack.worker.url}/admin/sites/tuning/gaps`);
    await shot("gaps");
    expect(errors).toEqual([]);
  });

  it("lists real handoffs with trigger, transcript and deliveries, and redelivers once the receiver is back", async () => {
    const handoffId = failingHandoff;

    await page.goto(`${stack.worker.url}/admin?site=acme`);
    const item = page.locator(`details[id="handoff/${handoffId}"]`);
    await expect
      .poll(
        async () => {
          await page.reload();
          return item.locator("summary .status").textContent();
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toContain("failed");
    await item.locator("summary").click();
    await expect.poll(() => item.textContent()).toContain("Keyword “talk to a human” matched");
    const body = (await item.textContent()) ?? "";
    expect(body).toContain("jane@example.com");
    expect(body).toContain("30 days");
    expect(body).toContain("HTTP 500");
    expect(body).toContain("How many days do I have to return an item?");
    await shot("handoffs-failed");

    stack.receiver.setMode("ok", "/hook");
    const before = stack.receiver.requests.length;
    await item.getByRole("button", { name: "Redeliver failed channels" }).click();
    await page.getByText("Redelivering the failed channels now.").waitFor();
    await expect
      .poll(() => stack.receiver.requests.slice(before).some((r) => r.status === 200), {
        timeout: 15_000,
      })
      .toBe(true);
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.locator(`details[id="handoff/${handoffId}"] summary .status`).textContent();
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe("1 of 1 delivered");

    // The link in handoff emails opens that handoff.
    await page.goto(`${stack.worker.url}/admin#handoff/${handoffId}`);
    await expect
      .poll(() => page.locator(`details[id="handoff/${handoffId}"]`).getAttribute("open"))
      .not.toBeNull();
    await shot("handoffs");

    // Signed out, the same link goes through sign-in and still lands on the handoff.
    const fresh = await browser.newPage();
    await signInWithAdminToken(
      fresh,
      stack.adminToken,
      `${stack.worker.url}/admin#handoff/${handoffId}`,
    );
    await expect
      .poll(() => fresh.locator(`details[id="handoff/${handoffId}"]`).getAttribute("open"))
      .not.toBeNull();
    expect(new URL(fresh.url()).hash).toBe(`#handoff/${handoffId}`);
    await fresh.close();
    expect(errors).toEqual([]);
  });
});

/** A reply's confidence; small talk has none. */
function confidenceOf(response: ChatResponse): number {
  return ("confidence" in response.reply ? response.reply.confidence : null) ?? 0;
}
