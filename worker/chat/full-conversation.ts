/**
 * Chat in a conversation that holds `MAX_CONVERSATION_MESSAGES`: nothing more is written into it,
 * but a visitor who asks for a person is never turned away. A request for a person is answered
 * as ever (the keyword handoff the widget then confirms with `POST /v1/handoff`, which is taken
 * whatever the conversation's length and records the message itself); anything else is a 409
 * `conversation_full`, which says to start a new conversation or ask for a person.
 */
import type { ChatReply } from "../../shared/api.ts";
import type { KeywordSettings } from "../../shared/default-keywords.ts";
import { MAX_CONVERSATION_MESSAGES } from "../../shared/limits.ts";
import { AppError } from "../errors.ts";
import { judgeMessage } from "./judge.ts";

type PersonRequest = Extract<ChatReply, { reason: "keyword" }>;

/**
 * The reply to `message` when it asks for a person, as chat would judge it anywhere (the site's
 * phrases, the default grammar, the same exceptions for "are you a bot?"), or null. Judged
 * without the knowledge base: a request for a person hands off whatever retrieval says, and
 * nothing else is answered here.
 *
 * @example
 * personRequestIn("can I talk to someone from your team", { mode: "add", phrases: [] }, 0.4);
 * // { type: "handoff", reason: "keyword", matched: "talk to someone", confidence: null, language: "en" }
 */
export function personRequestIn(
  message: string,
  keywords: KeywordSettings,
  threshold: number,
): PersonRequest | null {
  const { decision, language } = judgeMessage({ message, keywords, threshold, index: null });
  if (!decision.handoff || decision.reason !== "keyword") return null;
  return {
    type: "handoff",
    reason: "keyword",
    matched: decision.matched.phrase,
    confidence: null,
    language,
  };
}

/** The 409 for any other message in a full conversation. */
export function conversationFull(): AppError {
  return new AppError(
    "conversation_full",
    `This conversation has reached its limit of ${MAX_CONVERSATION_MESSAGES} messages: start a new one (send no conversationId), or ask for a person (POST /v1/handoff).`,
  );
}
