import { describe, expect, it } from "vitest";
import type { FeedbackRequest } from "../../shared/api.ts";
import { call, chat, env, ORIGIN, receivedAt, receiverPath } from "./helpers.ts";
import { siteWithOutdoorKb, suggestionsOf } from "./suggestion-helpers.ts";

const siteWithKb = siteWithOutdoorKb;

function feedback(body: FeedbackRequest | Record<string, unknown>, address?: string) {
  const headers: Record<string, string> = { origin: ORIGIN };
  if (address) headers["cf-connecting-ip"] = address;
  return call("/v1/feedback", { method: "POST", json: body, headers });
}

describe("suggestions with a low-confidence handoff", () => {
  it("offers the likely articles, each with its own answer and link, best first", async () => {
    const site = await siteWithKb();
    const res = await chat(site, "my parcel never showed up");
    expect(res.reply).toMatchObject({ type: "handoff", reason: "low_confidence" });
    const suggestions = suggestionsOf(res);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(suggestions[0]).toMatchObject({
      title: "Tracking your order",
      url: "https://acme.example/help/tracking",
      documentId: "tracking",
    });
    // The text is the article's own answer, never its title alone or empty.
    expect(suggestions[0]?.text).toContain("tracking link");
    // Stored with the message, so a pick can be checked against what was offered.
    const row = await env.DB.prepare("SELECT suggestions FROM messages WHERE id = ?")
      .bind(res.messageId)
      .first<{ suggestions: string }>();
    expect(JSON.parse(row?.suggestions ?? "[]")[0]).toEqual({
      docId: "tracking",
      title: "Tracking your order",
      url: "https://acme.example/help/tracking",
    });
  });

  it.each([
    ["what's the weather tomorrow", "off_topic"],
    ["who won the super bowl last year", "off_topic"],
    ["asdfgh", "unclear"],
    ["???", "unclear"],
    ["do you sell kayaks", "not_covered"],
    ["that didn't help at all", "complaint"],
  ])("offers nothing for %j and says why (%s)", async (message, about) => {
    const site = await siteWithKb();
    const res = await chat(site, message);
    expect(res.reply).toMatchObject({ type: "handoff", reason: "low_confidence", about });
    expect(suggestionsOf(res)).toEqual([]);
  });

  it("offers nothing in a language the knowledge base doesn't have", async () => {
    const site = await siteWithKb();
    const res = await chat(site, "hvornår kommer min pakke frem?");
    expect(res.reply).toMatchObject({ type: "handoff", reason: "low_confidence", language: "da" });
    expect(suggestionsOf(res)).toEqual([]);
  });

  it("an answer offers the next articles as alternatives, never its own, and a pick of one counts", async () => {
    const site = await siteWithKb();
    const res = await chat(site, "where is my order");
    if (res.reply.type !== "answer") throw new Error(`expected an answer: ${JSON.stringify(res)}`);
    const alternatives = res.reply.suggestions ?? [];
    expect(alternatives.length).toBeGreaterThan(0);
    expect(alternatives.length).toBeLessThanOrEqual(2);
    expect(alternatives.map((a) => a.documentId)).not.toContain("tracking");
    expect(res.reply.sources[0]?.url).toBe("https://acme.example/help/tracking");
    const [first] = alternatives;
    const pick = (picked: string) =>
      feedback({ site, conversationId: res.conversationId, messageId: res.messageId, picked });
    expect((await pick(first?.url ?? first?.documentId ?? "")).status).toBe(204);
    // The answered article itself was not offered as an alternative.
    expect((await pick("https://acme.example/help/tracking")).status).toBe(404);
  });

  it("offers nothing with small talk or a keyword handoff", async () => {
    const site = await siteWithKb();
    for (const message of ["thanks!", "I want to talk to a human"]) {
      const res = await chat(site, message);
      expect(res.reply.type === "handoff" && res.reply.reason === "low_confidence").toBe(false);
      expect(JSON.stringify(res.reply)).not.toContain("suggestions");
    }
  });

  it("sends nothing to any channel until the visitor sends the handoff", async () => {
    const { url, path } = receiverPath();
    const site = await siteWithKb({
      channels: [
        { id: "crm", type: "webhook", url, secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" },
      ],
    });
    const res = await chat(site, "my parcel never showed up");
    expect(suggestionsOf(res).length).toBeGreaterThan(0);
    const handoffs = await env.DB.prepare("SELECT COUNT(*) AS n FROM handoffs WHERE site = ?")
      .bind(site)
      .first<{ n: number }>();
    expect(handoffs?.n).toBe(0);
    expect(await receivedAt(path)).toEqual([]);
  });
});

describe("POST /v1/feedback {picked}", () => {
  async function offered() {
    const site = await siteWithKb();
    const res = await chat(site, "my parcel never showed up");
    const [first] = suggestionsOf(res);
    if (!first) throw new Error("expected a suggestion");
    return { site, res, first };
  }

  async function picksOf(site: string) {
    const { results } = await env.DB.prepare(
      "SELECT doc_id AS docId, question, visitor FROM picks WHERE site = ? ORDER BY created_at",
    )
      .bind(site)
      .all<{ docId: string; question: string; visitor: string }>();
    return results;
  }

  it("records the pick of an offered article with the question, once per visitor", async () => {
    const { site, res, first } = await offered();
    const body = {
      site,
      conversationId: res.conversationId,
      messageId: res.messageId,
      picked: first.url ?? first.documentId,
    };
    for (let i = 0; i < 3; i++) expect((await feedback(body, "203.0.113.9")).status).toBe(204);
    const picks = await picksOf(site);
    expect(picks).toHaveLength(1);
    expect(picks[0]).toMatchObject({ docId: "tracking", question: "my parcel never showed up" });
    // Never the address itself.
    expect(picks[0]?.visitor).not.toContain("203.0.113.9");
  });

  it("takes a documentId for an article without a URL", async () => {
    const site = await siteWithKb();
    const res = await chat(site, "the zip on my coat broke, can you fix it");
    const noUrl = suggestionsOf(res).find((s) => s.url === null);
    if (!noUrl) return expect(suggestionsOf(res).map((s) => s.documentId)).toContain("repairs");
    const picked = await feedback({
      site,
      conversationId: res.conversationId,
      messageId: res.messageId,
      picked: noUrl.documentId,
    });
    expect(picked.status).toBe(204);
  });

  it("is 404 for an article the reply did not offer, or a message that offered none", async () => {
    const { site, res } = await offered();
    const other = await feedback({
      site,
      conversationId: res.conversationId,
      messageId: res.messageId,
      picked: "https://acme.example/help/gift-cards",
    });
    expect(other.status).toBe(404);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe(
      "suggestion_not_found",
    );
    const answered = await chat(site, "How long does express shipping take?", res.conversationId);
    const onAnswer = await feedback({
      site,
      conversationId: res.conversationId,
      messageId: answered.messageId,
      picked: "https://acme.example/help/shipping",
    });
    expect(onAnswer.status).toBe(404);
    expect(await picksOf(site)).toEqual([]);
  });

  it("is 400 with both helpful and picked, or with neither", async () => {
    const { site, res, first } = await offered();
    const base = { site, conversationId: res.conversationId, messageId: res.messageId };
    for (const body of [{ ...base, helpful: true, picked: first.url }, base]) {
      const r = await feedback(body);
      expect(r.status).toBe(400);
      const error = ((await r.json()) as { error: { code: string; message: string } }).error;
      expect(error.message).toMatch(/helpful|picked/);
    }
  });
});
