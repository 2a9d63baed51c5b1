import { describe, expect, it } from "vitest";
import type { ChatResponse, ErrorBody, HandoffAccepted } from "../../shared/api.ts";
import { Webhook } from "standardwebhooks";
import {
  acceptedHandoff,
  call,
  env,
  eventually,
  postHandoff,
  putKb,
  putSite,
  receivedAt,
  receiverPath,
  setReceiverMode,
  storedHandoffs,
  uniqueSite,
  WEBHOOK_SECRET,
} from "./helpers.ts";

interface DeliveryRow {
  channel_id: string;
  status: string;
  attempts: number;
  last_error: string | null;
}

async function deliveriesOf(handoffId: string): Promise<DeliveryRow[]> {
  const { results } = await env.DB.prepare(
    "SELECT channel_id, status, attempts, last_error FROM deliveries WHERE handoff_id = ? ORDER BY channel_id",
  )
    .bind(handoffId)
    .all<DeliveryRow>();
  return results;
}

describe("POST /v1/handoff", () => {
  it("stores a keyword handoff, answers 202, and delivers the spec's exact payload, signed", async () => {
    const hook = receiverPath();
    const site = uniqueSite();
    await putSite(site, {
      channels: [{ id: "crm", type: "webhook", url: hook.url, secret: WEBHOOK_SECRET }],
    });
    const conversationId = crypto.randomUUID();
    const res = await postHandoff(site, {
      conversationId,
      message: "I'd like to talk to a human",
      email: "jane@example.com",
      reason: "keyword",
    });
    expect(res.status).toBe(202);
    const { handoffId } = (await res.json()) as HandoffAccepted;

    const stored = await env.DB.prepare(
      "SELECT reason, matched, visitor_email, visitor_message FROM handoffs WHERE id = ?",
    )
      .bind(handoffId)
      .first();
    expect(stored).toEqual({
      reason: "keyword",
      matched: "talk to a human",
      visitor_email: "jane@example.com",
      visitor_message: "I'd like to talk to a human",
    });

    const [request] = await eventually(async () => {
      const got = await receivedAt(hook.path);
      return got.length > 0 && got;
    });
    expect(JSON.parse(request?.body ?? "")).toEqual({
      site_name: "Acme",
      visitor_email: "jane@example.com",
      visitor_message: "I'd like to talk to a human",
      last_ai_reply: null,
    });
    const headers = request?.headers ?? {};
    // Verified with the Standard Webhooks reference library, not with our own signing code.
    expect(new Webhook(WEBHOOK_SECRET).verify(request?.body ?? "", headers)).toEqual(
      JSON.parse(request?.body ?? ""),
    );
    expect(headers["webhook-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(() => new Webhook(WEBHOOK_SECRET).verify(`${request?.body ?? ""} `, headers)).toThrow();
    await eventually(async () => (await deliveriesOf(handoffId))[0]?.status === "delivered");
  });

  it("carries the last AI reply of the conversation for context", async () => {
    const hook = receiverPath();
    const site = uniqueSite();
    await putSite(site, { channels: [{ id: "crm", type: "webhook", url: hook.url }] });
    await putKb(site);
    const conversationId = crypto.randomUUID();
    const chat = await call("/v1/chat", {
      method: "POST",
      json: { site, conversationId, message: "How long does express shipping take?" },
    });
    const answer = ((await chat.json()) as ChatResponse).reply;
    expect(answer.type).toBe("answer");
    const res = await postHandoff(site, {
      conversationId,
      message: "thanks, but can I speak to someone?",
    });
    expect(res.status).toBe(202);
    const [request] = await eventually(async () => {
      const got = await receivedAt(hook.path);
      return got.length > 0 && got;
    });
    const payload = JSON.parse(request?.body ?? "{}");
    expect(payload.last_ai_reply).toBe(answer.type === "answer" ? answer.text : "");
    expect(payload.visitor_email).toBeNull();
  });

  it("accepts a low-confidence handoff only for the message the worker itself judged below the threshold", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const conversationId = crypto.randomUUID();
    const chat = await call("/v1/chat", {
      method: "POST",
      json: { site, conversationId, message: "Do you repair kayaks?" },
    });
    expect(((await chat.json()) as ChatResponse).reply).toMatchObject({
      type: "handoff",
      reason: "low_confidence",
    });

    const forged = await postHandoff(site, {
      conversationId,
      message: "Something the worker never judged",
      reason: "low_confidence",
    });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as ErrorBody).error.code).toBe("handoff_not_justified");

    const { handoffId } = await acceptedHandoff(site, {
      conversationId,
      message: "Do you repair kayaks?",
      reason: "low_confidence",
    });
    const row = await env.DB.prepare(
      "SELECT reason, confidence, threshold FROM handoffs WHERE id = ?",
    )
      .bind(handoffId)
      .first<{ reason: string; confidence: number; threshold: number }>();
    expect(row?.reason).toBe("low_confidence");
    expect(row?.confidence).toBeLessThan(0.4);
    expect(row?.threshold).toBe(0.4);
  });

  it("refuses a keyword handoff whose message has no handoff phrase, storing nothing", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const conversationId = crypto.randomUUID();
    const res = await postHandoff(site, { conversationId, message: "What is your return policy?" });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: "handoff_not_justified" } });
    expect(
      await env.DB.prepare("SELECT COUNT(*) AS n FROM handoffs WHERE conversation_id = ?")
        .bind(conversationId)
        .first("n"),
    ).toBe(0);
    expect(
      await env.DB.prepare("SELECT COUNT(*) AS n FROM conversations WHERE id = ?")
        .bind(conversationId)
        .first("n"),
    ).toBe(0);
  });

  it("accepts a visitor_request only when the site shows the handoff button", async () => {
    const off = uniqueSite();
    const on = uniqueSite();
    await putSite(off, { handoffButton: false });
    await putSite(on, { handoffButton: true });
    const body = {
      conversationId: crypto.randomUUID(),
      // No request for a person in it: that alone would justify the handoff, button or not.
      message: "I have a question about my order.",
      reason: "visitor_request",
    };
    expect((await postHandoff(off, body)).status).toBe(403);
    expect((await postHandoff(on, { ...body, conversationId: crypto.randomUUID() })).status).toBe(
      202,
    );
  });

  it("checks the email: invalid is a 400, missing is a 400 where the site requires it", async () => {
    const site = uniqueSite();
    await putSite(site, { requireEmail: true });
    const conversationId = crypto.randomUUID();
    const invalid = await postHandoff(site, { conversationId, email: "jane@" });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as ErrorBody).error.code).toBe("invalid_email");
    const missing = await postHandoff(site, { conversationId, email: null });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as ErrorBody).error.code).toBe("email_required");
    expect(await storedHandoffs(site)).toBe(0);
  });

  it("answers a retried request with the same handoff instead of a second one", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const fields = { conversationId: crypto.randomUUID(), message: "customer support please" };
    const first = (await (await postHandoff(site, fields)).json()) as HandoffAccepted;
    const second = (await (await postHandoff(site, fields)).json()) as HandoffAccepted;
    expect(second.handoffId).toBe(first.handoffId);
    expect(await storedHandoffs(site)).toBe(1);
  });

  it("keeps delivering to the other channels when one fails, and records the failure", async () => {
    const good = receiverPath();
    const bad = receiverPath();
    await setReceiverMode(bad.path, "fail");
    const site = uniqueSite();
    await putSite(site, {
      channels: [
        { id: "a-broken", type: "webhook", url: bad.url },
        { id: "b-working", type: "webhook", url: good.url },
      ],
    });
    const { handoffId } = await acceptedHandoff(site, { message: "real person please" });
    const rows = await eventually(async () => {
      const r = await deliveriesOf(handoffId);
      return r.every((d) => d.attempts >= 1) && r;
    });
    expect(rows).toEqual([
      {
        channel_id: "a-broken",
        status: "pending",
        attempts: 1,
        last_error: "HTTP 500 Internal Server Error",
      },
      { channel_id: "b-working", status: "delivered", attempts: 1, last_error: null },
    ]);
    expect(await receivedAt(good.path)).toHaveLength(1);
  });
});
