import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../eventually.ts";
import type { ChatResponse, HandoffAccepted } from "../../shared/api.ts";
import { readMarkdownFolder } from "../../scripts/kb-documents.ts";
import { ROOT, visitorAddress } from "../../scripts/local-stack.ts";
import {
  browserAvailable,
  collectPageErrors,
  launchChromium,
  signInWithAdminToken,
} from "./chromium.ts";
import { adminPut, joinSharedStack, type SharedStack } from "./shared-stack.ts";

/** What the script sent, counted by the test itself from the API's own answers. */
interface Truth {
  messages: number;
  answered: number;
  smallTalk: number;
  offered: { keyword: number; lowConfidence: number; button: number };
  sent: { keyword: number; lowConfidence: number; button: number };
  helpful: number;
  unhelpful: number;
}

const SITE = "numbers";

describe.runIf(browserAvailable())("every dashboard page's figures, in Chromium", () => {
  let stack: SharedStack;
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];
  let visitor = 0;
  const truth: Truth = {
    messages: 0,
    answered: 0,
    smallTalk: 0,
    offered: { keyword: 0, lowConfidence: 0, button: 0 },
    sent: { keyword: 0, lowConfidence: 0, button: 0 },
    helpful: 0,
    unhelpful: 0,
  };

  const api = (p: string, init: RequestInit & { json?: unknown } = {}) =>
    fetch(`${stack.worker.url}${p}`, {
      ...init,
      headers: {
        "content-type": "application/json",
        // Each conversation from its own address, so the script never meets the rate limit.
        "cf-connecting-ip": visitorAddress(visitor),
        ...(init.headers as Record<string, string> | undefined),
      },
      body: init.json === undefined ? init.body : JSON.stringify(init.json),
    });

  /** One visitor message through `POST /v1/chat`, counted by what the worker replied. */
  async function chat(message: string, conversationId?: string): Promise<ChatResponse> {
    const res = await api("/v1/chat", {
      method: "POST",
      json: { site: SITE, conversationId, message },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ChatResponse;
    truth.messages++;
    if (body.reply.type === "answer") truth.answered++;
    else if (body.reply.type === "small_talk") truth.smallTalk++;
    else if (body.reply.type === "handoff" && body.reply.reason === "keyword")
      truth.offered.keyword++;
    else if (body.reply.type === "handoff" && body.reply.reason === "low_confidence")
      truth.offered.lowConfidence++;
    else throw new Error(`unexpected reply ${JSON.stringify(body.reply)}`);
    return body;
  }

  /** A completed handoff: the visitor left their message for a person. */
  async function handOff(
    conversationId: string,
    message: string,
    reason: "keyword" | "low_confidence" | "visitor_request",
  ): Promise<void> {
    const res = await api("/v1/handoff", {
      method: "POST",
      json: { site: SITE, conversationId, message, email: "v@example.com", reason },
    });
    expect(res.status).toBe(202);
    expect(((await res.json()) as HandoffAccepted).handoffId).toBeTruthy();
    const key =
      reason === "visitor_request" ? "button" : reason === "keyword" ? "keyword" : "lowConfidence";
    truth.sent[key]++;
  }

  async function verdict(r: ChatResponse, helpful: boolean): Promise<void> {
    const res = await api("/v1/feedback", {
      method: "POST",
      json: { site: SITE, conversationId: r.conversationId, messageId: r.messageId, helpful },
    });
    expect(res.status).toBe(204);
    if (helpful) truth.helpful++;
    else truth.unhelpful++;
  }

  beforeAll(async () => {
    [stack, browser] = await Promise.all([joinSharedStack(), launchChromium()]);
    const admin = (p: string, body: unknown) => adminPut(stack, p, body);
    expect(
      (
        await admin(`/admin/api/sites/${SITE}`, {
          name: "Numbers",
          threshold: 0.4,
          handoffButton: true,
        })
      ).status,
    ).toBe(200);
    const documents = await readMarkdownFolder(path.join(ROOT, "demo", "kb"));
    expect((await admin(`/admin/api/sites/${SITE}/kb`, { documents })).status).toBe(200);

    // Answers, one marked 👍 and one 👎; small talk around them.
    visitor = 1;
    const hello = await chat("Hello!");
    const returns = await chat("How many days do I have to return an item?", hello.conversationId);
    const shipping = await chat("How long does express shipping take?", hello.conversationId);
    await chat("Thanks, bye!", hello.conversationId);
    for (const r of [returns, shipping]) expect(r.reply.type).toBe("answer");
    await verdict(returns, true);
    await verdict(shipping, false);
    visitor = 2;
    await chat("Do you ship internationally?");
    // A keyword handoff sent, and one offered but never sent.
    visitor = 3;
    const human = await chat("I want to talk to a human");
    expect(human.reply.type).toBe("handoff");
    await handOff(human.conversationId, "I want to talk to a human", "keyword");
    visitor = 4;
    await chat("Can I speak to a person please?");
    // Low-confidence offers: one sent, one abandoned.
    visitor = 5;
    const kayak = await chat("Do you sell kayaks?");
    expect(kayak.reply).toMatchObject({ type: "handoff", reason: "low_confidence" });
    await handOff(kayak.conversationId, "Do you sell kayaks?", "low_confidence");
    visitor = 6;
    await chat("Can I pay with bitcoin at the till?");
    // A keyword the widget caught itself (straight to /v1/handoff), and the button.
    visitor = 7;
    await handOff(crypto.randomUUID(), "customer support please", "keyword");
    truth.messages++;
    truth.offered.keyword++;
    visitor = 8;
    await handOff(returns.conversationId, "Can someone call me back?", "visitor_request");
    truth.messages++;
    truth.offered.button++;

    page = await browser.newPage({ locale: "en-US", viewport: { width: 1280, height: 900 } });
    errors = collectPageErrors(page);
    await signInWithAdminToken(page, stack.adminToken, `${stack.worker.url}/admin/login`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    // Answers and small talk reach D1 through the question log's queue a second or so after
    // they were given (worker/conversations/question-log.ts): wait until all have landed.
    await eventually(
      async () => {
        await page.goto(`${stack.worker.url}/admin/sites/${SITE}/stats`);
        const landed = Number(await page.locator("#stat-messages .stat").textContent());
        return landed === truth.messages;
      },
      20_000,
      500,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const offered = () => truth.offered.keyword + truth.offered.lowConfidence + truth.offered.button;
  const sent = () => truth.sent.keyword + truth.sent.lowConfidence + truth.sent.button;
  const text = async (selector: string) =>
    ((await page.locator(selector).textContent()) ?? "").replace(/\s+/g, " ").trim();
  const figure = async (selector: string) => Number(await text(`${selector} .stat`));

  it("scripted a mix that has every kind of message in it", () => {
    expect(truth.answered).toBeGreaterThanOrEqual(3);
    expect(truth.smallTalk).toBe(2);
    expect(truth.offered).toEqual({ keyword: 3, lowConfidence: 2, button: 1 });
    expect(truth.sent).toEqual({ keyword: 2, lowConfidence: 1, button: 1 });
    expect(truth.answered + truth.smallTalk + offered()).toBe(truth.messages);
  });

  it("Stats counts every visitor message, answers, offers and sent handoffs as sent", async () => {
    await page.goto(`${stack.worker.url}/admin/sites/${SITE}/stats`);
    expect(await figure("#stat-messages")).toBe(truth.messages);
    expect(await text("#stat-messages .hint")).toBe(
      `Every message a visitor sent: ${truth.answered} answered, ${truth.smallTalk} small talk (hello, thanks, goodbye), ${offered()} offered a handoff.`,
    );
    expect(await figure("#stat-answered")).toBe(truth.answered);
    expect(await text("#stat-answered .hint")).toContain(
      `visitors marked ${truth.helpful} helpful and ${truth.unhelpful} not helpful`,
    );
    expect(await figure("#stat-offered")).toBe(offered());
    expect(await text("#stat-offered .hint")).toContain(
      `${truth.offered.keyword} for a keyword, ${truth.offered.lowConfidence} for low confidence, ${truth.offered.button} by the “Talk to a person” button`,
    );
    expect(await figure("#stat-sent")).toBe(sent());
    expect(await text("#stat-sent .hint")).toContain(
      `${truth.sent.keyword} for a keyword, ${truth.sent.lowConfidence} for low confidence, ${truth.sent.button} by the button`,
    );
  });

  it("Threshold's text, logged column and replay at the current threshold agree with Stats", async () => {
    await page.goto(`${stack.worker.url}/admin/sites/${SITE}/threshold`);
    expect(await text("#threshold-lead")).toContain(
      `${truth.messages} visitor messages in the last 30 days: ${truth.answered} answered, ${truth.smallTalk} small talk, ${offered()} offered a handoff (${truth.offered.keyword} for a keyword, ${truth.offered.lowConfidence} for low confidence, ${truth.offered.button} by the button), and ${sent()} handoffs sent to a person`,
    );
    const expected = {
      answered: truth.answered,
      handedOff: offered(),
      byKeyword: truth.offered.keyword,
      byButton: truth.offered.button,
      byConfidence: truth.offered.lowConfidence,
    };
    for (const [field, value] of Object.entries(expected)) {
      expect(Number(await text(`#logged-${field}`)), `logged ${field}`).toBe(value);
      expect(Number(await text(`#preview-${field}`)), `replayed ${field}`).toBe(value);
    }
  });

  it("Answers counts the answers as Stats does, and lists each", async () => {
    await page.goto(`${stack.worker.url}/admin/sites/${SITE}/answers`);
    expect(await text("#answers-summary")).toBe(
      `In the last 30 days: ${truth.answered} answers of ${truth.messages} visitor messages (the same count as Stats); visitors marked ${truth.helpful} helpful and ${truth.unhelpful} not helpful.`,
    );
    expect(await page.locator(".answer-card").count()).toBe(truth.answered);
    await page.goto(`${stack.worker.url}/admin/sites/${SITE}/answers?verdict=unhelpful`);
    expect(await page.locator(".answer-card").count()).toBe(truth.unhelpful);
  });

  it("Handoffs lists exactly the sent handoffs, by trigger", async () => {
    const listed = async (query: string) => {
      await page.goto(`${stack.worker.url}/admin?site=${SITE}${query}`);
      return page.locator("details.handoff").count();
    };
    expect(await listed("")).toBe(sent());
    expect(await listed("&trigger=keyword")).toBe(truth.sent.keyword);
    expect(await listed("&trigger=low_confidence")).toBe(truth.sent.lowConfidence);
    expect(await listed("&trigger=visitor_request")).toBe(truth.sent.button);
    expect(errors).toEqual([]);
  });
});
