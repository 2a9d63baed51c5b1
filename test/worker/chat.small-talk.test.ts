import { describe, expect, it } from "vitest";
import type { HandoffAccepted } from "../../shared/api.ts";
import { LANGUAGE_DATA } from "../../shared/languages/registry.ts";
import { env, postChat, postHandoff, putKb, putSite, uniqueSite } from "./helpers.ts";

describe("POST /v1/chat: small talk, requests in the visitor's words, the reply's language", () => {
  it("answers thanks with a friendly line in the visitor's language, never an article or a handoff", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const { body } = await postChat(site, "mange tak!");
    expect(body.reply).toMatchObject({ type: "small_talk", language: "da" });
    expect(body.reply.type === "small_talk" && body.reply.text.length).toBeGreaterThan(3);
    // Logged without a decision: neither an answer nor a handoff for the dashboard to count.
    const row = await env.DB.prepare("SELECT decision, reason FROM messages WHERE id = ?")
      .bind(body.messageId)
      .first<{ decision: string | null; reason: string | null }>();
    expect(row).toEqual({ decision: null, reason: null });
  });

  it("treats a greeting with a question in it as a question, and a keyword in small talk as a handoff", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    expect((await postChat(site, "hi, do you ship express?")).body.reply.type).toBe("answer");
    expect((await postChat(site, "hi, can I talk to a human?")).body.reply).toMatchObject({
      type: "handoff",
      reason: "keyword",
      matched: "talk to a human",
      language: "en",
    });
  });

  it("says what it is when asked, a real person included, and hands off a request for one", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const bot = await postChat(site, "are you a bot?");
    expect(bot.body.reply).toEqual({
      type: "small_talk",
      text: "I'm this site's AI assistant: I answer from its help centre, and I can pass you to a person whenever you like.",
      language: "en",
    });
    const real = await postChat(site, "¿estoy hablando con una persona real?");
    expect(real.body.reply).toMatchObject({ type: "small_talk", language: "es" });
    expect(real.body.reply.type === "small_talk" && real.body.reply.text).toMatch(/IA.*persona/);
    // Logged as small talk, not as a handoff for a person.
    const row = await env.DB.prepare("SELECT decision, reason, matched FROM messages WHERE id = ?")
      .bind(real.body.messageId)
      .first<{ decision: string | null; reason: string | null; matched: string | null }>();
    expect(row).toEqual({ decision: null, reason: null, matched: null });
    expect((await postChat(site, "quiero una persona real")).body.reply).toMatchObject({
      type: "handoff",
      reason: "keyword",
      language: "es",
    });
  });

  it("hands off a request for a person in the visitor's own words, names what matched, and accepts its handoff", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    const { body } = await postChat(site, "Können Sie mich bitte mit jemandem verbinden?");
    expect(body.reply).toMatchObject({ type: "handoff", reason: "keyword", language: "de" });
    const matched =
      body.reply.type === "handoff" && body.reply.reason === "keyword" ? body.reply.matched : "";
    expect("Können Sie mich bitte mit jemandem verbinden?").toContain(matched);
    const res = await postHandoff(site, {
      conversationId: body.conversationId,
      message: "Können Sie mich bitte mit jemandem verbinden?",
      email: "jane@example.com",
    });
    expect(res.status).toBe(202);
    expect(((await res.json()) as HandoffAccepted).handoffId).toBeTruthy();
  });

  it("leaves the default grammar out for a site that replaces the default phrases", async () => {
    const site = uniqueSite();
    await putSite(site, { keywords: { mode: "replace", phrases: ["book a consultation"] } });
    const { body } = await postChat(site, "is anyone there I could speak with");
    expect(body.reply).toMatchObject({ type: "handoff", reason: "low_confidence" });
    // In a conversation where the worker never judged it (where it did, that verdict alone
    // justifies a handoff, whatever reason is named), the words are no keyword of this site.
    const res = await postHandoff(site, {
      message: "is anyone there I could speak with",
      email: "jane@example.com",
    });
    expect(res.status).toBe(403);
  });

  it("hands off a question in a language the knowledge base lacks, and says which language it was", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    const { body } = await postChat(site, "¿Cuántos días tengo para devolver un artículo?");
    expect(body.reply).toMatchObject({ type: "handoff", reason: "low_confidence", language: "es" });
  });

  it("answers a pause or an apology in each language with that language's 'take your time', not 'Great!' (issue #19)", async () => {
    const site = uniqueSite();
    await putSite(site, {});
    await putKb(site);
    for (const [message, language] of [
      ["hang on a sec", "en"],
      ["sorry about that", "en"],
      ["vent lige lidt", "da"],
      ["tut mir leid", "de"],
      ["attendez un peu", "fr"],
      ["lo siento mucho", "es"],
      ["förlåt för besväret", "sv"],
    ] as const) {
      const { res, body } = await postChat(site, message);
      expect(res.status, message).toBe(200);
      const replies = LANGUAGE_DATA[language].smallTalk.replies;
      expect(body.reply, message).toEqual({ type: "small_talk", text: replies.pause, language });
      expect(replies.pause).not.toBe(replies.acknowledgement);
    }
    // An "ok cool" or a thumbs-up still gets the acknowledgement's reply, in the site's language.
    for (const message of ["ok cool", "👍"]) {
      const { body } = await postChat(site, message);
      expect(body.reply, message).toEqual({
        type: "small_talk",
        text: LANGUAGE_DATA.en.smallTalk.replies.acknowledgement,
        language: "en",
      });
    }
  });
});
