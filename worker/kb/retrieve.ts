import type { Source } from "../../shared/api.ts";
import { confidenceFrom, type MatchFeatures } from "./confidence.ts";
import type { KbIndex, Passage } from "./index.ts";
import type { Language } from "./language.ts";
import { languageOf, splitSentences, tokenize } from "./text.ts";

export interface Retrieval {
  /** 0..1: how sure we are that the best passage answers the question (see confidence.ts). */
  confidence: number;
  best: Passage | null;
  /** The best passages, best first (at most 3, one per document), with their BM25 scores. */
  ranked: { passage: Passage; score: number }[];
  queryTerms: string[];
  /** The language the question was read in. */
  language: Language;
  /** What the confidence was computed from; null when nothing matched. */
  features: MatchFeatures | null;
}

// BM25's usual constants: a grid over k1 0.9..1.8 and b 0.5..0.9 on the dev sets moved top-1
// correctness by a point or two either way, not worth a choice tuned to them.
const K1 = 1.2;
const B = 0.75;
const TOP = 3;
// Below the spec's most lenient threshold (0.2).
const FOREIGN_LANGUAGE_CAP = 0.15;
// How far down the ranking to look for a passage on another topic.
const RUNNER_UP_DEPTH = 20;

/**
 * BM25 over the inverted index (only passages sharing a term with the question are touched),
 * then a calibrated confidence from features of the match. A question in a language the
 * knowledge base does not have is read in its own language, so its stems rarely match and its
 * confidence is low: it hands off.
 *
 * @example
 * retrieve(index, "How long do refunds take?").confidence; // e.g. 0.83
 */
export function retrieve(index: KbIndex | null, question: string): Retrieval {
  const fallback = index?.languages[0] ?? "en";
  const language = languageOf(question, fallback);
  const queryTerms = [...new Set(tokenize(question, language))];
  const empty: Retrieval = { confidence: 0, best: null, ranked: [], queryTerms, language, features: null };
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
    return { term, postings, idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)) };
  });
  for (const { postings, idf } of terms) {
    const { passages, counts } = postings;
    for (let i = 0; i < passages.length; i++) {
      const p = passages[i] as number;
      const tf = counts[i] as number;
      scores[p] = (scores[p] as number) + (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * (lengths[p] as number)) / avgLength));
    }
  }

  // The best passage of each of the best documents: a document split into passages should not
  // fill every place.
  const top = topPassages(scores, RUNNER_UP_DEPTH);
  const ranked: { passage: number; score: number; docId: string }[] = [];
  for (const { passage, score } of top) {
    const docId = index.docIdOf(passage);
    if (ranked.some((r) => r.docId === docId)) continue;
    ranked.push({ passage, score, docId });
    if (ranked.length === TOP) break;
  }
  const first = ranked[0];
  if (!first) return empty;

  const best = index.passage(first.passage);
  // The runner-up is the best passage on another topic: documents sharing a title (several
  // answers to one question, paragraphs of one article) agree rather than compete.
  const runnerUp = top.find((r) => index.titleOf(r.passage) !== best.title);
  let matchedTerms = 0;
  for (const { postings } of terms) if (contains(postings.passages, first.passage)) matchedTerms++;
  const maxScore = terms.reduce((sum, t) => sum + t.idf, 0) * (K1 + 1);
  const features: MatchFeatures = {
    strength: first.score / maxScore,
    margin: runnerUp ? (first.score - runnerUp.score) / first.score : 1,
    matchedTerms,
    queryTerms: terms.length,
  };
  // An answer in a language the visitor did not write is no answer: a question clearly in a
  // language the knowledge base lacks matches only names and numbers, and goes to a person.
  const foreign = !index.languages.includes(language);
  return {
    confidence: foreign ? Math.min(confidenceFrom(features), FOREIGN_LANGUAGE_CAP) : confidenceFrom(features),
    best,
    ranked: ranked.map((r) => ({ passage: index.passage(r.passage), score: r.score })),
    queryTerms,
    language,
    features,
  };
}

/** The best passage's most relevant sentences (at most two, in their original order). */
export function extractAnswer(retrieval: Retrieval): { text: string; sources: Source[] } {
  const { best, queryTerms } = retrieval;
  if (!best) return { text: "", sources: [] };
  const wanted = new Set(queryTerms);
  const sentences = splitSentences(best.text).map((text, position) => ({
    text,
    position,
    hits: new Set(tokenize(text, best.language).filter((t) => wanted.has(t))).size,
  }));
  const chosen = [...sentences]
    .sort((a, b) => b.hits - a.hits || a.position - b.position)
    .slice(0, 2)
    .sort((a, b) => a.position - b.position);
  // The runner-up is cited only when it is nearly as strong: a weak second link is noise.
  const topScore = retrieval.ranked[0]?.score ?? 0;
  const sources: Source[] = [];
  for (const { passage, score } of retrieval.ranked.slice(0, 2)) {
    if (score < topScore * 0.8 || sources.some((s) => s.title === passage.title)) continue;
    sources.push({ title: passage.title, url: passage.url });
  }
  return { text: chosen.map((s) => s.text).join(" "), sources };
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

function contains(sorted: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
