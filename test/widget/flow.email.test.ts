import { describe, expect, test } from "vitest";
import type { FlowState } from "../../widget/flow-state.ts";
import { flowReducer } from "../../widget/flow.ts";
import {
  CONVERSATION,
  run,
  fresh,
  sendText,
  chatCall,
  handoffCall,
  NETWORK_DOWN,
  ACCEPTED,
  askingEmail,
  skipEmail,
  handoffResult,
  httpError,
} from "./flow-helpers.ts";

describe("email step", () => {
  test.each([
    { what: "an invalid email", draft: "jane@localhost" },
    { what: "an empty email (skipping is its own button)", draft: null },
  ])("$what is refused inline and nothing is sent", ({ draft }) => {
    const typed =
      draft === null ? askingEmail() : run(askingEmail(), { type: "email-draft", text: draft });
    const state = run(typed, { type: "submit-email" });
    expect(state.phase).toBe("asking-email");
    expect(state.inFlight).toBeNull();
    expect(state.emailError).toEqual({ kind: "invalid" });
    expect(state.emailDraft).toBe(draft ?? "");
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

  test("the first Skip sends nothing and says what it means; the second sends with email null", () => {
    const asking = askingEmail();
    const warned = run(asking, { type: "skip-email", requireEmail: false });
    expect(warned.phase).toBe("asking-email");
    expect(warned.inFlight).toBeNull();
    expect(warned.pending?.skipping).toBe(true);
    // Nothing new in the conversation: the warning lives in the email form, which stays open.
    expect(warned.messages).toEqual(asking.messages);
    const state = run(warned, { type: "skip-email", requireEmail: false });
    expect(state.phase).toBe("sending");
    expect(handoffCall(state).body.email).toBeNull();
  });

  test("an email typed after the warning is sent like any other", () => {
    const state = run(
      askingEmail(),
      { type: "skip-email", requireEmail: false },
      { type: "email-draft", text: "jane@example.com" },
      { type: "submit-email" },
    );
    expect(handoffCall(state).body.email).toBe("jane@example.com");
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
    const state = handoffResult(sending, ACCEPTED);
    expect(state.phase).toBe("handed-off");
    expect(state.pending).toBeNull();
    expect(state.inFlight).toBeNull();
    expect(state.messages.at(-1)).toMatchObject({
      role: "assistant",
      body: { kind: "handed-off", language: "da", email: "jane@example.com" },
    });
  });

  /** The email step submitted with `email`, or skipped when null. */
  function submitted(email: string | null): FlowState {
    if (email === null) return skipEmail(askingEmail());
    return run(askingEmail(), { type: "email-draft", text: email }, { type: "submit-email" });
  }

  test.each([
    {
      what: "invalid_email from the server",
      email: "jane@example.invalid",
      result: httpError(400, "invalid_email", "That address can't receive mail."),
      emailError: {
        kind: "rejected",
        message: "That address can't receive mail.",
        code: "invalid_email",
      },
    },
    {
      what: "email_required from the server",
      email: null,
      result: httpError(400, "email_required", "An email is required."),
      emailError: { kind: "rejected", message: "An email is required.", code: "email_required" },
    },
    {
      what: "a network error",
      email: "jane@example.com",
      result: NETWORK_DOWN,
      emailError: { kind: "failed", message: null },
    },
    {
      what: "a 5xx, like a network error,",
      email: "jane@example.com",
      result: httpError(503, "", ""),
      emailError: { kind: "failed", message: null },
    },
  ])(
    "$what returns to the email step with its message, keeping the email",
    ({ email, result, emailError }) => {
      const state = handoffResult(submitted(email), result);
      expect(state.phase).toBe("asking-email");
      expect(state.emailError).toEqual(emailError);
      expect(state.emailDraft).toBe(email ?? "");
      expect(state.pending).not.toBeNull();
    },
  );

  test.each([
    { what: "a network error", result: NETWORK_DOWN },
    { what: "a 5xx", result: httpError(503, "", "") },
  ])("after $what the same handoff can be sent again, as a new call", ({ result }) => {
    const sending = submitted("jane@example.com");
    const again = run(handoffResult(sending, result), { type: "submit-email" });
    expect(handoffCall(again).body).toEqual(handoffCall(sending).body);
    expect(handoffCall(again).id).not.toBe(handoffCall(sending).id);
  });

  test("a refusal that retrying can't fix ends the email step with a notice of its code (said in the visitor's language, not the server's English)", () => {
    const sending = skipEmail(askingEmail());
    const state = handoffResult(
      sending,
      httpError(403, "handoff_not_justified", "This conversation can't be handed off."),
    );
    expect(state.phase).toBe("chatting");
    expect(state.pending).toBeNull();
    expect(state.messages.at(-1)).toEqual({
      id: expect.any(Number),
      role: "notice",
      code: "handoff_not_justified",
    });
  });
});

describe("after the handoff", () => {
  function handedOff(): FlowState {
    const sending = skipEmail(askingEmail());
    return handoffResult(sending, ACCEPTED);
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
    const sending = skipEmail(askingEmail());
    const done = handoffResult(sending, ACCEPTED);
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

  test("a cancelled prompt reads as cancelled, and asking again leaves one open prompt", () => {
    const cancelled = run(askingEmail(), { type: "cancel-email" });
    expect(cancelled.messages.at(-1)).toMatchObject({
      role: "assistant",
      body: { kind: "ask-email", cancelled: true },
    });
    const again = sendText(cancelled, "I want to talk to a human");
    const prompts = again.messages.filter(
      (m) => m.role === "assistant" && m.body.kind === "ask-email",
    );
    expect(
      prompts.map(
        (m) => m.role === "assistant" && m.body.kind === "ask-email" && !!m.body.cancelled,
      ),
    ).toEqual([true, false]);
  });

  test("Cancel does nothing while the handoff is being sent", () => {
    const sending = skipEmail(askingEmail());
    expect(flowReducer(sending, { type: "cancel-email" })).toBe(sending);
  });
});
