import { describe, expect, it } from "vitest";
import type { FeedbackRequest } from "../../shared/api.ts";
import { call, chat, env, ORIGIN, putKb, putSite, uniqueSite } from "./helpers.ts";

function feedback(body: FeedbackRequest, origin = ORIGIN) {
  return call("/v1/feedback", { method: "POST", json: body, headers: { origin } });
}

async function storedVerdict(messageId: string) {
  return env.DB.prepare("SELECT helpful, helpful_at AS helpfulAt FROM messages WHERE id = ?")
    .bind(messageId)
    .first<{ helpful: number | null; helpfulAt: string | null }>();
}

async function answeredSite() {
  const site = uniqueSite();
  await putSite(site, {});
  await putKb(site);
  const answer = await chat(site, "How many days do I have to return an item for a refund?");
  expect(answer.reply.type).toBe("answer");
  return { site, answer };
}

describe("POST /v1/feedback", () => {
  it("stores the verdict on the answered message with its time, and the last verdict stands", async () => {
    const { site, answer } = await answeredSite();
    const { conversationId, messageId } = answer;
    const first = await feedback({ site, conversationId, messageId, helpful: false });
    expect(first.status).toBe(204);
    expect(first.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(await first.text()).toBe("");
    expect((await storedVerdict(messageId))?.helpful).toBe(0);
    const second = await feedback({ site, conversationId, messageId, helpful: true });
    expect(second.status).toBe(204);
    const stored = await storedVerdict(messageId);
    expect(stored?.helpful).toBe(1);
    expect(Date.parse(stored?.helpfulAt ?? "")).toBeGreaterThan(Date.now() - 60_000);
  });

  it("records the answer's article on the visitor message when /v1/chat answers", async () => {
    const { answer } = await answeredSite();
    const row = await env.DB.prepare(
      "SELECT source_doc_id AS docId, source_title AS title, source_url AS url FROM messages WHERE id = ?",
    )
      .bind(answer.messageId)
      .first();
    expect(row).toEqual({
      docId: "returns",
      title: "Returns and refunds",
      url: "https://acme.example/help/returns",
    });
  });

  it("is 404 for a handoff message: only answers take a verdict", async () => {
    const { site, answer } = await answeredSite();
    const handoff = await chat(
      site,
      "Do you sell kayaks for whitewater rivers?",
      answer.conversationId,
    );
    expect(handoff.reply.type).toBe("handoff");
    const res = await feedback({
      site,
      conversationId: answer.conversationId,
      messageId: handoff.messageId,
      helpful: false,
    });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("answer_not_found");
    expect((await storedVerdict(handoff.messageId))?.helpful).toBeNull();
  });

  it("is 404 for an answer of another conversation, and for another site's conversation", async () => {
    const { site, answer } = await answeredSite();
    const other = await chat(site, "How long does express shipping take?");
    const wrongConversation = await feedback({
      site,
      conversationId: other.conversationId,
      messageId: answer.messageId,
      helpful: false,
    });
    expect(wrongConversation.status).toBe(404);
    const elsewhere = uniqueSite();
    await putSite(elsewhere, {});
    const wrongSite = await feedback({
      site: elsewhere,
      conversationId: answer.conversationId,
      messageId: answer.messageId,
      helpful: false,
    });
    expect(wrongSite.status).toBe(404);
    expect(((await wrongSite.json()) as { error: { code: string } }).error.code).toBe(
      "conversation_not_found",
    );
    expect((await storedVerdict(answer.messageId))?.helpful).toBeNull();
  });

  it("refuses an origin the site does not allow, and a body without a boolean verdict", async () => {
    const { site, answer } = await answeredSite();
    const { conversationId, messageId } = answer;
    const foreign = await feedback(
      { site, conversationId, messageId, helpful: true },
      "https://evil.example",
    );
    expect(foreign.status).toBe(403);
    const bad = await call("/v1/feedback", {
      method: "POST",
      json: { site, conversationId, messageId, helpful: "yes" },
      headers: { origin: ORIGIN },
    });
    expect(bad.status).toBe(400);
    expect((await storedVerdict(messageId))?.helpful).toBeNull();
  });
});
