import { describe, expect, test } from "vitest";
import { canRequestPerson, flowReducer } from "../../widget/flow.ts";
import {
  ACCEPTED,
  askingEmail,
  skipEmail,
  CONVERSATION,
  run,
  fresh,
  sendText,
  chatCall,
  answer,
  lowConfidence,
  chatResult,
  handoffResult,
} from "./flow-helpers.ts";

describe("handoff triggers", () => {
  test.each([
    {
      what: "a keyword asks for the email without calling /v1/chat",
      text: "Can I talk to a HUMAN please?",
      ui: "en",
      language: "en",
    },
    {
      what: "'tale med en person' asks in Danish even when the UI is English",
      text: "Kan jeg tale med en person?",
      ui: "en",
      language: "da",
    },
    {
      what: "a site's own phrase (no language of its own) asks in the UI language",
      text: "I'd like to book a consultation",
      ui: "da",
      language: "da",
    },
  ] as const)("$what", ({ text, ui, language }) => {
    const state = sendText(fresh(), text, ui);
    expect(state.inFlight).toBeNull();
    expect(state.phase).toBe("asking-email");
    expect(state.pending).toEqual({ message: text, reason: "keyword", language });
    expect(state.messages.at(-1)).toMatchObject({
      role: "assistant",
      body: { kind: "ask-email", language },
    });
    expect(state.messages[0]).toMatchObject({ role: "visitor", status: "sent" });
  });

  test.each([
    {
      what: "a low_confidence reply asks for the email with that reason",
      text: "What is the airspeed of a swallow?",
      result: lowConfidence(),
      pending: { reason: "low_confidence", language: "en" },
    },
    {
      what: "a keyword handoff from the server speaks the matched phrase's language",
      text: "custom words",
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
      } as const,
      pending: { reason: "keyword", language: "da" },
    },
  ])("$what", ({ text, result, pending }) => {
    const state = chatResult(sendText(fresh(), text), result);
    expect(state.phase).toBe("asking-email");
    expect(state.inFlight).toBeNull();
    expect(state.pending).toEqual({ message: text, ...pending });
  });

  test("'Talk to a person' asks what a person should read, and hands off those words, not the answered question", () => {
    const sent = sendText(fresh(), "Where is my order?");
    const answered = chatResult(sent, answer("Let me check."));
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
    const done = handoffResult(sending, ACCEPTED);
    expect(canRequestPerson(done)).toBe(false);
    expect(flowReducer(done, { type: "request-person", language: "en" })).toBe(done);
    const writing = sendText(done, "One more thing");
    const answered = chatResult(writing, answer("Sure."));
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
    const danish = chatResult(sent, answer("Ja.", CONVERSATION, "da"));
    expect(danish.language).toBe("da");
    const again = sendText(danish, "ok", "da");
    const unknown = chatResult(again, answer("Godt.", CONVERSATION, null));
    expect(unknown.language).toBe("da");
  });

  test("a handoff reply asks in the reply's language even when the UI's differs", () => {
    const sent = sendText(fresh(), "Kann ich in Raten zahlen?");
    const state = chatResult(sent, lowConfidence("de"));
    expect(state.pending?.language).toBe("de");
    expect(state.language).toBe("de");
  });

  test("a matched phrase's language becomes the conversation's", () => {
    expect(sendText(fresh(), "jeg vil tale med en person").language).toBe("da");
  });
});
