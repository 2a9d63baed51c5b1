import { afterEach, describe, expect, test, vi } from "vitest";
import type { ChatResponse } from "../../shared/api.ts";
import { sendChat } from "../../widget/api.ts";
import { json, stubFetch } from "./fetch-stub.ts";

const API = "https://api.clarifier.test";
const BODY = { site: "acme", conversationId: "conv-client-0001", message: "hi" };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("sendChat", () => {
  test("accepts small talk with its language", async () => {
    const response = {
      conversationId: BODY.conversationId,
      messageId: "m1",
      reply: { type: "small_talk", text: "Hej! Hvad kan jeg hjælpe med?", language: "da" },
    } satisfies ChatResponse;
    stubFetch({ "POST /v1/chat": () => json(response) });
    expect(await sendChat(API, BODY)).toEqual({ ok: true, data: response });
  });

  test("reads a reply without language (a worker from before it) as language null", async () => {
    const { language: _, ...reply } = {
      type: "answer",
      text: "We ship to Norway.",
      confidence: 0.8,
      sources: [],
      language: null,
    } satisfies ChatResponse["reply"];
    stubFetch({
      "POST /v1/chat": () => json({ conversationId: BODY.conversationId, messageId: "m1", reply }),
    });
    const result = await sendChat(API, BODY);
    expect(result.ok && result.data.reply.language).toBeNull();
  });

  test("reads a language it has no strings for as null", async () => {
    for (const language of ["fi", "it-IT", 7]) {
      stubFetch({
        "POST /v1/chat": () =>
          json({
            conversationId: BODY.conversationId,
            messageId: "m1",
            reply: { type: "small_talk", text: "Moi!", language },
          }),
      });
      const result = await sendChat(API, BODY);
      expect(result.ok && result.data.reply.language, String(language)).toBeNull();
    }
  });

  test("keeps a handoff's language Clarifier doesn't answer in: the widget speaks it", async () => {
    stubFetch({
      "POST /v1/chat": () =>
        json({
          conversationId: BODY.conversationId,
          messageId: "m1",
          reply: { type: "handoff", reason: "low_confidence", confidence: 0.1, language: "it" },
        }),
    });
    const result = await sendChat(API, BODY);
    expect(result.ok && result.data.reply.language).toBe("it");
  });

  test("keeps an answer's well-formed alternatives only", async () => {
    const good = { title: "Exchanges", url: null, text: "Within 30 days.", documentId: "d1" };
    stubFetch({
      "POST /v1/chat": () =>
        json({
          conversationId: BODY.conversationId,
          messageId: "m1",
          reply: {
            type: "answer",
            text: "We ship to Norway.",
            confidence: 0.8,
            sources: [],
            language: "en",
            suggestions: [good, { title: 3 }, "<b>x</b>"],
          },
        }),
    });
    const result = await sendChat(API, BODY);
    expect(
      result.ok && result.data.reply.type === "answer" && result.data.reply.suggestions,
    ).toEqual([good]);
  });

  test("refuses a reply of a type it doesn't know", async () => {
    stubFetch({
      "POST /v1/chat": () =>
        json({ conversationId: BODY.conversationId, messageId: "m1", reply: { type: "poem" } }),
    });
    const result = await sendChat(API, BODY);
    expect(result.ok).toBe(false);
  });
});
