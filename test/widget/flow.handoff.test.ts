import { describe, expect, test } from "vitest";
import { canRequestPerson, flowReducer } from "../../widget/flow.ts";
import {
  ACCEPTED,
  askingEmail,
  handoffCall,
  skipEmail,
  KEYWORDS,
  CONVERSATION,
  run,
  fresh,
  sendText,
  chatCall,
  answer,
  lowConfidence,
} from "./flow-helpers.ts";

describe("handoff triggers", () => {
  test("a keyword asks for the email without calling /v1/chat", () => {
    const state = sendText(fresh(), "Can I talk to a HUMAN please?");
    expect(state.inFlight).toBeNull();
    expect(state.phase).toBe("asking-email");
    expect(state.pending).toEqual({
      message: "Can I talk to a HUMAN please?",
      reason: "keyword",
      language: "en",
    });
    expect(state.messages.at(-1)).toMatchObject({
      role: "assistant",
      body: { kind: "ask-email", language: "en" },
    });
    expect(state.messages[0]).toMatchObject({ role: "visitor", status: "sent" });
  });

  test("'tale med en person' asks in Danish even when the UI is English", () => {
    const state = sendText(fresh(), "Kan jeg tale med en person?", "en");
    expect(state.pending?.language).toBe("da");
    expect(state.messages.at(-1)).toMatchObject({ body: { kind: "ask-email", language: "da" } });
  });

  test("a site's own phrase (no language of its own) asks in the UI language", () => {
    const state = sendText(fresh(), "I'd like to book a consultation", "da");
    expect(state.pending).toMatchObject({ reason: "keyword", language: "da" });
  });

  test("a low_confidence reply asks for the email with that reason", () => {
    const sent = sendText(fresh(), "What is the airspeed of a swallow?");
    const state = run(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id,
      result: lowConfidence(),
    });
    expect(state.phase).toBe("asking-email");
    expect(state.inFlight).toBeNull();
    expect(state.pending).toEqual({
      message: "What is the airspeed of a swallow?",
      reason: "low_confidence",
      language: "en",
    });
  });

  test("a keyword handoff from the server speaks the matched phrase's language", () => {
    const sent = sendText(fresh(), "custom words");
    const state = run(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id,
      result: {
        ok: true,
        data: {
          conversationId: CONVERSATION,
          messageId: "m1",
          reply: {
            type: "handoff",
            reason: "keyword",
            matched: "tale med en person",
            confidence: null,
            language: "da",
          },
        },
      },
    });
    expect(state.pending).toEqual({ message: "custom words", reason: "keyword", language: "da" });
  });

  test("'Talk to a person' asks what a person should read, and hands off those words, not the answered question", () => {
    const sent = sendText(fresh(), "Where is my order?");
    const answered = run(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id,
      result: answer("Let me check."),
    });
    const asked = run(answered, { type: "request-person", language: "en" });
    expect(asked.phase).toBe("asking-need");
    expect(asked.inFlight).toBeNull();
    expect(asked.messages.at(-1)).toMatchObject({
      role: "assistant",
      body: { kind: "ask-need", language: "en" },
    });
    const state = sendText(asked, "My parcel arrived broken, I want a refund");
    expect(state.inFlight).toBeNull();
    expect(state.phase).toBe("asking-email");
    expect(state.pending).toEqual({
      message: "My parcel arrived broken, I want a refund",
      reason: "visitor_request",
      language: "en",
    });
    expect(state.messages.at(-2)).toMatchObject({
      role: "visitor",
      text: "My parcel arrived broken, I want a refund",
    });
  });

  test("'Talk to a person' with nothing written yet asks too, in the UI's language, inventing nothing", () => {
    const asked = run(fresh(), { type: "request-person", language: "de" });
    expect(asked.pending).toBeNull();
    const state = sendText(asked, "Ich brauche eine Rechnung");
    expect(state.pending).toEqual({
      message: "Ich brauche eine Rechnung",
      reason: "visitor_request",
      language: "de",
    });
  });

  test("leaving the 'what should a person read?' step reads as cancelled and chats on", () => {
    const state = run(fresh(), { type: "request-person", language: "en" }, { type: "cancel-need" });
    expect(state.phase).toBe("chatting");
    expect(state.messages.at(-1)).toMatchObject({ body: { kind: "ask-need", cancelled: true } });
    expect(chatCall(sendText(state, "Do you ship to Norway?")).body.message).toBe(
      "Do you ship to Norway?",
    );
  });

  test("'Talk to a person' is not offered right after a handoff, and is again once the visitor writes", () => {
    const sending = skipEmail(askingEmail());
    const done = run(sending, {
      type: "handoff-result",
      callId: handoffCall(sending).id,
      result: ACCEPTED,
    });
    expect(canRequestPerson(done)).toBe(false);
    expect(flowReducer(done, { type: "request-person", language: "en" })).toBe(done);
    const writing = sendText(done, "One more thing");
    const answered = run(writing, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(writing).id,
      result: answer("Sure."),
    });
    expect(canRequestPerson(answered)).toBe(true);
  });

  test("'Talk to a person' does nothing while an answer is on its way", () => {
    const sent = sendText(fresh(), "Hi");
    expect(flowReducer(sent, { type: "request-person", language: "en" })).toBe(sent);
  });

  test("the composer is ignored during the email step", () => {
    const asking = askingEmail();
    const state = sendText(asking, "something else");
    expect(state.phase).toBe("asking-email");
    expect(state.messages).toEqual(asking.messages);
  });
});

describe("the conversation's language", () => {
  test("a reply's language becomes the conversation's; a reply without one changes nothing", () => {
    const sent = sendText(fresh(), "Sender I til Norge?");
    const danish = run(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id,
      result: answer("Ja.", CONVERSATION, "da"),
    });
    expect(danish.language).toBe("da");
    const again = sendText(danish, "ok", "da");
    const unknown = run(again, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(again).id,
      result: answer("Godt.", CONVERSATION, null),
    });
    expect(unknown.language).toBe("da");
  });

  test("a handoff reply asks in the reply's language even when the UI's differs", () => {
    const sent = sendText(fresh(), "Kann ich in Raten zahlen?");
    const state = run(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id,
      result: lowConfidence("de"),
    });
    expect(state.pending?.language).toBe("de");
    expect(state.language).toBe("de");
  });

  test("a matched phrase's language becomes the conversation's", () => {
    expect(sendText(fresh(), "jeg vil tale med en person").language).toBe("da");
  });
});
