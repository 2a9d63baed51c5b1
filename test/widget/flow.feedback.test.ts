import { describe, expect, test } from "vitest";
import type { ChatResponse } from "../../shared/api.ts";
import type { ApiResult } from "../../widget/api.ts";
import type { FlowState } from "../../widget/flow-state.ts";
import { flowReducer, personFirst } from "../../widget/flow.ts";
import { answer, CONVERSATION, chatResult, fresh, run, sendText } from "./flow-helpers.ts";

/** A conversation with one answered question; returns the state and the answer's entry id. */
function answered(state: FlowState = fresh(), text = "Where is my order?") {
  const sent = sendText(state, text);
  const next = chatResult(sent, answer("Let me check."));
  return { state: next, entryId: next.messages.at(-1)?.id ?? -1 };
}

describe("small talk and feedback", () => {
  test("an answer keeps the API's message id, for feedback", () => {
    expect(answered().state.messages.at(-1)).toMatchObject({
      body: { kind: "answer", messageId: "m1" },
    });
  });

  test("small talk is its own line: no sources, nothing to judge", () => {
    const sent = sendText(fresh(), "mange tak");
    const result: ApiResult<ChatResponse> = {
      ok: true,
      data: {
        conversationId: CONVERSATION,
        messageId: "m1",
        reply: { type: "small_talk", text: "Selv tak!", language: "da" },
      },
    };
    const state = chatResult(sent, result);
    expect(state.messages.at(-1)).toMatchObject({
      body: { kind: "small-talk", text: "Selv tak!" },
    });
    expect(state.language).toBe("da");
  });

  test("👎 records the verdict and offers a person in the visitor's language", () => {
    const { state, entryId } = answered();
    const next = run(state, {
      type: "feedback",
      entryId,
      helpful: false,
      language: "da",
      offerPerson: true,
    });
    expect(next.messages.find((m) => m.id === entryId)).toMatchObject({
      body: { helpful: false },
    });
    expect(next.messages.at(-1)).toMatchObject({
      role: "assistant",
      body: { kind: "offer-person", language: "da" },
    });
    expect(personFirst(next)).toBe(false);
  });

  test("👍 offers nothing, the same verdict twice changes nothing, and no offer when the site has no handoff button", () => {
    const { state, entryId } = answered();
    const liked = run(state, {
      type: "feedback",
      entryId,
      helpful: true,
      language: "en",
      offerPerson: true,
    });
    expect(liked.messages).toHaveLength(state.messages.length);
    expect(
      flowReducer(liked, {
        type: "feedback",
        entryId,
        helpful: true,
        language: "en",
        offerPerson: true,
      }),
    ).toBe(liked);
    const disliked = run(state, {
      type: "feedback",
      entryId,
      helpful: false,
      language: "en",
      offerPerson: false,
    });
    expect(disliked.messages).toHaveLength(state.messages.length);
  });

  test("after two 👎 in one conversation a person is offered first", () => {
    const first = answered();
    const once = run(first.state, {
      type: "feedback",
      entryId: first.entryId,
      helpful: false,
      language: "en",
      offerPerson: true,
    });
    const second = answered(once, "And the invoice?");
    const twice = run(second.state, {
      type: "feedback",
      entryId: second.entryId,
      helpful: false,
      language: "en",
      offerPerson: true,
    });
    expect(personFirst(twice)).toBe(true);
  });

  test("a verdict on anything but an answer is ignored", () => {
    const { state } = answered();
    const visitorLine = state.messages.find((m) => m.role === "visitor");
    expect(
      flowReducer(state, {
        type: "feedback",
        entryId: visitorLine?.id ?? -1,
        helpful: false,
        language: "en",
        offerPerson: true,
      }),
    ).toBe(state);
  });
});
