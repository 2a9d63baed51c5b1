/** Shared by the flow tests: the site's keywords, API results, and states reached as visitors do. */
import type { ChatResponse, HandoffAccepted } from "../../shared/api.ts";
import type { Language } from "../../shared/languages.ts";
import type { ApiResult } from "../../widget/api.ts";
import {
  type Call,
  createFlow,
  type FlowAction,
  type FlowState,
  type SiteKeywords,
} from "../../widget/flow-state.ts";
import { flowReducer } from "../../widget/flow.ts";

// As the config endpoint sends them: each default phrase with its language, a site's own with null.
export const KEYWORDS: SiteKeywords = {
  phrases: ["talk to a human", "tale med en person", "book a consultation"],
  languages: ["en", "da", null],
};
export const CONVERSATION = "conv-client-0001";

export function run(state: FlowState, ...actions: FlowAction[]): FlowState {
  return actions.reduce(flowReducer, state);
}

export function fresh(): FlowState {
  return createFlow("acme", CONVERSATION);
}

export function sendText(state: FlowState, text: string, language: "en" | "da" = "en"): FlowState {
  return run(state, { type: "draft", text }, { type: "send", keywords: KEYWORDS, language });
}

export function chatCall(state: FlowState): Extract<Call, { kind: "chat" }> {
  const call = state.inFlight;
  if (call?.kind !== "chat") throw new Error(`expected a chat call, got ${JSON.stringify(call)}`);
  return call;
}

export function handoffCall(state: FlowState): Extract<Call, { kind: "handoff" }> {
  const call = state.inFlight;
  if (call?.kind !== "handoff")
    throw new Error(`expected a handoff call, got ${JSON.stringify(call)}`);
  return call;
}

export function answer(
  text: string,
  conversationId = CONVERSATION,
  language: Language | null = "en",
): ApiResult<ChatResponse> {
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
        language,
      },
    },
  };
}

export function lowConfidence(language: Language | null = null): ApiResult<ChatResponse> {
  return {
    ok: true,
    data: {
      conversationId: CONVERSATION,
      messageId: "m1",
      reply: { type: "handoff", reason: "low_confidence", confidence: 0.1, language },
    },
  };
}

export const NETWORK_DOWN = { ok: false, error: { kind: "network" } } as const;
export const ACCEPTED: ApiResult<HandoffAccepted> = { ok: true, data: { handoffId: "h1" } };

/** A state in the email step for `message`, reached through a keyword. */
export function askingEmail(message = "I want to talk to a human"): FlowState {
  return sendText(fresh(), message);
}

/** Skip the email step as a visitor does: once to hear what it means, once to confirm. */
export function skipEmail(state: FlowState): FlowState {
  const skip: FlowAction = { type: "skip-email", requireEmail: false };
  return run(state, skip, skip);
}

/** The server's reply to the chat call in flight in `sent`. */
export function chatResult(sent: FlowState, result: ApiResult<ChatResponse>): FlowState {
  return flowReducer(sent, {
    type: "chat-result",
    keywords: KEYWORDS,
    callId: chatCall(sent).id,
    result,
  });
}

/** The server's answer to the handoff call in flight in `sending`. */
export function handoffResult(sending: FlowState, result: ApiResult<HandoffAccepted>): FlowState {
  return flowReducer(sending, { type: "handoff-result", callId: handoffCall(sending).id, result });
}

/** The server's refusal with `status`, as the API client reports it. */
export function httpError(status: number, code: string, message: string) {
  return { ok: false, error: { kind: "http", status, code, message } } as const;
}
