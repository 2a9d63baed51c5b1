import { beforeEach, describe, expect, it } from "vitest";
import type { ErrorBody } from "../../shared/api.ts";
import { MAX_MESSAGE_LENGTH } from "../../shared/limits.ts";
import {
  call,
  env,
  FRESH_WINDOW_TIMEOUT_MS,
  freshLimitWindow,
  postHandoff,
  putKb,
  putSite,
  receiverPath,
  storedHandoffs,
  testAddress,
  uniqueSite,
} from "./helpers.ts";
import { countingSiteBudget } from "./site-budget.ts";

function handoffFrom(ip: string, site: string, conversationId = crypto.randomUUID()) {
  return postHandoff(
    site,
    { conversationId, message: `talk to a human ${crypto.randomUUID()}` },
    { "cf-connecting-ip": ip },
  );
}

// Limit windows are aligned to the wall clock: start each test well inside one, so that a window
// rolling over mid-test cannot reset the count being asserted.

describe("rate limits on the public API", () => {
  beforeEach(freshLimitWindow, FRESH_WINDOW_TIMEOUT_MS);

  it("answers 429 with retry-after once a visitor passes 5 handoffs a minute, while other visitors go through", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await handoffFrom("203.0.113.7", site)).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    const limited = await handoffFrom("203.0.113.7", site);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await limited.json()) as ErrorBody).error.code).toBe("rate_limited");
    expect((await handoffFrom("198.51.100.20", site)).status).toBe(202);
    expect(await storedHandoffs(site)).toBe(6);
  });

  it("limits one conversation even when its requests come from many addresses", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const conversationId = crypto.randomUUID();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await handoffFrom(`192.0.2.${i + 1}`, site, conversationId)).status);
    expect(statuses.slice(0, 5).every((s) => s === 202)).toBe(true);
    expect(statuses[5]).toBe(429);
  });

  it("limits chat per visitor at 30 messages a minute", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await call("/v1/chat", {
        method: "POST",
        json: { site, message: `question ${i}` },
        headers: { "cf-connecting-ip": "203.0.113.9" },
      });
      statuses.push(res.status);
      await res.body?.cancel();
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(30);
    expect(statuses[30]).toBe(429);
  });
});

describe("follow-ups to the team", () => {
  beforeEach(freshLimitWindow, FRESH_WINDOW_TIMEOUT_MS);

  // A handoff notifies every channel, so a visitor gets five a minute; each answered chat
  // message after it notifies them too, and chat allows thirty: the team's inbox and Slack got
  // six times the handoff limit from one visitor, one email per channel each.
  it("from chat reach the channels at most five times a minute per conversation, the rest kept in the thread", async () => {
    const site = uniqueSite();
    await putSite(site, {
      channels: [{ id: "hook", type: "webhook", url: receiverPath().url }],
    });
    await putKb(site);
    const conversationId = crypto.randomUUID();
    const ip = testAddress();
    expect((await handoffFrom(ip, site, conversationId)).status).toBe(202);
    const asked: string[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await call("/v1/chat", {
        method: "POST",
        headers: { "cf-connecting-ip": ip },
        json: { site, conversationId, message: `How long does standard shipping take? (${i})` },
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { messageId: string; reply: { type: string } };
      expect(body.reply.type).toBe("answer");
      asked.push(body.messageId);
    }
    const followUps = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM deliveries d JOIN handoffs h ON h.id = d.handoff_id WHERE h.conversation_id = ? AND d.kind = 'follow_up'",
    )
      .bind(conversationId)
      .first<{ n: number }>();
    expect(followUps?.n).toBe(5);
    const stored = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM messages WHERE conversation_id = ? AND role = 'visitor'",
    )
      .bind(conversationId)
      .first<{ n: number }>();
    expect(stored?.n).toBe(9);
    // Counted apart from handoffs: asking for a person again is not refused for them.
    const again = await postHandoff(
      site,
      { conversationId, message: "talk to a human, please" },
      { "cf-connecting-ip": ip },
    );
    expect(again.status).toBe(202);
  });
});

describe("the site's budget", () => {
  beforeEach(freshLimitWindow, FRESH_WINDOW_TIMEOUT_MS);

  it("is spent only by requests the site accepts, never by ones it refuses", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const other = uniqueSite();
    await putSite(other, {});
    const strict = uniqueSite();
    await putSite(strict, { requireEmail: true });
    const { spentOn, post } = countingSiteBudget();
    const handoff = () => ({
      site,
      conversationId: crypto.randomUUID(),
      message: "talk to a human",
      reason: "keyword",
    });
    const foreignConversation = crypto.randomUUID();
    expect(
      await post("/v1/chat", {
        site: other,
        message: "hello",
        conversationId: foreignConversation,
      }),
    ).toBe(200);
    spentOn.length = 0;

    expect(await post("/v1/handoff", handoff(), "https://evil.example")).toBe(403);
    expect(await post("/v1/chat", { site, message: "hello" }, "https://evil.example")).toBe(403);
    expect(await post("/v1/handoff", { ...handoff(), site: uniqueSite() })).toBe(404);
    expect(await post("/v1/chat", { site, message: "x".repeat(MAX_MESSAGE_LENGTH + 1) })).toBe(413);
    expect(
      await post("/v1/chat", { site, message: "hello", conversationId: foreignConversation }),
    ).toBe(404);
    // Refusals the handoff handler makes itself: an unjustified handoff, a bad email, a missing
    // one where the site requires it.
    expect(await post("/v1/handoff", { ...handoff(), message: "just browsing" })).toBe(403);
    // Without a request for a person in it: that alone would justify it, button or not.
    expect(
      await post("/v1/handoff", {
        ...handoff(),
        message: "just browsing",
        reason: "visitor_request",
      }),
    ).toBe(403);
    expect(await post("/v1/handoff", { ...handoff(), email: "not an address" })).toBe(400);
    expect(await post("/v1/handoff", { ...handoff(), site: strict })).toBe(400);
    expect(spentOn).toEqual([]);

    expect(await post("/v1/handoff", handoff())).toBe(202);
    expect(spentOn).toEqual([`site:${site}`]);
  });

  it("is not spent by a verdict or a read that the shared visitor checks refuse", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const other = uniqueSite();
    await putSite(other, {});
    const { spentOn, request, statusOf: send } = countingSiteBudget();
    const feedback = (body: Record<string, unknown>, origin?: string) =>
      send(
        "/v1/feedback",
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ messageId: "m1", helpful: true, ...body }),
        },
        origin,
      );
    const read = (path: string, origin?: string) => send(path, { method: "GET" }, origin);
    const chatRes = await request("/v1/chat", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ site: other, message: "hello" }),
    });
    const { conversationId: foreign } = (await chatRes.json()) as { conversationId: string };
    spentOn.length = 0;

    expect(await feedback({ site, conversationId: crypto.randomUUID() })).toBe(404);
    expect(await feedback({ site, conversationId: foreign })).toBe(404);
    expect(await feedback({ site: other, conversationId: foreign }, "https://evil.example")).toBe(
      403,
    );
    expect(await read(`/v1/conversations/${foreign}?site=${site}`)).toBe(404);
    expect(await read(`/v1/conversations/not-an-id?site=${other}`)).toBe(404);
    expect(await read(`/v1/conversations/${foreign}?site=Not_A_Site`)).toBe(400);
    expect(await read(`/v1/conversations/${foreign}?site=${other}`, "https://evil.example")).toBe(
      403,
    );
    expect(await read(`/v1/conversations/${foreign}/live?site=${other}`)).toBe(400);
    expect(spentOn).toEqual([]);

    expect(await read(`/v1/conversations/${foreign}?site=${other}`)).toBe(200);
    expect(spentOn).toEqual([`site:${other}`]);
  });

  it("counts one IPv6 /64 as one visitor, however many of its addresses it uses", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const prefix = `2001:db8:${(crypto.getRandomValues(new Uint16Array(1))[0] ?? 0).toString(16)}:7`;
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) {
      const res = await handoffFrom(`${prefix}:${i.toString(16)}::${i}`, site);
      statuses.push(res.status);
      await res.body?.cancel();
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    expect((await handoffFrom(`${prefix.replace(/:7$/, ":8")}::1`, site)).status).toBe(202);
  });
});
