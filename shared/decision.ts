import { matchKeyword } from "./keywords.ts";
import type { Language } from "./languages.ts";
import { findPersonRequest } from "./person-request.ts";

/**
 * What made a message a request for a person: one of the site's phrases (case-insensitive
 * substring, as the spec promises), or a request in the visitor's own words that the default
 * grammar recognised. `phrase` is what the reply names as matched.
 */
export interface HandoffRequest {
  phrase: string;
  /** The list entry's index when a phrase matched; null for the grammar. */
  index: number | null;
  /** The grammar's language for a request in the visitor's words; null for a list phrase (`keywordLanguage` tells a default one's). */
  language: Language | null;
}

/** What to do with one visitor message. */
export type HandoffDecision =
  | { handoff: true; reason: "keyword"; matched: HandoffRequest; confidence: number | null }
  | { handoff: true; reason: "low_confidence"; confidence: number }
  | { handoff: false; confidence: number };

/** The site's keyword settings as both sides see them. */
export interface RequestRules {
  /** The site's effective phrases (see `effectiveKeywords`). */
  keywords: readonly string[];
  /** Whether the default requests apply (keyword mode `add`): the grammar of `person-request.ts`. */
  personRequests: boolean;
}

export interface DecisionInput extends RequestRules {
  message: string;
  /** Retrieval confidence in 0..1 for the best knowledge-base match. */
  confidence: number;
  /** The site's threshold in 0..1: below it, the conversation hands off. */
  threshold: number;
}

/**
 * The request for a person in `message`, by the site's phrases first (the longest that
 * matches), then, where the defaults apply, by the grammar of requests in the visitor's words.
 * The worker's decision and its re-check of a handoff both call it; the widget matches the
 * site's phrases with the same `matchKeyword` and leaves the grammar to the worker's reply.
 *
 * @example
 * findHandoffRequest("kan jeg blive stillet videre?", { keywords: [], personRequests: true });
 * // { phrase: "stillet videre", index: null, language: "da" }
 */
export function findHandoffRequest(message: string, rules: RequestRules): HandoffRequest | null {
  const phrase = matchKeyword(message, rules.keywords);
  if (phrase) {
    return { phrase: phrase.phrase, index: phrase.index, language: null };
  }
  if (!rules.personRequests) return null;
  const request = findPersonRequest(message);
  return request ? { phrase: request.matched, index: null, language: request.language } : null;
}

/**
 * The spec's rule, checked on every message: a request for a person (a keyword) hands off
 * regardless of confidence; otherwise a confidence below the threshold hands off; otherwise the
 * assistant answers.
 *
 * @example
 * decideHandoff({ message: "hi", keywords: [], personRequests: true, confidence: 0.1, threshold: 0.4 });
 * // { handoff: true, reason: "low_confidence", confidence: 0.1 }
 */
export function decideHandoff(input: DecisionInput): HandoffDecision {
  const matched = findHandoffRequest(input.message, input);
  if (matched) return { handoff: true, reason: "keyword", matched, confidence: input.confidence };
  if (input.confidence < input.threshold) {
    return { handoff: true, reason: "low_confidence", confidence: input.confidence };
  }
  return { handoff: false, confidence: input.confidence };
}
