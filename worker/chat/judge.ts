import { decideHandoff, type HandoffDecision } from "../../shared/decision.ts";
import { effectiveKeywords, type KeywordSettings } from "../../shared/default-keywords.ts";
import type { KbIndex } from "../kb/index-reader.ts";
import { type Retrieval, retrieve } from "../kb/retrieve.ts";

/** What the worker makes of one visitor message: the knowledge base's best match, and the decision. */
export interface Judgement {
  retrieval: Retrieval;
  decision: HandoffDecision;
}

/**
 * The real decision on one message, as `POST /v1/chat` takes it and the dashboard's "Test a
 * message" shows it: retrieval over the site's index, then the spec's rule (a keyword hands
 * off whatever the confidence; below the threshold hands off; otherwise answer).
 *
 * @example
 * judgeMessage({ message: "talk to a human", keywords: { mode: "add", phrases: [] }, threshold: 0.4, index: null }).decision;
 * // { handoff: true, reason: "keyword", … }
 */
export function judgeMessage(input: {
  message: string;
  keywords: KeywordSettings;
  threshold: number;
  index: KbIndex | null;
}): Judgement {
  const retrieval = retrieve(input.index, input.message);
  const decision = decideHandoff({
    message: input.message,
    keywords: effectiveKeywords(input.keywords),
    confidence: retrieval.confidence,
    threshold: input.threshold,
  });
  return { retrieval, decision };
}
