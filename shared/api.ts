/**
 * The wire contract of `../shared/spec/api.md`, as types both the widget and the worker use.
 * Check what you send with `satisfies`:
 *
 * @example
 * return c.json({ handoffId } satisfies HandoffAccepted, 202);
 */
import type { HandoffReason } from "./handoff.ts";
import type { Language, ReplyLanguage } from "./languages.ts";

export type SiteLanguage = Language | "auto";

/** `GET /v1/sites/{site}/config`: what a visitor's browser may know. No secrets. */
export interface PublicSiteConfig {
  name: string;
  threshold: number;
  /** Effective phrases, lowercase. */
  keywords: string[];
  /**
   * Parallel to `keywords`: the language of each phrase when it is one of the defaults, else
   * null. The widget answers a handoff phrase in its language without shipping the default list.
   */
  keywordLanguages: (Language | null)[];
  requireEmail: boolean;
  handoffButton: boolean;
  language: SiteLanguage;
  /** The widget's accent colour, `#rrggbb`, when the site sets one. */
  themeColor?: string;
  /**
   * When the site's team answers handoffs, when it sets them: an IANA time zone and weekly
   * ranges in it (`day` 0 is Sunday, as `Date.getDay()`; `from` before `to`, both "HH:MM").
   * The widget tells a visitor outside these hours when the team is back.
   *
   * @example
   * { timeZone: "Europe/Copenhagen", weekly: [{ day: 1, from: "09:00", to: "17:00" }] }
   */
  openingHours?: OpeningHours;
  /**
   * How long the team usually takes to answer a handoff, in minutes, when the site sets it:
   * the widget says "We usually reply within 2 hours".
   *
   * @example
   * 120
   */
  replyTimeMinutes?: number;
  /**
   * The widget's own settings, when the site sets them from the dashboard's Widget page: the
   * first line the assistant says (else the built-in greeting in the visitor's language), the
   * launcher's label, which side of the page it sits on (a `data-position` on the embed wins),
   * and the languages the widget may speak (else all it knows).
   *
   * @example
   * { greeting: "Hi! Ask me about orders.", launcherLabel: "Help", position: "left", languages: ["en", "da"] }
   */
  greeting?: string;
  launcherLabel?: string;
  position?: "left" | "right";
  languages?: Language[];
}

/** A site team's opening hours: see `PublicSiteConfig.openingHours`. */
export interface OpeningHours {
  timeZone: string;
  weekly: { day: 0 | 1 | 2 | 3 | 4 | 5 | 6; from: string; to: string }[];
}

/** `POST /v1/chat` body. */
export interface ChatRequest {
  site: string;
  conversationId?: string;
  message: string;
}

export interface Source {
  title: string;
  url: string | null;
}

/**
 * What the assistant answers. `language` is the language the visitor wrote in, or null when it
 * can't be told; the widget says what comes next (email prompt, confirmation) in it. Besides
 * ours (`Language`) it may be one Clarifier doesn't answer in but tells apart ("it", "nl", "pl",
 * "pt"): only on a handoff, since an answer or small talk is written in one of ours. A question in
 * a language told apart that the widget has no strings for (Catalan, Finnish, Norwegian, Turkish:
 * `UNSPOKEN_LANGUAGES`) is handed off with `language: "en"`, the language to reply in, since null
 * would leave the widget in the site's. A worker from before `language` omits it: read a
 * missing one as null; a widget that doesn't know a value reads it as null too.
 *
 * @example
 * { type: "small_talk", text: "You're welcome! Anything else I can help with?", language: "en" }
 */
export type ChatReply =
  | {
      type: "answer";
      text: string;
      confidence: number;
      sources: Source[];
      language: ReplyLanguage | null;
      /**
       * Other articles that may hold the answer, in case this one doesn't help (at most two,
       * best first): the widget offers them when the visitor says the answer didn't help.
       */
      suggestions?: Suggestion[];
    }
  | {
      type: "handoff";
      reason: "keyword";
      matched: string;
      confidence: number | null;
      language: ReplyLanguage | null;
    }
  | {
      type: "handoff";
      reason: "low_confidence";
      confidence: number;
      language: ReplyLanguage | null;
      /**
       * Up to three articles that most likely hold the answer, best first, offered beside the
       * person ("Is it one of these?"). Absent or empty when nothing plausibly relates.
       */
      suggestions?: Suggestion[];
      /**
       * Why nothing is suggested, when the worker can tell: the message is about something
       * other than this site, or can't be read. The widget words its reply by it.
       */
      about?: SuggestionAbout;
    }
  /** A greeting, thanks or goodbye with no question in it: neither answered nor handed off. */
  | { type: "small_talk"; text: string; language: ReplyLanguage | null };

/**
 * Why a low-confidence reply offers no articles: the message is about something no help centre
 * covers, can't be read, is the site's business but not in its help centre, or says the
 * assistant didn't help ("that didn't help", "you're useless"), which goes to a person.
 */
export type SuggestionAbout = "off_topic" | "unclear" | "not_covered" | "complaint";

/**
 * One article offered with a low-confidence handoff, or beside an answer as an alternative. `text` is that article's answer to the
 * visitor's question (the same extractive or model answer an `answer` reply would carry), so a
 * click shows it at once; `url` names the pick in `POST /v1/feedback {picked}`.
 *
 * @example
 * { title: "Exchanges", url: "https://acme.example/help/exchanges", text: "You can exchange…" }
 */
export interface Suggestion {
  title: string;
  url: string | null;
  text: string;
  /** The knowledge-base document id; `picked` may name it when the article has no URL. */
  documentId: string;
}

/** `POST /v1/chat` 200. */
export interface ChatResponse {
  conversationId: string;
  messageId: string;
  reply: ChatReply;
}

/**
 * `POST /v1/feedback` body (204): the visitor's verdict on one answer, `messageId` being the
 * `ChatResponse.messageId` of a reply of type `answer`. The last verdict on a message stands.
 *
 * @example
 * { site: "acme", conversationId, messageId: "m1", helpful: false } satisfies FeedbackRequest
 */
export type FeedbackRequest =
  | { site: string; conversationId: string; messageId: string; helpful: boolean }
  /**
   * The visitor chose one suggestion of a low-confidence reply: `picked` is its `url`, or its
   * `documentId` when it has none. 404 when that reply offered no such suggestion.
   */
  | { site: string; conversationId: string; messageId: string; picked: string };

/**
 * One line of `GET /v1/conversations/{id}`: the visitor, the assistant, or the site's team
 * replying to a handoff (`author` is the team member's name when known).
 */
export interface ConversationMessage {
  id: string;
  role: "visitor" | "assistant" | "team";
  text: string;
  author?: string | null;
  createdAt: string;
}

/** `GET /v1/conversations/{id}?site=&after=` 200: messages after `after`, oldest first. */
export interface ConversationMessages {
  messages: ConversationMessage[];
}

export type { HandoffReason } from "./handoff.ts";

/** `POST /v1/handoff` body. */
export interface HandoffRequest {
  site: string;
  conversationId: string;
  message: string;
  email?: string | null;
  reason: HandoffReason;
}

/** `POST /v1/handoff` 202. */
export interface HandoffAccepted {
  handoffId: string;
}

/** Every error code the API answers with. The widget switches on these. */
export type ErrorCode =
  | "bad_request"
  | "invalid_json"
  | "unsupported_media_type"
  | "payload_too_large"
  | "message_too_long"
  | "invalid_email"
  | "email_required"
  | "unauthorized"
  | "origin_not_allowed"
  | "forbidden"
  | "handoff_not_justified"
  | "conversation_full"
  | "site_not_found"
  | "conversation_not_found"
  | "handoff_not_found"
  | "suggestion_not_found"
  | "answer_not_found"
  | "document_not_found"
  | "not_found"
  | "method_not_allowed"
  | "precondition_failed"
  | "rate_limited"
  | "site_config_invalid"
  | "admin_not_configured"
  | "internal_error";

/** Every error body: `{"error": {"code", "message"}}`. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** The generic webhook's body: exactly the spec's payload, null where absent. */
export interface WebhookPayload {
  site_name: string;
  visitor_email: string | null;
  visitor_message: string;
  last_ai_reply: string | null;
}
