import { type KeywordMatch, matchKeyword } from "./keywords.ts";

/** What to do with one visitor message. */
export type HandoffDecision =
  | { handoff: true; reason: "keyword"; matched: KeywordMatch; confidence: number | null }
  | { handoff: true; reason: "low_confidence"; confidence: number }
  | { handoff: false; confidence: number };

export interface DecisionInput {
  message: string;
  /** The site's effective phrases (see `effectiveKeywords`). */
  keywords: readonly string[];
  /** Retrieval confidence in 0..1 for the best knowledge-base match. */
  confidence: number;
  /** The site's threshold in 0..1: below it, the conversation hands off. */
  threshold: number;
}

/**
 * The spec's rule, checked on every message: a keyword match hands off regardless of confidence;
 * otherwise a confidence below the threshold hands off; otherwise the assistant answers.
 *
 * @example
 * decideHandoff({ message: "hi", keywords: [], confidence: 0.1, threshold: 0.4 });
 * // { handoff: true, reason: "low_confidence", confidence: 0.1 }
 */
export function decideHandoff(input: DecisionInput): HandoffDecision {
  const matched = matchKeyword(input.message, input.keywords);
  if (matched) return { handoff: true, reason: "keyword", matched, confidence: input.confidence };
  if (input.confidence < input.threshold) {
    return { handoff: true, reason: "low_confidence", confidence: input.confidence };
  }
  return { handoff: false, confidence: input.confidence };
}
