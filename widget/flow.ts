/**
 * The visitor flow as one pure state machine: `chatting → asking-email → sending → handed-off`,
 * and back to `chatting` when the visitor writes again after a handoff. "Talk to a person"
 * goes through `asking-need` first: the visitor says what a person should read, in their words.
 *
 * The reducer never touches the network. When a transition needs the API it puts a `Call` in
 * `inFlight`; the app runs it and reports back with `chat-result` / `handoff-result`, carrying
 * the call's id so a late answer to an abandoned call can't change the state.
 */
import type {
  ChatRequest,
  ChatResponse,
  ErrorCode,
  HandoffAccepted,
  HandoffRequest,
} from "../shared/api.ts";
import { isValidEmail } from "../shared/email.ts";
import { matchKeyword } from "../shared/keywords.ts";
import type { ReplyLanguage } from "../shared/languages.ts";
import { CONVERSATION_ID_PATTERN, MAX_MESSAGE_LENGTH, MAX_SUGGESTIONS } from "../shared/limits.ts";
import type { ApiError, ApiResult } from "./api.ts";
import {
  append,
  appendVisitor,
  askForEmail,
  askForNeed,
  cancelLast,
  entryById,
  findLast,
  replaceEntry,
} from "./flow-entries.ts";
import {
  acceptOffer,
  canRequestPerson,
  feedback,
  notSure,
  offerIsLive,
  pick,
} from "./flow-offers.ts";
import type {
  Call,
  EmailError,
  Entry,
  Failure,
  FlowAction,
  FlowState,
  PendingHandoff,
  SiteKeywords,
} from "./flow-state.ts";

export { canRequestPerson, offerIsLive };

/**
 * The one place the visitor flow changes.
 *
 * @example
 * let state = createFlow("acme", "conversation-1");
 * state = flowReducer(state, { type: "draft", text: "talk to a human" });
 * const keywords = { phrases: ["talk to a human"], languages: ["en"] };
 * state = flowReducer(state, { type: "send", keywords, language: "en" });
 * state.phase; // "asking-email", and state.inFlight is null: no /v1/chat call
 */
export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case "draft":
      return { ...state, draft: action.text, draftError: null };
    case "send":
      return send(state, action.keywords, action.language);
    case "retry":
      return retry(state, action.entryId, action.language, action.conversationId);
    case "online": {
      const failed = findLast(state, (m) => m.role === "visitor" && m.status === "failed");
      if (failed?.role !== "visitor" || failed.failure?.kind !== "network") return state;
      return retry(state, failed.id, action.language);
    }
    case "chat-result":
      if (state.inFlight?.kind !== "chat" || state.inFlight.id !== action.callId) return state;
      return chatResult(state, state.inFlight, action.result, action.keywords);
    case "request-person":
      return requestPerson(state, action.language);
    case "accept-offer":
      return acceptOffer(state, action.entryId, action.language);
    case "pick":
      return pick(state, action.entryId, action.index);
    case "cancel-need":
      if (state.phase !== "asking-need") return state;
      return { ...cancelLast(state, "ask-need"), phase: "chatting" };
    case "email-draft":
      return {
        ...state,
        emailDraft: action.text,
        emailError: state.emailError?.kind === "failed" ? state.emailError : null,
      };
    case "submit-email":
      return submitEmail(state);
    case "skip-email":
      if (state.phase !== "asking-email" || action.requireEmail || !state.pending) return state;
      if (!state.pending.skipping) {
        return { ...state, pending: { ...state.pending, skipping: true }, emailError: null };
      }
      return startHandoff(state, null);
    case "cancel-email":
      if (state.phase !== "asking-email") return state;
      return {
        ...cancelLast(state, "ask-email"),
        phase: "chatting",
        pending: null,
        emailError: null,
      };
    case "handoff-result":
      if (state.inFlight?.kind !== "handoff" || state.inFlight.id !== action.callId) return state;
      return handoffResult(state, state.inFlight, action.result);
    case "feedback":
      return feedback(state, action);
  }
}

/** Whether "Talk to a person" comes first: the visitor found two answers unhelpful. */
export function personFirst(state: FlowState): boolean {
  return (state.unhelpful ?? 0) >= 2;
}

/** Whether the visitor may write (or ask for a person) now. */
export function canChat(state: FlowState): boolean {
  return (state.phase === "chatting" || state.phase === "handed-off") && state.inFlight === null;
}

/** Whether the composer takes a message now: chatting, or saying what a person should read. */
export function canWrite(state: FlowState): boolean {
  return canChat(state) || (state.phase === "asking-need" && state.inFlight === null);
}

function send(state: FlowState, keywords: SiteKeywords, language: ReplyLanguage): FlowState {
  if (!canWrite(state)) return state;
  const text = state.draft.trim();
  if (text.length === 0) return state;
  if (text.length > MAX_MESSAGE_LENGTH) return { ...state, draftError: "too-long" };
  if (state.phase === "asking-need") {
    // The visitor's own words are what the person reads; nothing goes to /v1/chat.
    const need = findLast(state, (m) => m.role === "assistant");
    const needLanguage =
      need?.role === "assistant" && need.body.kind === "ask-need" ? need.body.language : language;
    const next = appendVisitor(
      { ...state, draft: "", draftError: null },
      state.nextId,
      text,
      "sent",
    );
    return askForEmail(next, { message: text, reason: "visitor_request", language: needLanguage });
  }

  const match = matchKeyword(text, keywords.phrases);
  const id = state.nextId;
  const cleared: FlowState = { ...state, draft: "", draftError: null };
  if (match) {
    // The worker would hand off anyway; asking for the email straight away saves a round trip.
    const phraseLanguage = keywords.languages[match.index] ?? null;
    const next = appendVisitor(
      { ...cleared, language: phraseLanguage ?? state.language ?? null },
      id,
      text,
      "sent",
    );
    const pending: PendingHandoff = {
      message: text,
      reason: "keyword",
      language: phraseLanguage ?? language,
    };
    return askForEmail(next, pending);
  }
  const next = appendVisitor({ ...cleared, phase: "chatting" }, id, text, "pending");
  return withChatCall(next, id, text, language);
}

function retry(
  state: FlowState,
  entryId: number,
  language: ReplyLanguage,
  conversationId?: string,
): FlowState {
  if (!canChat(state)) return state;
  const entry = entryById(state, entryId);
  if (entry?.role !== "visitor" || entry.status !== "failed") return state;
  const pending: Entry = { ...entry, status: "pending", failure: null };
  // A full conversation would refuse the message again: it starts a new conversation instead,
  // whose first line it is. The visitor's language, address and draft stay; the full one's
  // lines, offers and verdicts go.
  const next =
    entry.failure?.code === "conversation_full" && conversationId
      ? { ...state, conversationId, messages: [pending], unhelpful: 0 }
      : replaceEntry(state, entry, pending);
  return withChatCall({ ...next, phase: "chatting" }, entryId, entry.text, language);
}

function chatResult(
  state: FlowState,
  call: Extract<Call, { kind: "chat" }>,
  result: ApiResult<ChatResponse>,
  keywords: SiteKeywords,
): FlowState {
  if (!result.ok) {
    return {
      ...updateVisitor(state, call.entryId, "failed", failureOf(result.error)),
      inFlight: null,
    };
  }
  const { reply, conversationId } = result.data;
  // A worker from before `language` leaves it out: nothing learnt, nothing changed.
  const spoken = reply.language ?? null;
  const next: FlowState = {
    ...updateVisitor(state, call.entryId, "sent", null),
    inFlight: null,
    language: spoken ?? state.language ?? null,
    // The worker may have replaced an id it couldn't use; from now on, speak its id.
    conversationId: CONVERSATION_ID_PATTERN.test(conversationId)
      ? conversationId
      : state.conversationId,
  };
  if (reply.type === "answer") {
    const { text, sources } = reply;
    const messageId = result.data.messageId;
    const suggestions = (reply.suggestions ?? []).slice(0, MAX_SUGGESTIONS);
    return append(next, {
      role: "assistant",
      body: {
        kind: "answer",
        language: spoken ?? undefined,
        text,
        sources,
        messageId,
        ...(suggestions.length > 0 ? { suggestions } : {}),
      },
    });
  }
  if (reply.type === "small_talk") {
    return append(next, {
      role: "assistant",
      body: { kind: "small-talk", language: spoken ?? undefined, text: reply.text },
    });
  }
  const language =
    spoken ??
    (reply.reason === "keyword"
      ? (keywords.languages[keywords.phrases.indexOf(reply.matched)] ?? call.language)
      : call.language);
  if (reply.reason === "low_confidence") {
    const offered = notSure(next, reply, call.body.message, result.data.messageId, language);
    if (offered) return offered;
  }
  return askForEmail(next, { message: call.body.message, reason: reply.reason, language });
}

function requestPerson(state: FlowState, language: ReplyLanguage): FlowState {
  if (!canRequestPerson(state)) return state;
  // Never the previous question: it was answered, and the person would read it twice. The
  // visitor says what they need instead.
  return askForNeed(state, language);
}

function submitEmail(state: FlowState): FlowState {
  if (state.phase !== "asking-email") return state;
  const email = state.emailDraft.trim();
  if (!isValidEmail(email)) return { ...state, emailError: { kind: "invalid" } };
  return startHandoff(state, email);
}

function startHandoff(state: FlowState, email: string | null): FlowState {
  if (!state.pending) return state;
  const body: HandoffRequest = {
    site: state.site,
    conversationId: state.conversationId,
    message: state.pending.message,
    email,
    reason: state.pending.reason,
  };
  return {
    ...state,
    phase: "sending",
    emailError: null,
    inFlight: { kind: "handoff", id: state.nextId, body },
    nextId: state.nextId + 1,
  };
}

/** Codes with which the API refuses the address itself: the visitor fixes it in the field. */
const EMAIL_REFUSALS: readonly string[] = ["invalid_email", "email_required"] satisfies ErrorCode[];

function handoffResult(
  state: FlowState,
  call: Extract<Call, { kind: "handoff" }>,
  result: ApiResult<HandoffAccepted>,
): FlowState {
  const settled = { ...state, inFlight: null };
  if (result.ok) {
    const language = state.pending?.language ?? "en";
    return append(
      {
        ...settled,
        phase: "handed-off",
        pending: null,
        emailDraft: "",
        emailError: null,
        email: call.body.email ?? state.email ?? null,
      },
      { role: "assistant", body: { kind: "handed-off", language, email: call.body.email ?? null } },
    );
  }
  // No answer at all reads as an answer without status, code or message.
  const { status = 0, code = "", message = "" } = result.error.kind === "http" ? result.error : {};
  if (EMAIL_REFUSALS.includes(code)) {
    const emailError: EmailError = message
      ? { kind: "rejected", message, code }
      : { kind: "invalid" };
    return { ...settled, phase: "asking-email", emailError };
  }
  if (status < 500 && status !== 429 && message) {
    // Refused for good (say, the handoff isn't justified any more): trying again can't help, so
    // say so, in the visitor's language (the reason is English, for a developer), and let the
    // visitor carry on chatting.
    return append(
      { ...settled, phase: "chatting", pending: null, emailError: null },
      { role: "notice", code },
    );
  }
  return {
    ...settled,
    phase: "asking-email",
    emailError: {
      kind: "failed",
      message: (status === 429 && message) || null,
      code: code || undefined,
    },
  };
}

function withChatCall(
  state: FlowState,
  entryId: number,
  message: string,
  language: ReplyLanguage,
): FlowState {
  const body: ChatRequest = { site: state.site, conversationId: state.conversationId, message };
  return {
    ...state,
    inFlight: { kind: "chat", id: state.nextId, entryId, language, body },
    nextId: state.nextId + 1,
  };
}

function failureOf(error: ApiError): Failure {
  // A 5xx is the server's bug and a network error is nobody's: both deserve "try again".
  // A 4xx with a message says something the visitor can act on (slow down, shorten it).
  if (error.kind === "network" || error.status >= 500 || !error.message) return { kind: "network" };
  return { kind: "server", message: error.message, code: error.code };
}

function updateVisitor(
  state: FlowState,
  entryId: number,
  status: "sent" | "failed",
  failure: Failure | null,
): FlowState {
  const entry = entryById(state, entryId);
  return entry?.role === "visitor"
    ? replaceEntry(state, entry, { ...entry, status, failure })
    : state;
}
