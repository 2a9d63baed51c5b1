import { addBm25f, indexOf, K1, topPassages } from "./bm25f.ts";
import { closenessOf, PartMatcher, type QueryTerm, TITLE_PROXIMITY } from "./closeness.ts";
import { confidenceFrom, type MatchFeatures } from "./confidence.ts";
import type { KbIndex, Passage, Postings } from "./index-reader.ts";
import type { Language } from "../../shared/languages.ts";
import { expandQuestion } from "./lexicon-expansion.ts";
import { isCandidate, MAX_CORRECTIONS, spellingOf } from "./spelling.ts";
import { bestPerDocument } from "./per-document.ts";
import { formsOf } from "./word-forms.ts";
import { writtenIn } from "../../shared/text/language.ts";
import type { ForeignLanguage } from "../../shared/text/other-languages.ts";
import { Stems, tokenize, withoutInterrogatives, words } from "./text.ts";

export interface Retrieval {
  /** 0..1: how sure we are that the best passage answers the question (see confidence.ts). */
  confidence: number;
  best: Passage | null;
  /** The best passages, best first (at most 3, one per document), with their scores (BM25F + proximity). */
  ranked: { passage: Passage; score: number }[];
  /**
   * The same ranking deeper (at most 20 documents), as passage numbers: what the semantic stage
   * fuses with its own (`semantic/fusion.ts`).
   */
  documents: { passage: number; score: number }[];
  /**
   * The ranking the articles a reply offers come from (a low-confidence reply's suggestions, an
   * answer's alternatives, `chat/offer.ts`): `documents` with the wide lexicon's words counted
   * too (`LEXICON_WIDE`), as deep; the same array when the question has none of them.
   */
  offered: { passage: number; score: number }[];
  /**
   * Whether the first of `offered` holds a word only the wide lexicon relates to the question:
   * evidence the message is about that article that the answer's ranking never sees, which the
   * offer's gate reads as the lexicon's (`chat/offer.ts`).
   */
  offeredByWide: boolean;
  /** The question's content-word stems, misspelt ones read as the knowledge base's word one edit away. */
  queryTerms: string[];
  /** The question as asked. */
  question: string;
  /** The knowledge base's words the lexicon relates to the question's (`lexicon-expansion.ts`). */
  relatedTerms: string[];
  /** For each of `relatedTerms`, the question's terms it stands for. */
  relatedStands: Record<string, readonly string[]>;
  /** The language the question was read in. */
  language: Language;
  /**
   * The language the question's own words show, or null when they don't tell (then `language`
   * is the knowledge base's): what the reply says the visitor wrote in.
   */
  detected: Language | null;
  /**
   * A language Clarifier doesn't speak that the question is clearly written in
   * (`other-languages.ts`: Italian, Dutch, Polish, Portuguese), or null: such a question is read in
   * the knowledge base's language like one too short to tell, but neither answered nor offered
   * articles on the names and loanwords it shares with the help centre.
   */
  otherLanguage: ForeignLanguage | null;
  /** What the confidence was computed from; null when nothing matched. */
  features: MatchFeatures | null;
}

// The proximity bonus (`closeness.ts`) is added to BM25F at this weight.
const PROXIMITY_WEIGHT = 1;
// And a bonus for question terms the passage lacks but holds as the start or end of a longer
// word, or the other way round: compounds ("returpolitik" / "politik", "Versandkosten" /
// "Versand") and derived forms the stemmer keeps apart ("email" / "mail"). Half a term's IDF each:
// on the dev sets +2 points of top-1 on squad-da, +0.5 on squad-es, ±0 on StackFAQ; a whole
// IDF starts to cost StackFAQ top-1.
// Only among the first stage's best 20, where it re-orders close contenders: the same top-1 as
// over all 50 on the dev sets, at a little less CPU.
const PARTIAL_WEIGHT = 0.5;
const PARTIAL_RANKS = 20;
const RERANK = 50;
// A word the lexicon relates to a question's word scores this share of that word's IDF.
const RELATED_WEIGHT = 0.5;
const TOP = 3;
const FUSION_DEPTH = 20;
// Below the spec's most lenient threshold (0.2).
const FOREIGN_LANGUAGE_CAP = 0.15;
// A question matches a taught phrasing when they share this many terms, or when the shared
// terms carry this share of the question's IDF (so "2fa?" taught as "2fa?" matches): see
// `taughtMatches`.
const PHRASING_SHARED_TERMS = 2;
const PHRASING_SHARED_IDF = 0.5;
// And its shared words count as found together (the proximity bonus) when they carry this share
// of the question's IDF: the taught question itself and close variants, not a question matched
// on two everyday words. `npm run eval -- --teach` on the 39 small help centres, the others'
// top-1 / wrong answers / taught questions right: for every match 54.6 % / 51 / 1080; from 0.5,
// 55.6 % / 52; 0.6, 55.8 % / 51; 0.7, 55.7 % / 50; 0.8 to 1, 55.7 % / 49 / 1080; never,
// 55.7 % / 49 but the taught questions 1062 of 1088 (a phrasing's words were the end of each
// passage's text, so found together, when they were merged into it).
const PHRASING_TOGETHER_IDF = 0.8;

/**
 * BM25F over the inverted index (only passages sharing a term with the question are touched),
 * a proximity re-ranking of the best 50, then a calibrated confidence from features of the
 * match. A question in a language the knowledge base does not have is read in its own
 * language, so its stems rarely match and its confidence is low: it hands off.
 *
 * Five steps, each a function below: `readQuestion` → `firstStage` → `rerank` →
 * `onePerDocument` → `featuresOf` (and `confidenceOf`).
 *
 * @example
 * retrieve(index, "How long do refunds take?").confidence; // e.g. 0.83
 */
export function retrieve(index: KbIndex | null, question: string): Retrieval {
  const reading = readQuestion(index, question);
  const { language, detected, otherLanguage, queryTerms } = reading;
  const empty: Retrieval = {
    confidence: 0,
    best: null,
    ranked: [],
    documents: [],
    offered: [],
    offeredByWide: false,
    question,
    queryTerms,
    relatedTerms: [],
    relatedStands: {},
    language,
    detected,
    otherLanguage,
    features: null,
  };
  if (!index || index.passageCount === 0 || queryTerms.length === 0) return empty;

  const first = firstStage(index, question, reading);
  const candidates = rerank(index, first.scores, first, queryTerms);
  const { ranked, documents } = onePerDocument(index, candidates);
  const offered = offeredRanking(index, first, queryTerms, documents);
  const offeredFirst = offered[0]?.passage ?? -1;
  const offeredByWide = first.wide.some((w) => indexOf(w.postings.passages, offeredFirst) >= 0);
  const top = candidates[0];
  if (!top) return { ...empty, offered, offeredByWide };

  const best = index.passage(top.passage);
  const features = featuresOf(index, best, candidates, ranked, first, queryTerms);
  return {
    confidence: confidenceOf(features, isForeign(index, reading)),
    best,
    ranked: ranked.map((r) => ({ passage: index.passage(r.passage), score: r.score })),
    documents,
    offered,
    offeredByWide,
    question,
    queryTerms,
    relatedTerms: first.related.map((r) => r.term),
    relatedStands: Object.fromEntries(first.related.map((r) => [r.term, r.stands])),
    language,
    detected,
    otherLanguage,
    features,
  };
}

/**
 * Whether a question is foreign to `index`: written in a language the knowledge base lacks, or in
 * one Clarifier doesn't speak but tells apart. Its confidence is capped and nothing is offered.
 */
export function isForeign(
  index: KbIndex,
  question: { language: Language; otherLanguage: ForeignLanguage | null },
): boolean {
  return !index.languages.includes(question.language) || question.otherLanguage !== null;
}

/** The question as retrieval reads it: its language and content-word stems. */
interface Reading {
  language: Language;
  detected: Language | null;
  otherLanguage: ForeignLanguage | null;
  /** Distinct stems, misspellings corrected, in the question's order. */
  queryTerms: string[];
  /** The stem cache the question was read with, reused for the lexicon's word-for-word reading. */
  stems: Stems;
}

/**
 * Step 1, question reading: the language (the knowledge base's main one when the question is
 * too short to tell), the content-word stems, and misspellings read as the knowledge base's
 * words, so every later step works on terms the index can look up.
 */
function readQuestion(index: KbIndex | null, question: string): Reading {
  const fallback = index?.languages[0] ?? "en";
  const { language: detected, other: otherLanguage } = writtenIn(question);
  const language = detected ?? fallback;
  // The words of "how long", "hvor længe"… count only where the knowledge base uses them: a
  // help centre that never writes "long" answers "How long do refunds take?" in days, and the
  // word must not count against it as one the knowledge base has never seen.
  const withoutThem = withoutInterrogatives(question, language);
  // One stem cache for the question's three readings: with and without those words, and word
  // for word for the lexicon's phrases.
  const stems = new Stems(language);
  const content = withoutThem === null ? null : new Set(tokenize(withoutThem, language, stems));
  const asked = [...new Set(tokenize(question, language, stems))].filter(
    (term) => !content || content.has(term) || (index?.termId(term) ?? -1) >= 0,
  );
  // A misspelt word ("callendar", "retreived") is read as the knowledge base's word one edit away;
  // at most a few per question, which bounds the time a long question of unknown words takes.
  let corrections = 0;
  const spelt = asked.map((term) => {
    if (!index || corrections === MAX_CORRECTIONS || !isCandidate(index, term)) return term;
    corrections++;
    return spellingOf(index, term);
  });
  return { language, detected, otherLanguage, queryTerms: [...new Set(spelt)], stems };
}

/** A knowledge-base word the lexicon relates to question words, with the weight it scores at. */
interface RelatedTerm {
  term: string;
  /** The question's stems it stands for. */
  stands: readonly string[];
  postings: Postings;
  weight: number;
  /**
   * Where it comes from: the core lexicon (`lexicon`); another form of a question word the index
   * lacks (`form`, `word-forms.ts`: it ranks, but the confidence doesn't count it as matched); or
   * the wide lexicon (`wide`: it ranks only the articles a reply offers, `Retrieval.offered`).
   */
  source: "lexicon" | "form" | "wide";
}

/** What the first stage found: every passage's score and the terms behind it. */
interface FirstStage {
  /** BM25F score per passage number; 0 for a passage sharing no term with the question. */
  scores: Float64Array;
  /** The question's terms, in `queryTerms` order. */
  terms: QueryTerm[];
  /** The related terms counted in `scores`: the core lexicon's and other forms'. */
  related: RelatedTerm[];
  /** The wide lexicon's, counted only in the ranking of what a reply offers. */
  wide: RelatedTerm[];
  /** The question terms' total IDF: what the features are normalised by. */
  idfSum: number;
  /**
   * Per document number, the most IDF weight of question terms one phrasing of it that the
   * question matches holds: terms found together, as the proximity bonus reads them.
   */
  taughtTogether: ReadonlyMap<number, number>;
}

/**
 * Step 2, first stage: BM25F over the inverted index for the question's terms, then for the
 * words the lexicon relates to them. Only the postings of those terms are read, so its cost
 * follows the question, not the size of the knowledge base.
 */
function firstStage(index: KbIndex, question: string, reading: Reading): FirstStage {
  const { queryTerms } = reading;
  const n = index.passageCount;
  const lengths = index.passageLengths;
  const avgLength = index.averageLength || 1;
  const scores = new Float64Array(n);
  const terms = queryTerms.map((term) => {
    const id = index.termId(term);
    const postings = index.postings(id);
    // A word no passage contains weighs as much as the rarest word the index has, not more: in
    // a small knowledge base BM25's IDF would otherwise make any unseen word ("long", "cost")
    // outweigh every word that did match.
    const df = Math.max(1, postings.passages.length);
    return { id, postings, idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)) };
  });
  const idfSum = terms.reduce((sum, t) => sum + t.idf, 0);
  // A word shared with a phrasing the question matches is, for that document's passages, a
  // text word: it scores, takes part in the re-ranking and is matched in the features.
  const taught = taughtMatches(index, terms, idfSum);
  for (const [j, postings] of taught.postings) (terms[j] as QueryTerm).postings = postings;
  for (const { postings, idf } of terms) addBm25f(scores, postings, idf, lengths, avgLength);
  const { related, wide } = relatedTermsOf(index, question, reading, terms);
  for (const { postings, weight } of related) {
    addBm25f(scores, postings, weight, lengths, avgLength);
  }
  return { scores, terms, related, wide, idfSum, taughtTogether: taught.together };
}

/**
 * The taught phrasings (`KbIndex.phrasings`) the question matches, and the words it shares with
 * them counted as text of their documents' passages: for each question term (by its position)
 * shared with a matched phrasing, its postings with one more text occurrence in every passage of
 * the phrasing's document. A question matches a phrasing when they share at least
 * PHRASING_SHARED_TERMS terms, or terms carrying at least PHRASING_SHARED_IDF of the question's
 * IDF (each weighed as above: a word no passage holds as the rarest); one everyday word shared
 * with a phrasing counts for nothing.
 * Until then every phrasing's words were text of its document's every passage, and teaching
 * generalised badly: a phrasing's colloquial words ("stuff", "sub", "nr", "combien temps"), rare
 * in formal articles, are of high IDF and pulled other visitors' questions to the taught article.
 * `npm run eval -- --teach` (each article of the 39 small help centres taught its first two
 * questions, its 1,088 others judged before and after; before: top-1 55.4 %, answered right
 * 20.7 %, 49 wrong answers): as text, 53.8 %, 21.8 %, 65 wrong answers, the taught questions
 * right 1,079 times of 1,088; matched as phrasings, 55.7 %, 20.8 %, 49 wrong answers, 1,080.
 * Held-out questions (no article answers them) answered: 132 of 975 untaught, 156 taught as
 * text, 138 matched as phrasings.
 */
function taughtMatches(
  index: KbIndex,
  terms: readonly QueryTerm[],
  idfSum: number,
): { postings: Map<number, Postings>; together: Map<number, number> } {
  const out = { postings: new Map<number, Postings>(), together: new Map<number, number>() };
  const taught = index.taughtPhrasings();
  if (taught.docs.length === 0) return out;
  // Per phrasing met: how many of the question's terms it holds and their IDF, in arrays kept
  // per index and cleared after use, since a common word is in thousands of phrasings.
  const { count, weight } = scratchFor(index, taught.docs.length);
  const met: number[] = [];
  for (const { id, idf } of terms) {
    for (const phrasing of index.phrasingsWith(id)) {
      if (count[phrasing] === 0) met.push(phrasing);
      count[phrasing] = (count[phrasing] as number) + 1;
      weight[phrasing] = (weight[phrasing] as number) + idf;
    }
  }
  // Per question term (by position), the documents of the matched phrasings holding it.
  const docsOf = terms.map((): number[] => []);
  for (const phrasing of met) {
    const shared = weight[phrasing] as number;
    const matched =
      (count[phrasing] as number) >= PHRASING_SHARED_TERMS ||
      shared >= PHRASING_SHARED_IDF * idfSum;
    count[phrasing] = 0;
    weight[phrasing] = 0;
    if (!matched) continue;
    const doc = taught.docs[phrasing] as number;
    if (shared >= PHRASING_TOGETHER_IDF * idfSum) {
      out.together.set(doc, Math.max(shared, out.together.get(doc) ?? 0));
    }
    const own = taught.terms.subarray(taught.starts[phrasing], taught.starts[phrasing + 1]);
    terms.forEach(({ id }, j) => {
      if (own.includes(id)) docsOf[j]?.push(doc);
    });
  }
  docsOf.forEach((docs, j) => {
    if (docs.length === 0) return;
    const term = terms[j] as QueryTerm;
    out.postings.set(j, withTaughtOccurrence(index, term.postings, docs));
  });
  return out;
}

const SCRATCH = new WeakMap<KbIndex, { count: Uint16Array; weight: Float64Array }>();

/** Counters, one per phrasing, all zero: each caller leaves them so. */
function scratchFor(index: KbIndex, phrasings: number) {
  let scratch = SCRATCH.get(index);
  if (!scratch || scratch.count.length < phrasings) {
    scratch = { count: new Uint16Array(phrasings), weight: new Float64Array(phrasings) };
    SCRATCH.set(index, scratch);
  }
  return scratch;
}

/**
 * `postings` with one more text occurrence in every passage of the documents `docs`: a merge of
 * two ascending lists, the posting list and the documents' passage ranges (laid out in document
 * order).
 */
function withTaughtOccurrence(index: KbIndex, postings: Postings, docs: number[]): Postings {
  const ranges = [...new Set(docs)].sort((a, b) => a - b).map((doc) => index.passagesOf(doc));
  const extra = ranges.reduce((sum, [start, end]) => sum + end - start, 0);
  const size = postings.passages.length + extra;
  const passages = new Uint32Array(size);
  const counts = new Uint16Array(size);
  const titleCounts = new Uint16Array(size);
  let n = 0;
  let i = 0;
  const copyBefore = (limit: number) => {
    for (; i < postings.passages.length && (postings.passages[i] as number) < limit; i++, n++) {
      passages[n] = postings.passages[i] as number;
      counts[n] = postings.counts[i] as number;
      titleCounts[n] = postings.titleCounts[i] as number;
    }
  };
  for (const [start, end] of ranges) {
    copyBefore(start);
    for (let p = start; p < end; p++, n++) {
      const held = i < postings.passages.length && postings.passages[i] === p;
      passages[n] = p;
      counts[n] = Math.min((held ? (postings.counts[i] as number) : 0) + 1, 0xffff);
      titleCounts[n] = held ? (postings.titleCounts[i] as number) : 0;
      if (held) i++;
    }
  }
  copyBefore(Number.POSITIVE_INFINITY);
  return {
    passages: passages.subarray(0, n),
    counts: counts.subarray(0, n),
    titleCounts: titleCounts.subarray(0, n),
  };
}

/**
 * The support-domain words the question's words stand for ("money back" → "refund"), scored
 * with a share of the IDF of the word they stand for: an everyday word finds the article that
 * uses the formal one, but never outscores an article that uses the visitor's own word. Then,
 * at the same share, the index's other forms of a question word it lacks (`word-forms.ts`:
 * "verlängern" finds "Verlängerung"), which rank but which the confidence reads as unknown: on
 * the seventeen dev help centres reach rose 83.7 → 84.4 % (mean per set) with answers and their
 * precision unchanged, and 63.6 → 64.4 % on the twelve blind ones of rounds four to six (judged
 * once, by their figures); counted as matched, answers right fell 75.5 → 72.2 %. Apart, in
 * `wide`, the wide lexicon's words, which only the ranking of what a reply offers counts.
 */
function relatedTermsOf(
  index: KbIndex,
  question: string,
  { queryTerms, stems, language }: Reading,
  terms: readonly QueryTerm[],
): { related: RelatedTerm[]; wide: RelatedTerm[] } {
  const idfOf = new Map(queryTerms.map((term, j) => [term, terms[j]?.idf ?? 0]));
  const questionStems = words(question).map((w) => stems.of(w));
  const expansions = expandQuestion(queryTerms, questionStems, language).flatMap(
    ({ term, stands, wide }): RelatedTerm[] => {
      const id = index.termId(term);
      if (id < 0) return [];
      const weight = RELATED_WEIGHT * Math.max(...stands.map((s) => idfOf.get(s) ?? 0));
      const source = wide ? "wide" : "lexicon";
      return [{ term, stands, postings: index.postings(id), weight, source }];
    },
  );
  const related = expansions.filter((r) => r.source === "lexicon");
  const seen = new Set(related.map((r) => r.term));
  queryTerms.forEach((word, j) => {
    for (const id of formsOf(index, word)) {
      const term = index.termOf(id);
      if (seen.has(term)) continue;
      seen.add(term);
      const weight = RELATED_WEIGHT * (terms[j]?.idf ?? 0);
      related.push({ term, stands: [word], postings: index.postings(id), weight, source: "form" });
    }
  });
  // A word both a form and the wide lexicon's is a form: it ranks the answer too.
  const wide = expansions.filter((r) => r.source === "wide" && !seen.has(r.term));
  return { related, wide };
}

/**
 * The ranking of what a reply offers: the first stage's scores with the wide lexicon's words
 * added at their weight, re-ranked the same way, one passage per document. Its own pass, so the
 * answer, its confidence and the features never see the wide lexicon.
 */
function offeredRanking(
  index: KbIndex,
  first: FirstStage,
  queryTerms: readonly string[],
  documents: { passage: number; score: number }[],
): { passage: number; score: number }[] {
  const { scores, wide } = first;
  if (wide.length === 0) return documents;
  const widened = scores.slice();
  const lengths = index.passageLengths;
  const avgLength = index.averageLength || 1;
  for (const { postings, weight } of wide) addBm25f(widened, postings, weight, lengths, avgLength);
  return onePerDocument(index, rerank(index, widened, first, queryTerms)).documents;
}

/** A passage of the re-ranked list, with the bonuses the features read again. */
interface Candidate {
  passage: number;
  score: number;
  proximity: number;
  partial: number;
}

/**
 * Step 3, re-rank: the first stage's best RERANK passages get the proximity bonus (question
 * terms together), the best PARTIAL_RANKS also the partial-word bonus, both costlier than
 * BM25F since they decode a passage's words, hence only on the few that can still win.
 */
function rerank(
  index: KbIndex,
  scores: Float64Array,
  { terms, taughtTogether }: FirstStage,
  queryTerms: readonly string[],
): Candidate[] {
  const parts = new PartMatcher(index, queryTerms);
  const candidates = topPassages(scores, RERANK).map(({ passage, score }, rank) => {
    const closeness = closenessOf(index, passage, terms, rank < PARTIAL_RANKS ? parts : null);
    const { partial } = closeness;
    // The words a matched phrasing shares with the question are found together, as when the
    // phrasing's words were the end of each passage's text.
    const proximity =
      taughtTogether.size === 0
        ? closeness.proximity
        : Math.max(closeness.proximity, taughtTogether.get(index.docOf(passage)) ?? 0);
    return {
      passage,
      score: score + PROXIMITY_WEIGHT * proximity + PARTIAL_WEIGHT * partial,
      proximity,
      partial,
    };
  });
  candidates.sort((a, b) => b.score - a.score);
  return candidates;
}

/**
 * Step 4, one passage per document: the best passage of each of the best documents, because a
 * document split into passages should not fill every place. `documents` goes FUSION_DEPTH deep
 * for the semantic stage; `ranked` keeps the TOP the answer and the features use.
 */
function onePerDocument(
  index: KbIndex,
  candidates: readonly Candidate[],
): {
  ranked: { passage: number; score: number }[];
  documents: { passage: number; score: number }[];
} {
  const documents = bestPerDocument(index, candidates, FUSION_DEPTH).map(({ passage, score }) => ({
    passage,
    score,
  }));
  return { ranked: documents.slice(0, TOP), documents };
}

/**
 * Step 5, features: what the confidence model reads from the match (`confidence.ts`), each
 * normalised by the question's total IDF so a long question and a short one compare.
 */
function featuresOf(
  index: KbIndex,
  best: Passage,
  candidates: readonly Candidate[],
  ranked: readonly { passage: number; score: number }[],
  { terms, related, idfSum }: FirstStage,
  queryTerms: readonly string[],
): MatchFeatures {
  const first = candidates[0] as Candidate;
  // The runner-up is the best passage on another topic: documents sharing a title (several
  // answers to one question, paragraphs of one article) agree rather than compete.
  const runnerUp = candidates.find((r) => index.titleOf(r.passage) !== best.title);
  // A question word the best passage lacks but holds through the lexicon counts as related, not
  // as missing or unknown.
  const relatedHere = new Set(
    related
      .filter((r) => r.source === "lexicon" && indexOf(r.postings.passages, first.passage) >= 0)
      .flatMap((r) => r.stands),
  );
  let matchedTerms = 0;
  let missing = 0;
  let unknown = 0;
  let relatedWeight = 0;
  terms.forEach(({ postings, idf }, j) => {
    if (indexOf(postings.passages, first.passage) >= 0) matchedTerms++;
    else if (relatedHere.has(queryTerms[j] as string)) relatedWeight += idf;
    else if (postings.passages.length === 0) unknown += idf;
    else missing += idf;
  });
  // How much of the best documents' score is on the best one's topic (its title): a question the
  // knowledge base covers tends to find several passages of one article or answers to one FAQ;
  // one it does not, scattered near-misses.
  const rankedScore = ranked.reduce((sum, r) => sum + r.score, 0);
  const onTopic = ranked.reduce(
    (sum, r) => sum + (index.titleOf(r.passage) === best.title ? r.score : 0),
    0,
  );
  const maxScore = idfSum * (K1 + 1 + PROXIMITY_WEIGHT * TITLE_PROXIMITY);
  return {
    strength: first.score / maxScore,
    margin: runnerUp ? (first.score - runnerUp.score) / first.score : 1,
    matchedTerms,
    queryTerms: terms.length,
    missing: missing / idfSum,
    unknown: unknown / idfSum,
    proximity: first.proximity / idfSum,
    agreement: rankedScore > 0 ? onTopic / rankedScore : 1,
    partial: first.partial / idfSum,
    related: relatedWeight / idfSum,
  };
}

/**
 * The calibrated confidence, capped for a `foreign` question: an answer in a language the
 * visitor did not write is no answer, and a question clearly in a language the knowledge base
 * lacks matches only names and numbers, so it goes to a person.
 */
function confidenceOf(features: MatchFeatures, foreign: boolean): number {
  return foreign
    ? Math.min(confidenceFrom(features), FOREIGN_LANGUAGE_CAP)
    : confidenceFrom(features);
}
