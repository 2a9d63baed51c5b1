import { describe, expect, test } from "vitest";
import { MAX_MESSAGE_LENGTH } from "../../shared/limits.ts";
import { flowReducer } from "../../widget/flow.ts";
import type { FlowState } from "../../widget/flow-state.ts";
import {
  KEYWORDS,
  CONVERSATION,
  run,
  fresh,
  sendText,
  chatCall,
  answer,
  NETWORK_DOWN,
  chatResult,
  httpError,
} from "./flow-helpers.ts";

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
    const state = chatResult(sent, answer("Yes, we do."));
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
    const state = chatResult(sent, answer("Hello", "server-conv-42"));
    expect(state.conversationId).toBe("server-conv-42");
    expect(chatCall(sendText(state, "Next")).body.conversationId).toBe("server-conv-42");
  });

  test("keeps its own conversation id when the server's isn't a valid id", () => {
    const sent = sendText(fresh(), "Hi");
    const state = chatResult(sent, answer("Hello", "bad id!"));
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
  test.each([
    {
      what: "a network error marks the message failed and keeps its text",
      result: NETWORK_DOWN,
      failure: { kind: "network" },
    },
    {
      what: "a 5xx counts as a network failure, not as a message to show",
      result: httpError(500, "internal_error", "Boom."),
      failure: { kind: "network" },
    },
    {
      what: "a 4xx with a message keeps the server's explanation",
      result: httpError(429, "rate_limited", "Slow down."),
      failure: { kind: "server", message: "Slow down.", code: "rate_limited" },
    },
  ])("$what", ({ result, failure }) => {
    const state = chatResult(sendText(fresh(), "Do you ship to Norway?"), result);
    expect(state.inFlight).toBeNull();
    expect(state.messages).toEqual([
      {
        id: expect.any(Number),
        role: "visitor",
        text: "Do you ship to Norway?",
        status: "failed",
        failure,
      },
    ]);
  });

  test("retry resends the same text as a new call and the answer lands", () => {
    const sent = sendText(fresh(), "Do you ship to Norway?");
    const failed = chatResult(sent, NETWORK_DOWN);
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

  test("a message a full conversation refused (409 conversation_full) starts a new conversation, as its first message", () => {
    // A conversation with an answer and two 👎 behind it, then the worker's limit.
    const earlier = chatResult(sendText(fresh(), "Do you ship to Norway?"), answer("Yes."));
    const before: FlowState = {
      ...earlier,
      language: "da",
      email: "jane@example.com",
      unhelpful: 2,
    };
    const full = chatResult(
      run(
        before,
        { type: "draft", text: "How long does delivery take?" },
        {
          type: "send",
          keywords: KEYWORDS,
          language: "da",
        },
      ),
      httpError(409, "conversation_full", "This conversation has reached its limit."),
    );
    const failed = full.messages.at(-1);
    expect(failed).toMatchObject({
      role: "visitor",
      status: "failed",
      failure: { kind: "server", code: "conversation_full" },
    });
    const entryId = failed?.id ?? -1;
    // Back online changes nothing: it wasn't the network.
    expect(run(full, { type: "online", language: "da" })).toBe(full);

    const restarted = run(full, {
      type: "retry",
      entryId,
      language: "da",
      conversationId: "conv-client-0002",
    });
    expect(restarted.conversationId).toBe("conv-client-0002");
    expect(chatCall(restarted).body).toEqual({
      site: "acme",
      conversationId: "conv-client-0002",
      message: "How long does delivery take?",
    });
    // The full conversation's lines go; the refused message is the new one's first.
    expect(restarted.messages).toEqual([{ ...failed, status: "pending", failure: null }]);
    // The visitor's language and address stay; the verdicts were the old conversation's.
    expect(restarted).toMatchObject({
      phase: "chatting",
      language: "da",
      email: "jane@example.com",
      unhelpful: 0,
    });

    // Another refusal keeps Retry: it sends the message again in the same conversation.
    const limited = chatResult(sendText(fresh(), "Hi"), httpError(429, "rate_limited", "Slow."));
    const again = run(limited, {
      type: "retry",
      entryId: limited.messages[0]?.id ?? -1,
      language: "en",
      conversationId: "conv-client-0002",
    });
    expect(chatCall(again).body.conversationId).toBe(CONVERSATION);
    expect(again.messages).toHaveLength(1);
  });

  test("retry of a message that didn't fail does nothing", () => {
    const sent = sendText(fresh(), "Hi");
    const done = chatResult(sent, answer("Hello"));
    const entryId = done.messages[0]?.id ?? -1;
    expect(flowReducer(done, { type: "retry", entryId, language: "en" })).toBe(done);
  });
});

describe("back online", () => {
  test("resends the newest message that failed for want of a network", () => {
    const sent = sendText(fresh(), "Do you ship to Norway?");
    const failed = chatResult(sent, NETWORK_DOWN);
    const state = run(failed, { type: "online", language: "en" });
    expect(chatCall(state).body.message).toBe("Do you ship to Norway?");
    expect(state.messages[0]).toMatchObject({ status: "pending", failure: null });
  });

  test("leaves a message the server refused (it would be refused again) and a settled flow alone", () => {
    const sent = sendText(fresh(), "Hi");
    const refused = chatResult(sent, httpError(429, "rate_limited", "Slow down."));
    expect(flowReducer(refused, { type: "online", language: "en" })).toBe(refused);
    expect(flowReducer(fresh(), { type: "online", language: "en" })).toEqual(fresh());
  });
});
