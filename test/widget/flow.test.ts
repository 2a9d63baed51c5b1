import { describe, expect, test } from "vitest";
import type { ChatResponse, HandoffAccepted } from "../../shared/api.ts";
import { MAX_MESSAGE_LENGTH } from "../../shared/limits.ts";
import type { ApiResult } from "../../widget/api.ts";
import {
  type Call,
  createFlow,
  type FlowAction,
  type FlowState,
  flowReducer,
  type SiteKeywords,
} from "../../widget/flow.ts";

// As the config endpoint sends them: each default phrase with its language, a site's own with null.
const KEYWORDS: SiteKeywords = {
  phrases: ["talk to a human", "tale med en person", "book a consultation"],
  languages: ["en", "da", null],
};
const CONVERSATION = "conv-client-0001";

function run(state: FlowState, ...actions: FlowAction[]): FlowState {
  return actions.reduce(flowReducer, state);
}

function fresh(): FlowState {
  return createFlow("acme", CONVERSATION);
}

function sendText(state: FlowState, text: string, language: "en" | "da" = "en"): FlowState {
  return run(state, { type: "draft", text }, { type: "send", keywords: KEYWORDS, language });
}

function chatCall(state: FlowState): Extract<Call, { kind: "chat" }> {
  const call = state.inFlight;
  if (call?.kind !== "chat") throw new Error(`expected a chat call, got ${JSON.stringify(call)}`);
  return call;
}

function handoffCall(state: FlowState): Extract<Call, { kind: "handoff" }> {
  const call = state.inFlight;
  if (call?.kind !== "handoff")
    throw new Error(`expected a handoff call, got ${JSON.stringify(call)}`);
  return call;
}

function answer(text: string, conversationId = CONVERSATION): ApiResult<ChatResponse> {
  return {
    ok: true,
    data: {
      conversationId,
      messageId: "m1",
      reply: {
        type: "answer",
        text,
        confidence: 0.9,
        sources: [{ title: "FAQ", url: "https://acme.example/faq" }],
        language: "en",
      },
    },
  };
}

function lowConfidence(): ApiResult<ChatResponse> {
  return {
    ok: true,
    data: {
      conversationId: CONVERSATION,
      messageId: "m1",
      reply: { type: "handoff", reason: "low_confidence", confidence: 0.1, language: null },
    },
  };
}

const NETWORK_DOWN = { ok: false, error: { kind: "network" } } as const;
const ACCEPTED: ApiResult<HandoffAccepted> = { ok: true, data: { handoffId: "h1" } };

/** A state in the email step for `message`, reached through a keyword. */
function askingEmail(message = "I want to talk to a human"): FlowState {
  return sendText(fresh(), message);
}

describe("chatting", () => {
  test("keeps the draft as typed", () => {
    const state = run(fresh(), { type: "draft", text: "Hello" });
    expect(state.draft).toBe("Hello");
  });

  test("ignores an empty or whitespace-only message", () => {
    const before = run(fresh(), { type: "draft", text: "   \n " });
    const after = flowReducer(before, { type: "send", keywords: KEYWORDS, language: "en" });
    expect(after).toBe(before);
    expect(after.messages).toEqual([]);
  });

  test("refuses a message over MAX_MESSAGE_LENGTH, keeps the text and says why", () => {
    const long = "a".repeat(MAX_MESSAGE_LENGTH + 1);
    const state = sendText(fresh(), long);
    expect(state.draftError).toBe("too-long");
    expect(state.draft).toBe(long);
    expect(state.messages).toEqual([]);
    expect(state.inFlight).toBeNull();
  });

  test("accepts a message of exactly MAX_MESSAGE_LENGTH", () => {
    const state = sendText(fresh(), "a".repeat(MAX_MESSAGE_LENGTH));
    expect(state.draftError).toBeNull();
    expect(chatCall(state).body.message).toHaveLength(MAX_MESSAGE_LENGTH);
  });

  test("editing the draft clears the too-long error", () => {
    const state = run(sendText(fresh(), "a".repeat(MAX_MESSAGE_LENGTH + 1)), {
      type: "draft",
      text: "short",
    });
    expect(state.draftError).toBeNull();
  });

  test("sends a trimmed message to /v1/chat with the conversation id and clears the draft", () => {
    const state = sendText(fresh(), "  Do you ship to Norway?  ");
    expect(state.phase).toBe("chatting");
    expect(state.draft).toBe("");
    expect(state.messages).toEqual([
      {
        id: expect.any(Number),
        role: "visitor",
        text: "Do you ship to Norway?",
        status: "pending",
        failure: null,
      },
    ]);
    expect(chatCall(state).body).toEqual({
      site: "acme",
      conversationId: CONVERSATION,
      message: "Do you ship to Norway?",
    });
  });

  test("doesn't send a second message while an answer is on its way, and keeps its text", () => {
    const first = sendText(fresh(), "First question");
    const second = sendText(first, "Second question");
    expect(second.inFlight).toBe(first.inFlight);
    expect(second.messages).toHaveLength(1);
    expect(second.draft).toBe("Second question");
  });

  test("appends the answer with its sources and marks the message sent", () => {
    const sent = sendText(fresh(), "Do you ship to Norway?");
    const state = run(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id,
      result: answer("Yes, we do."),
    });
    expect(state.inFlight).toBeNull();
    expect(state.phase).toBe("chatting");
    expect(state.messages.map((m) => (m.role === "visitor" ? m.status : m.role))).toEqual([
      "sent",
      "assistant",
    ]);
    expect(state.messages[1]).toMatchObject({
      role: "assistant",
      body: {
        kind: "answer",
        text: "Yes, we do.",
        sources: [{ title: "FAQ", url: "https://acme.example/faq" }],
      },
    });
  });

  test("adopts the conversation id the server answers with", () => {
    const sent = sendText(fresh(), "Hi");
    const state = run(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id,
      result: answer("Hello", "server-conv-42"),
    });
    expect(state.conversationId).toBe("server-conv-42");
    expect(chatCall(sendText(state, "Next")).body.conversationId).toBe("server-conv-42");
  });

  test("keeps its own conversation id when the server's isn't a valid id", () => {
    const sent = sendText(fresh(), "Hi");
    const state = run(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id,
      result: answer("Hello", "bad id!"),
    });
    expect(state.conversationId).toBe(CONVERSATION);
  });

  test("ignores a result for a call that isn't the one in flight", () => {
    const sent = sendText(fresh(), "Hi");
    const state = flowReducer(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id + 100,
      result: answer("Stale"),
    });
    expect(state).toBe(sent);
  });
});

describe("failed sends", () => {
  test("a network error marks the message failed and keeps its text", () => {
    const sent = sendText(fresh(), "Do you ship to Norway?");
    const state = run(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id,
      result: NETWORK_DOWN,
    });
    expect(state.inFlight).toBeNull();
    expect(state.messages).toEqual([
      {
        id: expect.any(Number),
        role: "visitor",
        text: "Do you ship to Norway?",
        status: "failed",
        failure: { kind: "network" },
      },
    ]);
  });

  test("a 5xx counts as a network failure, not as a message to show", () => {
    const sent = sendText(fresh(), "Hi");
    const state = run(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id,
      result: {
        ok: false,
        error: { kind: "http", status: 500, code: "internal_error", message: "Boom." },
      },
    });
    expect(state.messages[0]).toMatchObject({ status: "failed", failure: { kind: "network" } });
  });

  test("a 4xx with a message keeps the server's explanation", () => {
    const sent = sendText(fresh(), "Hi");
    const state = run(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id,
      result: {
        ok: false,
        error: { kind: "http", status: 429, code: "rate_limited", message: "Slow down." },
      },
    });
    expect(state.messages[0]).toMatchObject({
      status: "failed",
      failure: { kind: "server", message: "Slow down." },
    });
  });

  test("retry resends the same text as a new call and the answer lands", () => {
    const sent = sendText(fresh(), "Do you ship to Norway?");
    const failed = run(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id,
      result: NETWORK_DOWN,
    });
    const entryId = failed.messages[0]?.id ?? -1;
    const retried = run(failed, { type: "retry", entryId, language: "en" });
    const call = chatCall(retried);
    expect(call.id).not.toBe(chatCall(sent).id);
    expect(call.entryId).toBe(entryId);
    expect(call.body).toEqual(chatCall(sent).body);
    expect(retried.messages[0]).toMatchObject({
      status: "pending",
      failure: null,
      text: "Do you ship to Norway?",
    });

    const done = run(retried, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: call.id,
      result: answer("Yes."),
    });
    expect(done.messages).toHaveLength(2);
    expect(done.messages[0]).toMatchObject({ status: "sent" });
  });

  test("retry of a message that didn't fail does nothing", () => {
    const sent = sendText(fresh(), "Hi");
    const done = run(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id,
      result: answer("Hello"),
    });
    const entryId = done.messages[0]?.id ?? -1;
    expect(flowReducer(done, { type: "retry", entryId, language: "en" })).toBe(done);
  });
});

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

  test("'Talk to a person' hands off the visitor's last message", () => {
    const sent = sendText(fresh(), "Where is my order?");
    const answered = run(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id,
      result: answer("Let me check."),
    });
    const state = run(answered, {
      type: "request-person",
      language: "en",
      fallbackMessage: "fallback",
    });
    expect(state.phase).toBe("asking-email");
    expect(state.pending).toEqual({
      message: "Where is my order?",
      reason: "visitor_request",
      language: "en",
    });
  });

  test("'Talk to a person' with nothing written sends the fallback message", () => {
    const state = run(fresh(), {
      type: "request-person",
      language: "de",
      fallbackMessage: "Der Besucher möchte mit einer Person sprechen.",
    });
    expect(state.pending).toEqual({
      message: "Der Besucher möchte mit einer Person sprechen.",
      reason: "visitor_request",
      language: "de",
    });
  });

  test("'Talk to a person' does nothing while an answer is on its way", () => {
    const sent = sendText(fresh(), "Hi");
    expect(
      flowReducer(sent, { type: "request-person", language: "en", fallbackMessage: "x" }),
    ).toBe(sent);
  });

  test("the composer is ignored during the email step", () => {
    const asking = askingEmail();
    const state = sendText(asking, "something else");
    expect(state.phase).toBe("asking-email");
    expect(state.messages).toEqual(asking.messages);
  });
});

describe("email step", () => {
  test("an invalid email is refused inline and nothing is sent", () => {
    const state = run(
      askingEmail(),
      { type: "email-draft", text: "jane@localhost" },
      { type: "submit-email" },
    );
    expect(state.phase).toBe("asking-email");
    expect(state.inFlight).toBeNull();
    expect(state.emailError).toEqual({ kind: "invalid" });
    expect(state.emailDraft).toBe("jane@localhost");
  });

  test("an empty email is refused too (skipping is its own button)", () => {
    const state = run(askingEmail(), { type: "submit-email" });
    expect(state.emailError).toEqual({ kind: "invalid" });
    expect(state.inFlight).toBeNull();
  });

  test("editing the email clears the invalid-email error", () => {
    const state = run(
      askingEmail(),
      { type: "email-draft", text: "nope" },
      { type: "submit-email" },
      { type: "email-draft", text: "jane@" },
    );
    expect(state.emailError).toBeNull();
  });

  test("a valid email moves to sending with the exact handoff body", () => {
    const state = run(
      askingEmail(),
      { type: "email-draft", text: " jane@example.com " },
      { type: "submit-email" },
    );
    expect(state.phase).toBe("sending");
    expect(handoffCall(state).body).toEqual({
      site: "acme",
      conversationId: CONVERSATION,
      message: "I want to talk to a human",
      email: "jane@example.com",
      reason: "keyword",
    });
  });

  test("skip sends the handoff with email null when email is optional", () => {
    const state = run(askingEmail(), { type: "skip-email", requireEmail: false });
    expect(state.phase).toBe("sending");
    expect(handoffCall(state).body.email).toBeNull();
  });

  test("skip does nothing when the site requires an email", () => {
    const asking = askingEmail();
    expect(flowReducer(asking, { type: "skip-email", requireEmail: true })).toBe(asking);
  });

  test("202 hands off: the assistant confirms with the email, in the handoff's language", () => {
    const sending = run(
      sendText(fresh(), "tale med en person"),
      { type: "email-draft", text: "jane@example.com" },
      { type: "submit-email" },
    );
    const state = run(sending, {
      type: "handoff-result",
      callId: handoffCall(sending).id,
      result: ACCEPTED,
    });
    expect(state.phase).toBe("handed-off");
    expect(state.pending).toBeNull();
    expect(state.inFlight).toBeNull();
    expect(state.messages.at(-1)).toMatchObject({
      role: "assistant",
      body: { kind: "handed-off", language: "da", email: "jane@example.com" },
    });
  });

  test("invalid_email from the server returns to the email step with its message", () => {
    const sending = run(
      askingEmail(),
      { type: "email-draft", text: "jane@example.invalid" },
      { type: "submit-email" },
    );
    const state = run(sending, {
      type: "handoff-result",
      callId: handoffCall(sending).id,
      result: {
        ok: false,
        error: {
          kind: "http",
          status: 400,
          code: "invalid_email",
          message: "That address can't receive mail.",
        },
      },
    });
    expect(state.phase).toBe("asking-email");
    expect(state.emailError).toEqual({
      kind: "rejected",
      message: "That address can't receive mail.",
    });
    expect(state.emailDraft).toBe("jane@example.invalid");
    expect(state.pending).not.toBeNull();
  });

  test("email_required from the server returns to the email step with its message", () => {
    const sending = run(askingEmail(), { type: "skip-email", requireEmail: false });
    const state = run(sending, {
      type: "handoff-result",
      callId: handoffCall(sending).id,
      result: {
        ok: false,
        error: {
          kind: "http",
          status: 400,
          code: "email_required",
          message: "An email is required.",
        },
      },
    });
    expect(state.phase).toBe("asking-email");
    expect(state.emailError).toEqual({ kind: "rejected", message: "An email is required." });
  });

  test("a network error returns to the email step, keeps the email, and can be sent again", () => {
    const sending = run(
      askingEmail(),
      { type: "email-draft", text: "jane@example.com" },
      { type: "submit-email" },
    );
    const failed = run(sending, {
      type: "handoff-result",
      callId: handoffCall(sending).id,
      result: NETWORK_DOWN,
    });
    expect(failed.phase).toBe("asking-email");
    expect(failed.emailError).toEqual({ kind: "failed", message: null });
    expect(failed.emailDraft).toBe("jane@example.com");

    const again = run(failed, { type: "submit-email" });
    expect(handoffCall(again).body).toEqual(handoffCall(sending).body);
    expect(handoffCall(again).id).not.toBe(handoffCall(sending).id);
  });

  test("a 5xx is treated like a network error", () => {
    const sending = run(
      askingEmail(),
      { type: "email-draft", text: "jane@example.com" },
      { type: "submit-email" },
    );
    const state = run(sending, {
      type: "handoff-result",
      callId: handoffCall(sending).id,
      result: { ok: false, error: { kind: "http", status: 503, code: "", message: "" } },
    });
    expect(state.phase).toBe("asking-email");
    expect(state.emailError).toEqual({ kind: "failed", message: null });
  });

  test("a refusal that retrying can't fix ends the email step with the server's reason", () => {
    const sending = run(askingEmail(), { type: "skip-email", requireEmail: false });
    const state = run(sending, {
      type: "handoff-result",
      callId: handoffCall(sending).id,
      result: {
        ok: false,
        error: {
          kind: "http",
          status: 403,
          code: "handoff_not_justified",
          message: "This conversation can't be handed off.",
        },
      },
    });
    expect(state.phase).toBe("chatting");
    expect(state.pending).toBeNull();
    expect(state.messages.at(-1)).toMatchObject({
      role: "notice",
      text: "This conversation can't be handed off.",
    });
  });
});

describe("after the handoff", () => {
  function handedOff(): FlowState {
    const sending = run(askingEmail(), { type: "skip-email", requireEmail: false });
    return run(sending, {
      type: "handoff-result",
      callId: handoffCall(sending).id,
      result: ACCEPTED,
    });
  }

  test("the confirmation without an email has email null", () => {
    expect(handedOff().messages.at(-1)).toMatchObject({
      body: { kind: "handed-off", email: null },
    });
  });

  test("writing again returns to chatting and calls /v1/chat", () => {
    const state = sendText(handedOff(), "One more thing");
    expect(state.phase).toBe("chatting");
    expect(chatCall(state).body.message).toBe("One more thing");
  });

  test("a late handoff result after the flow moved on is ignored", () => {
    const sending = run(askingEmail(), { type: "skip-email", requireEmail: false });
    const done = run(sending, {
      type: "handoff-result",
      callId: handoffCall(sending).id,
      result: ACCEPTED,
    });
    expect(
      flowReducer(done, {
        type: "handoff-result",
        callId: handoffCall(sending).id,
        result: NETWORK_DOWN,
      }),
    ).toBe(done);
  });
});

describe("leaving the email step", () => {
  test("Cancel returns to chatting with no handoff, even when the site requires an email", () => {
    const state = run(
      askingEmail(),
      { type: "email-draft", text: "jane@" },
      { type: "cancel-email" },
    );
    expect(state.phase).toBe("chatting");
    expect(state.pending).toBeNull();
    expect(state.inFlight).toBeNull();
    const next = sendText(state, "Where is my order?");
    expect(chatCall(next).body.message).toBe("Where is my order?");
  });

  test("Cancel does nothing while the handoff is being sent", () => {
    const sending = run(askingEmail(), { type: "skip-email", requireEmail: false });
    expect(flowReducer(sending, { type: "cancel-email" })).toBe(sending);
  });
});

describe("back online", () => {
  test("resends the newest message that failed for want of a network", () => {
    const sent = sendText(fresh(), "Do you ship to Norway?");
    const failed = run(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id,
      result: NETWORK_DOWN,
    });
    const state = run(failed, { type: "online", language: "en" });
    expect(chatCall(state).body.message).toBe("Do you ship to Norway?");
    expect(state.messages[0]).toMatchObject({ status: "pending", failure: null });
  });

  test("leaves a message the server refused (it would be refused again) and a settled flow alone", () => {
    const sent = sendText(fresh(), "Hi");
    const refused = run(sent, {
      type: "chat-result",
      keywords: KEYWORDS,
      callId: chatCall(sent).id,
      result: {
        ok: false,
        error: { kind: "http", status: 429, code: "rate_limited", message: "Slow down." },
      },
    });
    expect(flowReducer(refused, { type: "online", language: "en" })).toBe(refused);
    expect(flowReducer(fresh(), { type: "online", language: "en" })).toEqual(fresh());
  });
});
