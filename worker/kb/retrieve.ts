import { confidenceFrom, type MatchFeatures } from "./confidence.ts";
import type { KbIndex, Passage, Postings } from "./index-reader.ts";
import type { Language } from "../../shared/languages.ts";
import { expandQuestion } from "./lexicon-expansion.ts";
import { isCandidate, MAX_CORRECTIONS, spellingOf } from "./spelling.ts";
import { languageOf, Stems, tokenize, withoutInterrogatives, words } from "./text.ts";

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
  /** The question's content-word stems, misspelt ones read as the knowledge base's word one edit away. */
  queryTerms: string[];
  /** The question as asked. */
  question: string;
  /** The knowledge base's words the lexicon relates to the question's (`lexicon-expansion.ts`). */
  relatedTerms: string[];
  /** The language the question was read in. */
  language: Language;
  /** What the confidence was computed from; null when nothing matched. */
  features: MatchFeatures | null;
}

// BM25F (Robertson & Zaragoza): a term's title and text occurrences add up, the title's
// weighted, before saturation. On the dev sets the title weight is worth +1 point of top-1 on
// StackFAQ (its titles are the questions) and nothing either way on SQuAD; k1 1.5 rather than 1.2
// is within a point everywhere. The constants sit in the middle of a flat region of a coarse
// grid, not at its best point.
const K1 = 1.5;
const B = 0.75;
const TITLE_WEIGHT = 3;
// Second stage: the best passages of the first are re-ranked with a proximity bonus, the
// IDF-weighted share of the question's terms found together within a window of this many
// content words of the text (or in the title, which counts double: a title is the shortest
// summary there is). +4 to +5 points of top-1 on StackFAQ, +2 to +3 on the SQuAD sets.
const WINDOW = 10;
const TITLE_PROXIMITY = 2;
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
const MIN_PART_LENGTH = 4;
const RERANK = 50;
// A word the lexicon relates to a question's word scores this share of that word's IDF.
const RELATED_WEIGHT = 0.5;
const TOP = 3;
const FUSION_DEPTH = 20;
// Below the spec's most lenient threshold (0.2).
const FOREIGN_LANGUAGE_CAP = 0.15;

/**
 * BM25F over the inverted index (only passages sharing a term with the question are touched),
 * a proximity re-ranking of the best 50, then a calibrated confidence from features of the
 * match. A question in a language the knowledge base does not have is read in its own
 * language, so its stems rarely match and its confidence is low: it hands off.
 *
 * @example
 * retrieve(index, "How long do refunds take?").confidence; // e.g. 0.83
 */
export function retrieve(index: KbIndex | null, question: string): Retrieval {
  const fallback = index?.languages[0] ?? "en";
  const language = languageOf(question, fallback);
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
  const queryTerms = [...new Set(spelt)];
  const empty: Retrieval = {
    confidence: 0,
    best: null,
    ranked: [],
    documents: [],
    question,
    queryTerms,
    relatedTerms: [],
    language,
    features: null,
  };
  if (!index || index.passageCount === 0 || queryTerms.length === 0) return empty;

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
  for (const { postings, idf } of terms) addBm25f(scores, postings, idf, lengths, avgLength);
  const idfSum = terms.reduce((sum, t) => sum + t.idf, 0);
  // The support-domain words the question's words stand for ("money back" → "refund"), scored
  // with a share of the IDF of the word they stand for: an everyday word finds the article that
  // uses the formal one, but never outscores an article that uses the visitor's own word.
  const idfOf = new Map(queryTerms.map((term, j) => [term, terms[j]?.idf ?? 0]));
  const questionStems = words(question).map((w) => stems.of(w));
  const related = expandQuestion(queryTerms, questionStems, language).flatMap(
    ({ term, stands }) => {
      const id = index.termId(term);
      if (id < 0) return [];
      const weight = RELATED_WEIGHT * Math.max(...stands.map((s) => idfOf.get(s) ?? 0));
      return [{ term, stands, postings: index.postings(id), weight }];
    },
  );
  for (const { postings, weight } of related) {
    addBm25f(scores, postings, weight, lengths, avgLength);
  }

  const parts = new PartMatcher(index, queryTerms);
  const candidates = topPassages(scores, RERANK).map(({ passage, score }, rank) => {
    const { proximity, partial } = closenessOf(
      index,
      passage,
      terms,
      rank < PARTIAL_RANKS ? parts : null,
    );
    return {
      passage,
      score: score + PROXIMITY_WEIGHT * proximity + PARTIAL_WEIGHT * partial,
      proximity,
      partial,
    };
  });
  candidates.sort((a, b) => b.score - a.score);

  // The best passage of each of the best documents: a document split into passages should not
  // fill every place.
  const ranked: { passage: number; score: number; docId: string }[] = [];
  for (const { passage, score } of candidates) {
    const docId = index.docIdOf(passage);
    if (ranked.some((r) => r.docId === docId)) continue;
    ranked.push({ passage, score, docId });
    if (ranked.length === FUSION_DEPTH) break;
  }
  const documents = ranked.map(({ passage, score }) => ({ passage, score }));
  ranked.length = Math.min(ranked.length, TOP);
  const first = candidates[0];
  if (!first) return empty;

  const best = index.passage(first.passage);
  // The runner-up is the best passage on another topic: documents sharing a title (several
  // answers to one question, paragraphs of one article) agree rather than compete.
  const runnerUp = candidates.find((r) => index.titleOf(r.passage) !== best.title);
  // A question word the best passage lacks but holds through the lexicon counts as related, not
  // as missing or unknown.
  const relatedHere = new Set(
    related
      .filter((r) => indexOf(r.postings.passages, first.passage) >= 0)
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
  const features: MatchFeatures = {
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
  // An answer in a language the visitor did not write is no answer: a question clearly in a
  // language the knowledge base lacks matches only names and numbers, and goes to a person.
  const foreign = !index.languages.includes(language);
  return {
    confidence: foreign
      ? Math.min(confidenceFrom(features), FOREIGN_LANGUAGE_CAP)
      : confidenceFrom(features),
    best,
    ranked: ranked.map((r) => ({ passage: index.passage(r.passage), score: r.score })),
    documents,
    question,
    queryTerms,
    relatedTerms: related.map((r) => r.term),
    language,
    features,
  };
}

/**
 * Adds one term's BM25F contribution to every passage that holds it: its title and text
 * occurrences added up (the title's weighted, the text's length-normalised), saturated, times
 * `weight` (the term's IDF, or a share of it for a word the lexicon relates).
 */
function addBm25f(
  scores: Float64Array,
  { passages, counts, titleCounts }: Postings,
  weight: number,
  lengths: ArrayLike<number>,
  avgLength: number,
): void {
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i] as number;
    const tf =
      TITLE_WEIGHT * (titleCounts[i] as number) +
      (counts[i] as number) / (1 - B + (B * (lengths[p] as number)) / avgLength);
    scores[p] = (scores[p] as number) + (weight * tf * (K1 + 1)) / (tf + K1);
  }
}

/**
 * How closely a passage holds the question, beyond BM25F's counts:
 * - `proximity`: the most IDF weight of distinct question terms found together, within any
 *   WINDOW consecutive content words of the passage's text or in its title (weighted
 *   TITLE_PROXIMITY);
 * - `partial`: the IDF weight of question terms the passage lacks but holds as the start or end
 *   of a longer word of its text, or the other way round (`PartMatcher`).
 */
function closenessOf(
  index: KbIndex,
  passage: number,
  terms: readonly { id: number; postings: Postings; idf: number }[],
  parts: PartMatcher | null,
): { proximity: number; partial: number } {
  let title = 0;
  let absent = 0;
  const slot = new Map<number, number>();
  terms.forEach(({ id, postings, idf }, j) => {
    const at = indexOf(postings.passages, passage);
    if (at >= 0 && (postings.titleCounts[at] as number) > 0) title += idf;
    if (at >= 0 && (postings.counts[at] as number) > 0) slot.set(id, j);
    else if (at < 0 && j < 31) absent |= 1 << j;
  });
  const needsParts = parts !== null && (absent & parts.candidates) !== 0;
  // Decoded only when something reads it: a passage matched by its title alone needs neither.
  const sequence = slot.size > 0 || needsParts ? index.passageTerms(passage) : [];
  let partial = 0;
  if (parts && needsParts) {
    let held = 0;
    for (const id of sequence) held |= parts.maskOf(id);
    const found = held & absent;
    for (let j = 0; found >> j; j++) if ((found >> j) & 1) partial += terms[j]?.idf ?? 0;
  }
  return { proximity: proximityIn(sequence, slot, terms, TITLE_PROXIMITY * title), partial };
}

/**
 * Which question terms a word of the index is part of, or holds as a part: its start or end, at
 * least MIN_PART_LENGTH letters, so "politik" meets "returpolitik" and "mail" meets "email".
 * Answers are bitmasks over the question's first 31 terms, memoised per word: the best passages
 * share most of their words, so each word is compared with the question once.
 */
class PartMatcher {
  /** Bitmask of the question terms long enough to have parts. */
  readonly candidates: number;
  private readonly masks = new Map<number, number>();
  private readonly index: KbIndex;
  private readonly queryTerms: readonly string[];

  constructor(index: KbIndex, queryTerms: readonly string[]) {
    this.index = index;
    this.queryTerms = queryTerms;
    let candidates = 0;
    queryTerms.forEach((term, j) => {
      if (j < 31 && term.length >= MIN_PART_LENGTH) candidates |= 1 << j;
    });
    this.candidates = candidates;
  }

  maskOf(wordId: number): number {
    let mask = this.masks.get(wordId);
    if (mask === undefined) {
      mask = 0;
      const word = this.index.termOf(wordId);
      if (word.length >= MIN_PART_LENGTH) {
        for (let j = 0; this.candidates >> j; j++) {
          if (!((this.candidates >> j) & 1)) continue;
          const term = this.queryTerms[j] as string;
          if (isPartOf(term, word) || isPartOf(word, term)) mask |= 1 << j;
        }
      }
      this.masks.set(wordId, mask);
    }
    return mask;
  }
}

/** Whether `part` starts or ends the longer `word`: a compound's part, or a derived form's stem. */
function isPartOf(part: string, word: string): boolean {
  return word.length > part.length && (word.startsWith(part) || word.endsWith(part));
}

/** The sliding-window part of `closenessOf`: `slot` maps a term id in the text to its question term. */
function proximityIn(
  sequence: readonly number[],
  slot: ReadonlyMap<number, number>,
  terms: readonly { idf: number }[],
  titleWeight: number,
): number {
  let best = titleWeight;
  if (slot.size === 0) return best;
  // Sliding window over the positions of question terms in the text.
  const hits: { at: number; j: number }[] = [];
  sequence.forEach((id, at) => {
    const j = slot.get(id);
    if (j !== undefined) hits.push({ at, j });
  });
  const inWindow = new Uint16Array(terms.length);
  let weight = 0;
  let lo = 0;
  for (const hit of hits) {
    if ((inWindow[hit.j] as number) === 0) weight += terms[hit.j]?.idf ?? 0;
    inWindow[hit.j] = (inWindow[hit.j] as number) + 1;
    for (; (hits[lo]?.at ?? 0) <= hit.at - WINDOW; lo++) {
      const j = hits[lo]?.j ?? 0;
      inWindow[j] = (inWindow[j] as number) - 1;
      if (inWindow[j] === 0) weight -= terms[j]?.idf ?? 0;
    }
    if (weight > best) best = weight;
  }
  return best;
}

function topPassages(scores: Float64Array, k: number): { passage: number; score: number }[] {
  const top: { passage: number; score: number }[] = [];
  let floor = 0;
  for (let p = 0; p < scores.length; p++) {
    const score = scores[p] as number;
    if (score <= floor && (top.length === k || score === 0)) continue;
    let i = top.length;
    while (i > 0 && (top[i - 1]?.score ?? 0) < score) i--;
    top.splice(i, 0, { passage: p, score });
    if (top.length > k) top.pop();
    if (top.length === k) floor = top[k - 1]?.score ?? 0;
  }
  return top;
}

function indexOf(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
