import { decideHandoff, type HandoffDecision } from "../../shared/decision.ts";
import {
  effectiveKeywords,
  keywordLanguage,
  type KeywordSettings,
} from "../../shared/default-keywords.ts";
import type { Language } from "../../shared/languages.ts";
import { NEAR_MISS_CAP } from "../kb/confidence.ts";
import type { KbIndex } from "../kb/index-reader.ts";
import { type Retrieval, retrieve } from "../kb/retrieve.ts";
import { alternativesFor, hasOffTopicShape, type Offer, offerFor } from "./offer.ts";
import { detectSmallTalk, type SmallTalk } from "./small-talk.ts";

/** What the worker makes of one visitor message. */
export interface Judgement {
  /** The knowledge base's best match (computed for every message, so every one is logged scored). */
  retrieval: Retrieval;
  /** The spec's decision: a request for a person, low confidence, or an answer. */
  decision: HandoffDecision;
  /** Greetings, thanks, goodbyes: neither answered from the knowledge base nor handed off. */
  smallTalk: SmallTalk | null;
  /** The language the visitor wrote in, or null when the words don't tell. */
  language: Language | null;
  /**
   * The articles offered with the reply: for a low-confidence handoff, beside the person (or why
   * none); for an answer, the alternatives in case it doesn't help. Null otherwise.
   */
  offer: Offer | null;
}

/**
 * The real decision on one message, as `POST /v1/chat` takes it, the dashboard's "Test a
 * message" shows it and `npm run eval` measures it: a request for a person (the site's phrases,
 * or the default grammar when the defaults apply) hands off whatever else the message says;
 * small talk gets a social reply; otherwise retrieval's confidence against the threshold.
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
  let retrieval = retrieve(input.index, input.message);
  // A message shaped off-topic is never answered, however well one of its words matches ("va a
  // llover mañana en valencia" beside a Valencia clinic's opening hours): its confidence is capped
  // like a near-miss's. Only a message that would be answered is checked.
  const offTopicShape =
    retrieval.confidence > NEAR_MISS_CAP &&
    retrieval.confidence >= input.threshold &&
    hasOffTopicShape(input.message, retrieval, input.index);
  if (offTopicShape) retrieval = { ...retrieval, confidence: NEAR_MISS_CAP };
  const keywords = effectiveKeywords(input.keywords);
  const decision = decideHandoff({
    message: input.message,
    keywords,
    personRequests: input.keywords.mode === "add",
    confidence: retrieval.confidence,
    threshold: input.threshold,
  });
  const keyword = decision.handoff && decision.reason === "keyword";
  const smallTalk = keyword ? null : detectSmallTalk(input.message);
  // A default phrase's language is looked up only once one matched: it costs a normalisation.
  const language =
    (keyword
      ? (decision.matched.language ?? keywordLanguage(decision.matched.phrase))
      : smallTalk?.language) ?? retrieval.detected;
  const offer = smallTalk
    ? null
    : !decision.handoff
      ? alternativesFor(retrieval)
      : decision.reason === "low_confidence"
        ? offerFor(input.message, retrieval, input.index, offTopicShape)
        : null;
  return { retrieval, decision, smallTalk, language, offer };
}
