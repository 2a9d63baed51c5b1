import { describe, expect, it } from "vitest";
import type { ChatResponse, HandoffAccepted, WebhookPayload } from "../../../shared/api.ts";
import {
  acceptedHandoff,
  call,
  env,
  eventually,
  ORIGIN,
  postHandoff,
  putKb,
  putSite,
  receivedAt,
  receiverPath,
  uniqueSite,
} from "../helpers.ts";

async function siteWithWebhook() {
  const site = uniqueSite();
  const hook = receiverPath();
  await putSite(site, { channels: [{ id: "crm", type: "webhook", url: hook.url }] });
  return { site, hook };
}

describe("the visitor following up after a handoff", () => {
  it("joins a second request for a person to the first handoff, reopens it, and tells the channels it is a follow-up", async () => {
    const { site, hook } = await siteWithWebhook();
    const conversationId = crypto.randomUUID();
    const first = await acceptedHandoff(site, { conversationId });
    await eventually(async () => (await receivedAt(hook.path)).length === 1);
    await call(`/admin/api/handoffs/${first.handoffId}`, {
      method: "PATCH",
      admin: true,
      json: { status: "resolved" },
    });

    const again = await postHandoff(site, {
      conversationId,
      message: "talk to a human, it's urgent",
      email: "jane@example.com",
    });
    expect(again.status).toBe(202);
    expect(((await again.json()) as HandoffAccepted).handoffId).toBe(first.handoffId);

    const [, followUp] = await eventually(async () => {
      const got = await receivedAt(hook.path);
      return got.length === 2 && got;
    });
    expect(followUp?.headers["clarifier-follow-up-of"]).toBe(first.handoffId);
    expect(JSON.parse(followUp?.body ?? "")).toEqual({
      site_name: "Acme",
      visitor_email: "jane@example.com",
      visitor_message: "talk to a human, it's urgent",
      last_ai_reply: null,
    } satisfies WebhookPayload);

    const row = await env.DB.prepare(
      "SELECT COUNT(*) AS n, MAX(status) AS status, MAX(visitor_email) AS email FROM handoffs WHERE conversation_id = ?",
    )
      .bind(conversationId)
      .first();
    expect(row).toEqual({ n: 1, status: "open", email: "jane@example.com" });
    // Recorded as delivered just after the receiver answered.
    const item = await eventually(async () => {
      const listed = await call(`/admin/api/handoffs?site=${site}`, { admin: true });
      const [h] = (
        (await listed.json()) as {
          handoffs: { followUps: { deliveries: { status: string }[] }[] }[];
        }
      ).handoffs;
      return h?.followUps[0]?.deliveries[0]?.status === "delivered" && h;
    });
    expect(item.followUps).toEqual([
      {
        messageId: expect.any(String),
        deliveries: [expect.objectContaining({ channel: "crm", status: "delivered" })],
      },
    ]);
    const thread = await call(`/v1/conversations/${conversationId}?site=${site}`);
    const { messages } = (await thread.json()) as { messages: { text: string }[] };
    expect(messages.map((m) => m.text)).toEqual([
      "talk to a human",
      "talk to a human, it's urgent",
    ]);
  });

  it("sends an answered question after a handoff to the channels as a follow-up, and a thanks not at all", async () => {
    const { site, hook } = await siteWithWebhook();
    await putKb(site);
    const conversationId = crypto.randomUUID();
    await postHandoff(site, { conversationId });
    await eventually(async () => (await receivedAt(hook.path)).length === 1);
    const chat = (message: string) =>
      call("/v1/chat", {
        method: "POST",
        headers: { origin: ORIGIN },
        json: { site, conversationId, message },
      }).then(async (res) => (await res.json()) as ChatResponse);
    expect((await chat("thanks!")).reply.type).toBe("small_talk");
    expect((await chat("How long does express shipping take?")).reply.type).toBe("answer");
    const got = await eventually(async () => {
      const all = await receivedAt(hook.path);
      return all.length >= 2 && all;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(await receivedAt(hook.path)).toHaveLength(2);
    expect(JSON.parse(got[1]?.body ?? "").visitor_message).toBe(
      "How long does express shipping take?",
    );
  });

  // Reliability review, 7 December 2026: the widget sends a message again when its answer never
  // came (a timeout, a reload mid-request), though the first copy may have landed.
  it("sends a question the widget sent again (its answer lost on the way) to the channels once, and a new one after it", async () => {
    const { site, hook } = await siteWithWebhook();
    await putKb(site);
    const conversationId = crypto.randomUUID();
    await postHandoff(site, { conversationId });
    await eventually(async () => (await receivedAt(hook.path)).length === 1);
    const chat = (message: string) =>
      call("/v1/chat", {
        method: "POST",
        headers: { origin: ORIGIN },
        json: { site, conversationId, message },
      }).then(async (res) => (await res.json()) as ChatResponse);
    const question = "How long does express shipping take?";
    expect((await chat(question)).reply.type).toBe("answer");
    expect((await chat(question)).reply.type).toBe("answer");
    expect((await chat("Is shipping free over $50?")).reply.type).toBe("answer");
    const got = await eventually(async () => {
      const all = await receivedAt(hook.path);
      return all.length >= 3 && all;
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(await receivedAt(hook.path)).toHaveLength(3);
    expect(got.map((r) => JSON.parse(r.body).visitor_message)).toEqual([
      "talk to a human",
      question,
      "Is shipping free over $50?",
    ]);
    // Two copies at once (two tabs of one conversation, a retry racing its first copy): one goes.
    const twice = "How much does express shipping cost?";
    const replies = await Promise.all([chat(twice), chat(twice)]);
    expect(replies.map((r) => r.reply.type)).toEqual(["answer", "answer"]);
    await eventually(async () => (await receivedAt(hook.path)).length >= 4);
    await new Promise((r) => setTimeout(r, 500));
    const all = await receivedAt(hook.path);
    expect(all.map((r) => JSON.parse(r.body).visitor_message).slice(3)).toEqual([twice]);
  }, 20_000);

  it("takes the same words asked again long after the handoff for a follow-up, not a retry of it: reopened and sent", async () => {
    const { site, hook } = await siteWithWebhook();
    const conversationId = crypto.randomUUID();
    const first = await acceptedHandoff(site, { conversationId });
    await eventually(async () => (await receivedAt(hook.path)).length === 1);
    await call(`/admin/api/handoffs/${first.handoffId}`, {
      method: "PATCH",
      admin: true,
      json: { status: "resolved" },
    });
    // The visitor comes back the next day, in the conversation the widget kept.
    const yesterday = new Date(Date.now() - 24 * 60 * 60_000).toISOString();
    await env.DB.prepare("UPDATE handoffs SET created_at = ? WHERE id = ?")
      .bind(yesterday, first.handoffId)
      .run();
    const again = await postHandoff(site, { conversationId });
    expect(again.status).toBe(202);
    expect(((await again.json()) as HandoffAccepted).handoffId).toBe(first.handoffId);
    const [, followUp] = await eventually(async () => {
      const got = await receivedAt(hook.path);
      return got.length === 2 && got;
    });
    expect(followUp?.headers["clarifier-follow-up-of"]).toBe(first.handoffId);
    const status = await env.DB.prepare("SELECT status FROM handoffs WHERE id = ?")
      .bind(first.handoffId)
      .first<string>("status");
    expect(status).toBe("open");
  }, 20_000);

  it("answers a follow-up's request sent again (the widget's retry) 202 with the handoff, sent once, not a 500", async () => {
    const { site, hook } = await siteWithWebhook();
    const conversationId = crypto.randomUUID();
    const first = await acceptedHandoff(site, { conversationId });
    await eventually(async () => (await receivedAt(hook.path)).length === 1);
    // Judged by chat first, as the widget does for a message it did not catch itself.
    const judged = await call("/v1/chat", {
      method: "POST",
      headers: { origin: ORIGIN },
      json: { site, conversationId, message: "I want to speak to a person please" },
    });
    expect(((await judged.json()) as ChatResponse).reply.type).toBe("handoff");
    for (let i = 0; i < 2; i += 1) {
      const res = await postHandoff(site, {
        conversationId,
        message: "I want to speak to a person please",
      });
      expect(res.status).toBe(202);
      expect(((await res.json()) as HandoffAccepted).handoffId).toBe(first.handoffId);
    }
    await eventually(async () => (await receivedAt(hook.path)).length >= 2);
    await new Promise((r) => setTimeout(r, 500));
    expect(await receivedAt(hook.path)).toHaveLength(2);
  }, 20_000);

  it("keeps an address the visitor corrected on a retry (the first 202 lost, the handoff stored) and tells the channels, once", async () => {
    const { site, hook } = await siteWithWebhook();
    const conversationId = crypto.randomUUID();
    const first = await acceptedHandoff(site, { conversationId, email: "jane@exmaple.com" });
    await eventually(async () => (await receivedAt(hook.path)).length === 1);
    // The widget said "Couldn't connect"; the visitor fixes the typo and sends again.
    for (let i = 0; i < 2; i += 1) {
      const again = await postHandoff(site, { conversationId, email: "jane@example.com" });
      expect(again.status).toBe(202);
      expect(((await again.json()) as HandoffAccepted).handoffId).toBe(first.handoffId);
    }
    const email = await env.DB.prepare("SELECT visitor_email FROM handoffs WHERE id = ?")
      .bind(first.handoffId)
      .first<string>("visitor_email");
    expect(email).toBe("jane@example.com");
    const [, corrected] = await eventually(async () => {
      const got = await receivedAt(hook.path);
      return got.length >= 2 && got;
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(await receivedAt(hook.path)).toHaveLength(2);
    expect(corrected?.headers["clarifier-follow-up-of"]).toBe(first.handoffId);
    expect(JSON.parse(corrected?.body ?? "").visitor_email).toBe("jane@example.com");
  }, 20_000);
});
