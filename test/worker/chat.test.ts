import { describe, expect, it } from "vitest";
import { buildIndex } from "../../worker/kb/index-builder.ts";
import { retrieve } from "../../worker/kb/retrieve.ts";
import {
  call,
  env,
  KB_DOCUMENTS,
  ORIGIN,
  postChat,
  putKb,
  putSite,
  uniqueSite,
} from "./helpers.ts";

describe("POST /v1/chat", () => {
  it("answers a well-grounded question from the knowledge base with its source", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const { res, body } = await postChat(
      site,
      "How many days do I have to return an item for a refund?",
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    // The knowledge base's load time, which `npm run bench -- kb-load` reads.
    expect(res.headers.get("server-timing")).toMatch(/^kb;dur=\d+$/);
    expect(body.reply.type).toBe("answer");
    if (body.reply.type !== "answer") return;
    expect(body.reply.confidence).toBeGreaterThanOrEqual(0.4);
    expect(body.reply.confidence).toBeLessThanOrEqual(1);
    expect(body.reply.text).toContain("30 days");
    expect(body.reply.sources[0]).toEqual({
      title: "Returns and refunds",
      url: KB_DOCUMENTS[0]?.url,
    });
  });

  it("hands off for low confidence when the knowledge base has no match, with the computed score", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const { body } = await postChat(site, "Do you sell kayaks for whitewater rivers?");
    expect(body.reply).toMatchObject({ type: "handoff", reason: "low_confidence" });
    if (body.reply.type !== "handoff") return;
    // The score the worker's own retriever gives this question over the same documents.
    const expected = retrieve(
      buildIndex(KB_DOCUMENTS).index,
      "Do you sell kayaks for whitewater rivers?",
    );
    expect(body.reply.confidence).toBe(expected.confidence);
    expect(body.reply.confidence).toBeLessThan(0.4);
  });

  it("confidence moves with the match: a partial match scores between none and a full one", async () => {
    const site = uniqueSite();
    await putSite(site, { threshold: 0 });
    await putKb(site);
    const full = (await postChat(site, "express shipping cost")).body.reply;
    const partial = (await postChat(site, "express shipping to Mars by rocket")).body.reply;
    expect(full.type).toBe("answer");
    expect(partial.type).toBe("answer");
    if (full.type !== "answer" || partial.type !== "answer") return;
    expect(full.confidence).toBeGreaterThan(partial.confidence);
    expect(partial.confidence).toBeGreaterThan(0);
  });

  it("hands off on 'tale med en person' regardless of confidence", async () => {
    const site = uniqueSite();
    await putSite(site, { threshold: 0 });
    await putKb(site);
    const { body } = await postChat(site, "Kan jeg TALE med en person om refunds og returns?");
    expect(body.reply).toEqual({
      type: "handoff",
      reason: "keyword",
      matched: "tale med en person",
      confidence: null,
      language: "da",
    });
  });

  it("stores the visitor message with its confidence and decision, and the assistant's answer", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const { body } = await postChat(site, "How long does express shipping take?");
    const rows = await env.DB.prepare(
      "SELECT role, text, confidence, decision FROM messages WHERE conversation_id = ? ORDER BY rowid",
    )
      .bind(body.conversationId)
      .all<{ role: string; text: string; confidence: number | null; decision: string | null }>();
    expect(rows.results).toHaveLength(2);
    expect(rows.results[0]).toMatchObject({
      role: "visitor",
      text: "How long does express shipping take?",
      decision: "answer",
    });
    expect(rows.results[0]?.confidence).toBeGreaterThan(0.4);
    expect(rows.results[1]?.role).toBe("assistant");
  });

  it("continues a conversation the widget named, and refuses one that belongs to another site", async () => {
    const site = uniqueSite();
    const other = uniqueSite();
    await putSite(site, {});
    await putSite(other, {});
    const conversationId = crypto.randomUUID();
    const first = await postChat(site, "hello there", conversationId);
    expect(first.body.conversationId).toBe(conversationId);
    const stolen = await postChat(other, "hello again", conversationId);
    expect(stolen.res.status).toBe(404);
    expect(stolen.body).toMatchObject({ error: { code: "conversation_not_found" } });
  });

  it("answers another site's conversation exactly as an unknown one, in chat, handoff and feedback", async () => {
    const site = uniqueSite();
    const other = uniqueSite();
    await putSite(site, { handoffButton: true });
    await putSite(other, {});
    const theirs = crypto.randomUUID();
    expect((await postChat(other, "hello there", theirs)).res.status).toBe(200);
    const send = async (path: string, json: Record<string, unknown>) => {
      const res = await call(path, { method: "POST", headers: { origin: ORIGIN }, json });
      return { status: res.status, body: await res.json() };
    };
    const feedback = (conversationId: string) =>
      send("/v1/feedback", { site, conversationId, messageId: "m1", helpful: true });
    const unknown = await feedback(crypto.randomUUID());
    expect(unknown).toEqual({
      status: 404,
      body: {
        error: { code: "conversation_not_found", message: "This site has no such conversation." },
      },
    });
    expect(await feedback(theirs)).toEqual(unknown);
    expect(await send("/v1/chat", { site, conversationId: theirs, message: "hi again" })).toEqual(
      unknown,
    );
    expect(
      await send("/v1/handoff", {
        site,
        conversationId: theirs,
        message: "a person please",
        reason: "visitor_request",
      }),
    ).toEqual(unknown);
  });

  it("answers 403 to an origin the site did not allow, and stores nothing", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const res = await call("/v1/chat", {
      method: "POST",
      json: { site, message: "talk to a human" },
      headers: { origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: "origin_not_allowed" } });
    const count = await env.DB.prepare("SELECT COUNT(*) AS n FROM conversations WHERE site = ?")
      .bind(site)
      .first<{ n: number }>();
    expect(count?.n).toBe(0);
  });
});
