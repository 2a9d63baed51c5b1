import type { SuggestionAbout } from "../../shared/api.ts";
import { MAX_SUGGESTIONS } from "../../shared/limits.ts";
import { indexOf } from "../kb/bm25f.ts";
import { isNearMiss } from "../kb/confidence.ts";
import type { KbIndex, Passage } from "../kb/index-reader.ts";
import { isForeign, type Retrieval } from "../kb/retrieve.ts";
import type { RankedPassage } from "../kb/semantic/fusion.ts";
import { expandQuestion } from "../kb/lexicon-expansion.ts";
import { STOP_WORDS, Stems, words } from "../kb/text.ts";
import { blendRankings, shapeRanking } from "../kb/word-shapes.ts";
import { isOffTopic, offTopicSign } from "./off-topic.ts";

/** Why a low-confidence reply offers no articles, when the worker can tell (see shared/api.ts). */
export type About = SuggestionAbout;

/** What a low-confidence handoff offers besides the person. */
export interface Offer {
  /** Up to MAX_SUGGESTIONS passages, one per document, best first. */
  suggestions: { passage: Passage; score: number }[];
  about: About | null;
}

// A suggestion must score at least this share of the best one's score: a far weaker third
// article is noise beside two strong ones.
const MIN_SCORE_SHARE = 0.25;
// A near-miss (confidence.ts: at most one of the question's words in the best passage, and
// words the knowledge base never uses carry much of its weight) is offered articles only when
// its one word matches strongly, or the lexicon or a compound relates more of it. Weaker ones
// are mostly questions about something else that share one incidental word ("who won the
// league last season" → "season"). On the thirteen small dev sets (`npm run eval`), 0.15 rather
// than no bar keeps 81 % rather than 83 % of answerable questions reaching their article, and
// hands 89 % rather than 81 % of off-topic messages off with no suggestions; a bar on the
// share of unknown words instead cost more reach for less.
const NEAR_MISS_MIN_STRENGTH = 0.15;

/**
 * The articles to offer with a low-confidence handoff, and why none are offered when none are:
 * - a message with no readable word ("asdfgh", "???") is `unclear`;
 * - one in a language the knowledge base doesn't have, or in one Clarifier doesn't speak but can
 *   tell (`Retrieval.otherLanguage`), gets nothing (it is answered in its own language by a
 *   person);
 * - one about weather, sport, homework, code… (`LanguageData.offTopic`, counted only where the
 *   knowledge base never writes the word), or shaped like a sum, trivia or a request for a
 *   recommendation (`LanguageData.offTopicFrames`), is `off_topic` (`off-topic.ts`);
 * - one whose word the wide lexicon relates to the article it would offer first gets the offer;
 * - one that shares no word with the knowledge base, or a weak near-miss (its key words are
 *   ones the knowledge base never uses: "student discount") that doesn't read as a question
 *   about the site's service (`readsAsService`), is `not_covered`;
 * - anything else gets the best documents retrieval found, as many as pass the lexical bar
 *   (`inFusedOrder` re-orders them when the semantic stage runs).
 *
 * `offTopicShape` is true when the caller has already found the message's off-topic shape
 * (`hasOffTopicShape`, as the judge does before capping an answer), so the off-topic rules read
 * the message once.
 *
 * @example
 * offerFor("do u ship to canada", retrieval, index).suggestions.map((s) => s.passage.title);
 * // ["Shipping", "Customs and duties"]
 */
export function offerFor(
  message: string,
  retrieval: Retrieval,
  index: KbIndex | null,
  offTopicShape = false,
): Offer {
  const none = (about: About | null): Offer => ({ suggestions: [], about });
  const written = words(message);
  if (isUnreadable(message, written)) return none("unclear");
  if (!index || index.passageCount === 0) return none(null);
  if (isForeign(index, retrieval)) return none(null);
  // A shape the judge already found (`hasOffTopicShape`) is off-topic: not read for again.
  if (offTopicShape || isOffTopic(message, written, retrieval.language, index)) {
    return none("off_topic");
  }
  // The wide lexicon relates a word of the message to the article it would offer first: the
  // lexicon's evidence that the message is about the site, which the answer's ranking and so the
  // gates below never see (`Retrieval.offeredByWide`). On the dev help centres the right article
  // reached 84.6 → 85.4 % (mean per set) with off-topic replies unchanged; on the blind ones of
  // rounds four to six 65.0 → 66.6 %, one off-topic message of 120 more offered articles.
  if (retrieval.offeredByWide) {
    return { suggestions: likelyArticles(retrieval, index, message), about: null };
  }
  const { features, ranked } = retrieval;
  // Nothing in the knowledge base shares a word with it: most likely the site's business but not
  // in its help centre ("do you sell kayaks?"), which "I can only help with questions about…"
  // would misread.
  if (!features || ranked.length === 0) return none("not_covered");
  if (
    isNearMiss(features) &&
    features.strength < NEAR_MISS_MIN_STRENGTH &&
    features.partial + features.related === 0 &&
    !readsAsService(message, retrieval, index)
  ) {
    return none("not_covered");
  }
  return { suggestions: likelyArticles(retrieval, index, message), about: null };
}

/**
 * Whether a weak near-miss still reads as a question about the site's own service, so its likely
 * articles are offered rather than "not covered": a word of it the knowledge base never uses is
 * one of the core support lexicon's ("rabatt", "refund", "opening hours": the help centre may
 * cover it in other words), or its one matched word is in the title of the article it would
 * offer first (that article's own topic, not an incidental word of its text). Off-topic
 * messages share an incidental word ("weekend", "long") and their own words are the world's
 * ("paella", "celsius"), which neither reading takes. On the seventeen dev help centres the right
 * article reached 85.4 → 86.2 % (pooled) for two more off-topic messages offered articles of 170
 * (96.5 → 95.3 % clean); on the blind ones of rounds four to seven 66.8 → 69.3 % with off-topic
 * replies unchanged (82.9 %). It costs a little on the wider off-topic fixtures
 * (`scripts/off-topic-wide.ts`, five of its fixtures: 21 more of 2,070 message and help-centre
 * pairs offered articles, from support words a world question uses too: "cheap flights", "best
 * laptop for students"), kinds the seventh off-topic round then caught (`off-topic.ts` lists):
 * with both, the six fixtures before that round went from 92.4 to 94.3 % clean. The wide
 * lexicon, read the same way, let four more off-topic messages through for little more reach.
 */
function readsAsService(message: string, retrieval: Retrieval, index: KbIndex): boolean {
  const stems = new Stems(retrieval.language);
  const questionStems = words(message).map((w) => stems.of(w));
  const supportWords = expandQuestion(retrieval.queryTerms, questionStems, retrieval.language)
    .filter((e) => !e.wide)
    .flatMap((e) => e.stands);
  if (supportWords.some((stem) => index.termId(stem) < 0)) return true;
  const first = retrieval.documents[0]?.passage;
  if (first === undefined) return false;
  return retrieval.queryTerms.some((term) => {
    const postings = index.postings(index.termId(term));
    const at = indexOf(postings.passages, first);
    return at >= 0 && (postings.titleCounts[at] ?? 0) > 0;
  });
}

// Retrieval's first two articles keep their places: words rank the right article first or
// second more often than any blend. The places after them go to the blend with word shapes.
const LEXICAL_PLACES = 2;

/**
 * What a low-confidence reply offers and, but for the answered article, an answer's
 * alternatives, at most MAX_SUGGESTIONS, one passage per document, best first: the best
 * documents of retrieval's ranking of what is offered (`offered`: the answer's ranking with the
 * wide lexicon's words counted too) that score at least MIN_SCORE_SHARE of the best, the first
 * LEXICAL_PLACES of them kept, the remaining places filled from that ranking blended with the
 * word-shape ranking (`kb/word-shapes.ts`). Words alone often leave the last places empty or to a weak match;
 * the shapes of words find the article whose words the stemmer kept apart ("deliver" /
 * "delivery", compounds). On the seventeen dev help centres the right article reached rose from
 * 81.8 to 83.6 % of answerable questions, on the seven blind ones of rounds four and five from
 * 64.3 to 66.1 %, with every answer and every off-topic reply as before (`npm run eval`).
 */
function likelyArticles(
  retrieval: Retrieval,
  index: KbIndex | null,
  message: string,
): Offer["suggestions"] {
  if (!index) return [];
  // Retrieval's ranking with the wide lexicon's words counted too: they rank what is offered,
  // never the answer (`Retrieval.offered`).
  const ranking = retrieval.offered;
  const top = ranking[0]?.score ?? 0;
  const lexical = ranking
    .filter((r) => r.score >= top * MIN_SCORE_SHARE)
    .slice(0, MAX_SUGGESTIONS)
    .map((r) => ({ passage: index.passage(r.passage), score: r.score }));
  if (lexical.length === 0) return lexical;
  const shapes = shapeRanking(index, message, retrieval.language);
  if (shapes.length === 0) return lexical;
  const kept = lexical.slice(0, LEXICAL_PLACES);
  const keptDocs = new Set(kept.map((k) => k.passage.docId));
  const rest = blendRankings(index, ranking, shapes)
    .filter((b) => !keptDocs.has(index.docIdOf(b.passage)))
    .slice(0, MAX_SUGGESTIONS - kept.length)
    .map((b) => ({ passage: index.passage(b.passage), score: b.score }));
  return [...kept, ...rest];
}

/**
 * Whether the message has an off-topic shape (`offTopicSign`: a sum, trivia, a weather question,
 * a request for a recommendation) in a language the knowledge base has: the judge keeps such a
 * message from being answered. A topic word alone is not sure enough for that: Spanish "pasta"
 * is money as well as food, "programar" schedules as well as codes.
 */
export function hasOffTopicShape(
  message: string,
  retrieval: Retrieval,
  index: KbIndex | null,
): boolean {
  if (!index || index.passageCount === 0 || !index.languages.includes(retrieval.language))
    return false;
  return offTopicSign(message, words(message), retrieval.language, index) === "shape";
}

/**
 * The other articles an answer offers, in case it doesn't help: the next best documents after
 * the answered one, each passing the same bar as a suggestion (a quarter of the best score), at
 * most MAX_SUGGESTIONS − 1 so that answer and alternatives together are never more than a
 * low-confidence reply would offer. A wrong answer is then no dead end: retrieval's second or
 * third article is often the right one (on the small dev sets, for 1 to 4 answered questions in
 * 56), and the visitor who says the answer didn't help is shown them.
 *
 * @example
 * alternativesFor(retrieval, index, message).suggestions.map((s) => s.passage.title); // ["Exchanges"]
 */
export function alternativesFor(
  retrieval: Retrieval,
  index: KbIndex | null,
  message: string,
): Offer {
  // The list holds one passage per document; the answered one is usually its first, but the
  // offered ranking counts the wide lexicon's words, which the answer's ranking doesn't.
  const answered = retrieval.best?.docId;
  const others = likelyArticles(retrieval, index, message).filter(
    (s) => s.passage.docId !== answered,
  );
  return { suggestions: others.slice(0, MAX_SUGGESTIONS - 1), about: null };
}

/**
 * The offer's suggestions in the semantic stage's `fused` order (`kb/semantic/stage.ts`). How
 * many stays the lexical bar's call, so the stage never adds noise, and an offer of none stays
 * none; which ones is the fusion's.
 */
export function inFusedOrder(offer: Offer, fused: readonly RankedPassage[]): Offer {
  const count = offer.suggestions.length;
  if (count === 0 || fused.length < count) return offer;
  return { suggestions: fused.slice(0, count), about: offer.about };
}

// Rows of the common keyboard layouts (QWERTY, QWERTZ, AZERTY): four keys in a row are typing,
// not a word.
const KEYBOARD_ROWS = [
  "qwertyuiop",
  "asdfghjkl",
  "zxcvbnm",
  "qwertzuiop",
  "yxcvbnm",
  "azertyuiop",
  "qsdfghjklm",
  "wxcvbn",
];
const VOWEL = /[aeiouyæøåäöüéèêëàâáíìîïóòôúùûœ]/u;

/**
 * Whether `message` holds no word a person would write: no letters at all ("???", "1234"), or
 * only keyboard runs ("asdfgh"), letter repeats ("jjjjj") and vowel-less strings of four or
 * more ("sdfkj"). Digits alone ("10234") are not unclear: they may be an order number.
 */
export function isUnreadable(
  message: string,
  written: readonly string[] = words(message),
): boolean {
  const lettered = written.filter((w) => /\p{L}/u.test(w));
  // Digits alone may be an order number: a person can read that.
  if (lettered.length === 0) return /\S/.test(message) && !/\p{N}/u.test(message);
  return lettered.every((word) => {
    if (isStopWord(word)) return false;
    if (/(\p{L})\1{3,}/u.test(word)) return true;
    if (word.length >= 4 && !VOWEL.test(word)) return true;
    for (let i = 0; i + 4 <= word.length; i++) {
      const run = word.slice(i, i + 4);
      if (KEYBOARD_ROWS.some((row) => row.includes(run))) return true;
    }
    return false;
  });
}

function isStopWord(word: string): boolean {
  for (const stop of Object.values(STOP_WORDS)) if (stop.has(word)) return true;
  return false;
}
