import { decideHandoff, type HandoffDecision } from "../../shared/decision.ts";
import {
  effectiveKeywords,
  keywordLanguage,
  type KeywordSettings,
} from "../../shared/default-keywords.ts";
import { type Language, type ReplyLanguage, replyLanguageFor } from "../../shared/languages.ts";
import { NEAR_MISS_CAP } from "../kb/confidence.ts";
import type { KbIndex } from "../kb/index-reader.ts";
import { type Retrieval, retrieve } from "../kb/retrieve.ts";
import { alternativesFor, hasOffTopicShape, type Offer, offerFor } from "./offer.ts";
import { detectSmallTalk, type RepliedSmallTalk, type SmallTalk } from "./small-talk.ts";
import { asksForWhatBestLacks } from "./unoffered-thing.ts";

/** What the worker makes of one visitor message. */
export interface Judgement {
  /** The knowledge base's best match (computed for every message, so every one is logged scored). */
  retrieval: Retrieval;
  /** The spec's decision: a request for a person, low confidence, or an answer. */
  decision: HandoffDecision;
  /** Greetings, thanks, goodbyes: neither answered from the knowledge base nor handed off. */
  smallTalk: RepliedSmallTalk | null;
  /**
   * The language the visitor wrote in, or null when the words don't tell: one of ours, or, for a
   * question (never small talk), one Clarifier doesn't speak but tells apart (`otherLanguage`).
   */
  language: ReplyLanguage | null;
  /**
   * The articles offered with the reply: for a low-confidence handoff, beside the person (or why
   * none); for an answer, the alternatives in case it doesn't help. Null otherwise.
   */
  offer: Offer | null;
}

/**
 * The real decision on one message, as `POST /v1/chat` takes it, the dashboard's "Test a
 * message" shows it and `npm run eval` measures it: a request for a person (the site's phrases,
 * or the default grammar when the defaults apply) hands off whatever else the message says,
 * except a grammar match that is wholly a question about the assistant or whether anyone is
 * there; small talk gets a social reply; otherwise retrieval's confidence against the threshold.
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
  // Nor is a question whether the business has a thing its best article never names ("do you
  // run warhammer tournaments" beside the events article): a person, and the likely articles.
  else if (
    retrieval.confidence > NEAR_MISS_CAP &&
    retrieval.confidence >= input.threshold &&
    asksForWhatBestLacks(retrieval)
  )
    retrieval = { ...retrieval, confidence: NEAR_MISS_CAP };
  const keywords = effectiveKeywords(input.keywords);
  const rules = {
    message: input.message,
    keywords,
    personRequests: input.keywords.mode === "add",
    confidence: retrieval.confidence,
    threshold: input.threshold,
  };
  const requested = decideHandoff(rules);
  // "Am I talking to a real person?" names a real person, which the grammar of requests reads as
  // asking for one; but the whole message only asks what the assistant is, and the truthful
  // answer (an AI, a person one request away) serves it better than a handoff. So does "is
  // anyone there?", "ist da jemand?", "¿hay alguien ahí?": whoever is there answers, and a
  // greeting's reply asks what the visitor needs. The site's phrases (an index) still hand off:
  // the owner listed them.
  const aboutAssistant =
    requested.handoff && requested.reason === "keyword" && requested.matched.index === null
      ? onlyAboutTheChat(input.message, requested.matched.language ?? null)
      : null;
  const decided = aboutAssistant ? decideHandoff({ ...rules, personRequests: false }) : requested;
  const keyword = decided.handoff && decided.reason === "keyword";
  const social = aboutAssistant ?? (keyword ? null : detectSmallTalk(input.message));
  // A complaint that asks nothing ("that didn't help", "you're useless") says the assistant
  // can't answer well, which the spec routes to a person: a low-confidence handoff, never an
  // answer (its words may match an article) nor small talk, with no articles (the visitor just
  // read what retrieval had) and the person one click away.
  const complaint = social?.kind === "complaint" ? social : null;
  if (complaint) {
    retrieval = { ...retrieval, confidence: Math.min(retrieval.confidence, NEAR_MISS_CAP) };
  }
  const decision = complaint
    ? decideHandoff({ ...rules, confidence: retrieval.confidence })
    : decided;
  const smallTalk = complaint ? null : (social as RepliedSmallTalk | null);
  // A default phrase's language is looked up only once one matched: it costs a normalisation.
  // A question in a language Clarifier doesn't speak goes to a person with its reply in that
  // language, so the widget offers the person, asks for the email and confirms in it. Small talk
  // in it ("grazie mille") keeps its reply in one of ours: its words are ours to reply in. One
  // the widget has no strings for (Turkish, Finnish…) is replied to in English, not left null,
  // which the widget would read as the site's language.
  const foreign = smallTalk || !retrieval.otherLanguage ? null : retrieval.otherLanguage;
  const language =
    (keyword
      ? (decided.matched.language ?? keywordLanguage(decided.matched.phrase))
      : social?.language) ??
    retrieval.detected ??
    (foreign ? replyLanguageFor(foreign) : null);
  const offer: Offer | null = complaint
    ? { suggestions: [], about: "complaint" }
    : smallTalk
      ? null
      : !decision.handoff
        ? alternativesFor(retrieval, input.index, input.message)
        : decision.reason === "low_confidence"
          ? offerFor(input.message, retrieval, input.index, offTopicShape)
          : null;
  return { retrieval, decision, smallTalk, language, offer };
}

// The kinds of small talk that the grammar of requests may read as a request but that ask only
// what is at the other end of the chat: what the assistant is, and whether anyone is there.
const ABOUT_THE_CHAT: ReadonlySet<SmallTalk["kind"]> = new Set([
  "about_assistant",
  "about_languages",
  "greeting",
]);

// A default request matched in one language, in a message that is wholly small talk in another,
// is a collision of words, never a request: the grammar reads typos, and the Spanish "perdón"
// is one letter from the English "person". A complaint is not exempt: it goes to a person anyway.
function onlyAboutTheChat(message: string, requestLanguage: Language | null): SmallTalk | null {
  const smallTalk = detectSmallTalk(message);
  if (!smallTalk) return null;
  if (ABOUT_THE_CHAT.has(smallTalk.kind)) return smallTalk;
  const otherLanguage =
    smallTalk.kind !== "complaint" &&
    smallTalk.language !== null &&
    requestLanguage !== null &&
    smallTalk.language !== requestLanguage;
  return otherLanguage ? smallTalk : null;
}
