/**
 * The visitor flow's state and the actions that change it (`flow.ts` is the reducer): what one
 * conversation in the widget holds, from the first message to the handoff.
 */
import type {
  ChatRequest,
  HandoffReason,
  HandoffRequest,
  Source,
  Suggestion,
  SuggestionAbout,
} from "../shared/api.ts";
import type { Language, ReplyLanguage } from "../shared/languages.ts";
import type { ApiResult } from "./api.ts";
import type { ChatResponse, HandoffAccepted } from "../shared/api.ts";

export type Phase = "chatting" | "asking-need" | "asking-email" | "sending" | "handed-off";

/**
 * The site's effective phrases (the config's `keywords`) and, parallel to them, each one's
 * language, or null for a site's own phrase (the config's `keywordLanguages`).
 */
export interface SiteKeywords {
  phrases: readonly string[];
  languages: readonly (Language | null)[];
}

/** Why a visitor message didn't get through: no usable answer, or a refusal worth showing. */
export type Failure =
  | { kind: "network"; code?: undefined }
  /** `code`: the API's error code, so a known refusal (rate_limited) is said in the visitor's language. */
  | { kind: "server"; message: string; code?: string };

/** What the assistant says: an answer from the API, or one of the flow's own lines. */
export type AssistantBody =
  /**
   * `messageId` (the API's, for feedback; absent in sessions saved before it) and the visitor's
   * verdict on it, once given.
   */
  /**
   * `suggestions`: the other articles the worker offered, shown if the visitor says 👎.
   * `language`: the reply's (absent from older workers and sessions), marked on its line so a
   * screen reader reads it in that language after the rest of the widget switches (WCAG 3.1.2).
   */
  | {
      kind: "answer";
      language?: ReplyLanguage;
      text: string;
      sources: Source[];
      messageId?: string;
      helpful?: boolean;
      suggestions?: Suggestion[];
    }
  /** A greeting, thanks or goodbye answered in kind: no sources, no verdict asked. */
  | { kind: "small-talk"; language?: ReplyLanguage; text: string }
  /**
   * After an unhelpful answer: "Want me to get a person?". `question`: what the visitor asked,
   * passed on to the person when they say yes (absent in sessions saved before it).
   */
  | { kind: "offer-person"; language: ReplyLanguage; question?: string }
  /**
   * A low-confidence reply the worker explained: the likely articles ("Is it one of these?"), or
   * why there are none (`about`), beside a person one click away. `messageId` is the reply's,
   * for `POST /v1/feedback {picked}`; `picked` the suggestions chosen so far, by index.
   */
  | {
      kind: "not-sure";
      language: ReplyLanguage;
      question: string;
      messageId: string;
      suggestions: Suggestion[];
      about?: NotSureAbout;
      picked?: number[];
      /**
       * Offered after an answer the visitor said didn't help, rather than instead of one: the
       * person it leads to is asked for by the visitor (`visitor_request`), and only where the
       * site offers that (`person`).
       */
      afterAnswer?: { person: boolean };
    }
  /**
   * `cancelled`: the visitor left the step; the line then says so instead of asking. `email`:
   * the address the visitor gave for an earlier handoff, offered again.
   */
  | { kind: "ask-email"; language: ReplyLanguage; cancelled?: boolean; email?: string }
  /** "Talk to a person": what should a person read? */
  | { kind: "ask-need"; language: ReplyLanguage; cancelled?: boolean }
  | { kind: "handed-off"; language: ReplyLanguage; email: string | null };

/** Why a low-confidence reply has no answer, as the worker told it. */
export type NotSureAbout = SuggestionAbout;

/** One line of the conversation. */
export type Entry =
  | {
      id: number;
      role: "visitor";
      text: string;
      status: "pending" | "sent" | "failed";
      failure: Failure | null;
    }
  | { id: number; role: "assistant"; body: AssistantBody }
  /**
   * A refusal of the API that ended a step (a handoff the worker won't take), said in the
   * panel's language by its `code` (see `refusalText`). A notice restored from before had the
   * API's English message as `text` instead, and reads as an unknown code's.
   */
  | { id: number; role: "notice"; code: string }
  /** A reply of the site's team to the handoff; `serverId` is its id in the conversation. */
  | { id: number; role: "team"; text: string; author: string | null; serverId: string };

/** The handoff the email step is collecting an address for. */
export interface PendingHandoff {
  message: string;
  reason: HandoffReason;
  /** The language the email step speaks: the matched phrase's, else the UI's. */
  language: ReplyLanguage;
  /** The visitor pressed Skip once and was told that nobody can reply without an email. */
  skipping?: boolean;
}

/** What is wrong with the email step: the address itself (field errors) or the delivery. */
export type EmailError =
  | { kind: "invalid" }
  | { kind: "rejected"; message: string; code?: string }
  | { kind: "failed"; message: string | null; code?: string };

/** An API call the app must run for the current state. */
export type Call =
  | { kind: "chat"; id: number; entryId: number; language: ReplyLanguage; body: ChatRequest }
  | { kind: "handoff"; id: number; body: HandoffRequest };

export interface FlowState {
  site: string;
  conversationId: string;
  phase: Phase;
  messages: Entry[];
  /** The composer's text: kept in state so a refused send never loses it. */
  draft: string;
  draftError: "too-long" | null;
  pending: PendingHandoff | null;
  emailDraft: string;
  emailError: EmailError | null;
  /** At most one call at a time: the composer waits for the answer before the next message. */
  inFlight: Call | null;
  /**
   * The language the visitor writes in, once known: the last reply's `language`, or a matched
   * handoff phrase's. The whole UI speaks it from then on. Absent in sessions saved before it.
   */
  language?: ReplyLanguage | null;
  /**
   * Entries before this id no longer offer a person: the visitor took one way to a person, and
   * an older offer must not start a second handoff.
   */
  offersBefore?: number;
  /** The address the visitor gave for a handoff in this conversation, offered for the next one. */
  email?: string | null;
  /** How many answers the visitor found unhelpful: from two on, a person is offered first. */
  unhelpful?: number;
  nextId: number;
}

export type FlowAction =
  | { type: "draft"; text: string }
  /** Send the draft; `keywords` are the site's phrases, `language` the UI's. */
  | { type: "send"; keywords: SiteKeywords; language: ReplyLanguage }
  /**
   * Send a failed message again. One a full conversation refused (`conversation_full`) goes as
   * the first message of a new conversation, `conversationId` (the app makes one for every
   * Retry: the reducer is pure).
   */
  | { type: "retry"; entryId: number; language: ReplyLanguage; conversationId?: string }
  /** The browser is back online: resend the newest message that failed for want of a network. */
  | { type: "online"; language: ReplyLanguage }
  /** `keywords` tell the language of a phrase the worker matched. */
  | { type: "chat-result"; callId: number; result: ApiResult<ChatResponse>; keywords: SiteKeywords }
  /** The "Talk to a person" button: asks the visitor what a person should read. */
  | { type: "request-person"; language: ReplyLanguage }
  /**
   * "Yes, get a person" on an offer (after a 👎, or a low-confidence reply): its question goes
   * to the email step, with no need to write it again.
   */
  | { type: "accept-offer"; entryId: number; language: ReplyLanguage }
  /** A suggestion chosen from a low-confidence reply: its answer is shown in the chat. */
  | { type: "pick"; entryId: number; index: number }
  /** Leave the "what should a person read?" step without handing off. */
  | { type: "cancel-need" }
  | { type: "email-draft"; text: string }
  | { type: "submit-email" }
  /** The first press warns that nobody can reply without an email; the second sends. */
  | { type: "skip-email"; requireEmail: boolean }
  /** Leave the email step without handing off: back to chatting. */
  | { type: "cancel-email" }
  | { type: "handoff-result"; callId: number; result: ApiResult<HandoffAccepted> }
  /**
   * The visitor's verdict on an answer (the app sends it to /v1/feedback). After a 👎 a person
   * is offered, in `language`, when `offerPerson` (the site's handoff button is on).
   */
  | {
      type: "feedback";
      entryId: number;
      helpful: boolean;
      language: ReplyLanguage;
      offerPerson: boolean;
    };

/**
 * The state of a new conversation.
 *
 * @example
 * const [state, dispatch] = useReducer(flowReducer, null, () => createFlow("acme", id));
 */
export function createFlow(site: string, conversationId: string): FlowState {
  return {
    site,
    conversationId,
    phase: "chatting",
    messages: [],
    draft: "",
    draftError: null,
    pending: null,
    emailDraft: "",
    emailError: null,
    inFlight: null,
    language: null,
    nextId: 1,
  };
}
