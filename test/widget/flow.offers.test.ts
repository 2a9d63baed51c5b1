import { describe, expect, test } from "vitest";
import type { ChatResponse, Suggestion } from "../../shared/api.ts";
import type { ApiResult } from "../../widget/api.ts";
import { canRequestPerson, flowReducer, offerIsLive } from "../../widget/flow.ts";
import {
  ACCEPTED,
  answer,
  CONVERSATION,
  chatCall,
  fresh,
  handoffCall,
  lowConfidence,
  run,
  sendText,
  skipEmail,
  handoffResult,
} from "./flow-helpers.ts";
import type { FlowState } from "../../widget/flow-state.ts";
import { EXCHANGES, SIZES } from "./suggestion-fixtures.ts";

function notSureReply(extra: {
  suggestions?: Suggestion[];
  about?: "off_topic" | "unclear" | "not_covered" | "complaint";
}): ApiResult<ChatResponse> {
  return {
    ok: true,
    data: {
      conversationId: CONVERSATION,
      messageId: "m7",
      reply: {
        type: "handoff",
        reason: "low_confidence",
        confidence: 0.2,
        language: "en",
        ...extra,
      },
    },
  };
}

function reply(state: FlowState, result: ApiResult<ChatResponse>): FlowState {
  return flowReducer(state, {
    type: "chat-result",
    callId: chatCall(state).id,
    result,
    keywords: { phrases: [], languages: [] },
  });
}

/** An answer, judged 👎 with a person offered; returns the state and the offer's entry id. */
function offered(): { state: FlowState; offerId: number } {
  let state = reply(sendText(fresh(), "When does my order ship?"), answer("In 3 days."));
  const answerId = state.messages.at(-1)?.id ?? -1;
  state = flowReducer(state, {
    type: "feedback",
    entryId: answerId,
    helpful: false,
    language: "en",
    offerPerson: true,
  });
  return { state, offerId: state.messages.at(-1)?.id ?? -1 };
}

describe("offers of a person", () => {
  test("'Yes, get a person' after a 👎 passes on the question that failed", () => {
    const { state, offerId } = offered();
    expect(state.messages.at(-1)).toMatchObject({
      body: { kind: "offer-person", question: "When does my order ship?" },
    });
    const next = flowReducer(state, { type: "accept-offer", entryId: offerId, language: "en" });
    expect(next.phase).toBe("asking-email");
    expect(next.pending).toEqual({
      message: "When does my order ship?",
      reason: "visitor_request",
      language: "en",
    });
  });

  test("once a way to a person is taken, an older offer never starts a second handoff", () => {
    const { state, offerId } = offered();
    // The visitor takes "Talk to a person" instead, hands off, then writes again.
    let next = run(state, { type: "request-person", language: "en" });
    next = run(
      next,
      { type: "draft", text: "Please call me" },
      { type: "send", keywords: { phrases: [], languages: [] }, language: "en" },
    );
    next = skipEmail(next);
    next = handoffResult(next, ACCEPTED);
    next = reply(sendText(next, "Another question"), answer("Sure."));
    expect(canRequestPerson(next)).toBe(true);
    expect(offerIsLive(next, offerId)).toBe(false);
    const after = flowReducer(next, { type: "accept-offer", entryId: offerId, language: "en" });
    expect(after).toBe(next);
  });

  test("a second handoff offers the email given for the first, which stays editable", () => {
    let state = sendText(fresh(), "talk to a human");
    state = run(state, { type: "email-draft", text: "jane@example.com" }, { type: "submit-email" });
    state = handoffResult(state, ACCEPTED);
    state = sendText(state, "talk to a human again");
    expect(state.phase).toBe("asking-email");
    expect(state.emailDraft).toBe("jane@example.com");
    expect(state.messages.at(-1)).toMatchObject({
      body: { kind: "ask-email", email: "jane@example.com" },
    });
    state = run(
      state,
      { type: "email-draft", text: "jane@work.example" },
      { type: "submit-email" },
    );
    expect(handoffCall(state).body.email).toBe("jane@work.example");
  });
});

describe("a low-confidence reply with suggestions", () => {
  test("offers the articles beside a person, and the visitor may keep writing", () => {
    const state = reply(
      sendText(fresh(), "can I swap my shoes"),
      notSureReply({ suggestions: [EXCHANGES, SIZES] }),
    );
    expect(state.phase).toBe("chatting");
    expect(state.pending).toBeNull();
    expect(state.messages.at(-1)).toMatchObject({
      role: "assistant",
      body: {
        kind: "not-sure",
        question: "can I swap my shoes",
        messageId: "m7",
        suggestions: [EXCHANGES, SIZES],
      },
    });
  });

  test("a pick shows that article's answer with its link, once", () => {
    let state = reply(
      sendText(fresh(), "can I swap my shoes"),
      notSureReply({ suggestions: [EXCHANGES] }),
    );
    const offerId = state.messages.at(-1)?.id ?? -1;
    state = flowReducer(state, { type: "pick", entryId: offerId, index: 0 });
    expect(state.messages.at(-1)).toMatchObject({
      role: "assistant",
      body: {
        kind: "answer",
        text: EXCHANGES.text,
        sources: [{ title: "Exchanges", url: EXCHANGES.url }],
      },
    });
    expect(flowReducer(state, { type: "pick", entryId: offerId, index: 0 })).toBe(state);
  });

  test("the person stays one click away: the low-confidence handoff with the same message", () => {
    let state = reply(sendText(fresh(), "weather tomorrow"), notSureReply({ about: "off_topic" }));
    const offerId = state.messages.at(-1)?.id ?? -1;
    state = flowReducer(state, { type: "accept-offer", entryId: offerId, language: "en" });
    expect(state.pending).toEqual({
      message: "weather tomorrow",
      reason: "low_confidence",
      language: "en",
    });
  });

  test("without suggestions or a reason, the email step follows at once, as before", () => {
    const state = reply(sendText(fresh(), "hmm"), lowConfidence("en"));
    expect(state.phase).toBe("asking-email");
  });
});

describe("an answer with alternatives", () => {
  function answeredWith(suggestions: Suggestion[]): FlowState {
    const base = answer("You can return it within 30 days.");
    if (!base.ok || base.data.reply.type !== "answer") throw new Error("expected an answer");
    return reply(sendText(fresh(), "can I swap my shoes"), {
      ok: true,
      data: { ...base.data, reply: { ...base.data.reply, suggestions } },
    });
  }
  const dislike = (state: FlowState, offerPerson = true) =>
    flowReducer(state, {
      type: "feedback",
      entryId: state.messages.at(-1)?.id ?? -1,
      helpful: false,
      language: "en",
      offerPerson,
    });

  test("shows only the answer until the visitor says it didn't help", () => {
    const state = answeredWith([EXCHANGES]);
    expect(state.messages.at(-1)).toMatchObject({
      body: { kind: "answer", suggestions: [EXCHANGES] },
    });
    expect(state.messages.filter((m) => m.role === "assistant")).toHaveLength(1);
  });

  test("👎 offers them beside a person, and a pick shows that article's answer", () => {
    let state = dislike(answeredWith([EXCHANGES, SIZES]));
    const offer = state.messages.at(-1);
    expect(offer).toMatchObject({
      role: "assistant",
      body: {
        kind: "not-sure",
        question: "can I swap my shoes",
        messageId: "m1",
        suggestions: [EXCHANGES, SIZES],
        afterAnswer: { person: true },
      },
    });
    state = flowReducer(state, { type: "pick", entryId: offer?.id ?? -1, index: 1 });
    expect(state.messages.at(-1)).toMatchObject({
      body: { kind: "answer", text: SIZES.text, sources: [{ title: "Sizes", url: null }] },
    });
  });

  test("the person it leads to is the visitor's own request, not a low-confidence handoff", () => {
    let state = dislike(answeredWith([EXCHANGES]));
    state = flowReducer(state, {
      type: "accept-offer",
      entryId: state.messages.at(-1)?.id ?? -1,
      language: "en",
    });
    expect(state.pending).toEqual({
      message: "can I swap my shoes",
      reason: "visitor_request",
      language: "en",
    });
  });

  test("where the site offers no person, the articles are offered alone", () => {
    const state = dislike(answeredWith([EXCHANGES]), false);
    const offerId = state.messages.at(-1)?.id ?? -1;
    expect(state.messages.at(-1)).toMatchObject({
      body: { kind: "not-sure", afterAnswer: { person: false } },
    });
    expect(flowReducer(state, { type: "accept-offer", entryId: offerId, language: "en" })).toBe(
      state,
    );
  });

  test("an answer without alternatives still offers the person after 👎, as before", () => {
    expect(dislike(answeredWith([])).messages.at(-1)).toMatchObject({
      body: { kind: "offer-person" },
    });
  });
});
