import type { Source } from "../../shared/api.ts";
import type { KbIndex, Passage } from "./index.ts";
import { splitSentences, tokenize } from "./text.ts";

export interface Retrieval {
  /** 0..1: how much of the question's information the best passage covers (see below). */
  confidence: number;
  best: Passage | null;
  /** Passages in score order, best first (at most 3), with their BM25 scores. */
  ranked: { passage: Passage; score: number }[];
  queryTerms: string[];
}

const K1 = 1.2;
const B = 0.75;

/**
 * BM25 ranking with a confidence that means what the spec says: the share of the question's
 * inverse-document-frequency mass that the best passage contains. A question whose rare,
 * meaningful words all appear in one passage scores near 1; one whose words the knowledge base
 * has never seen scores near 0. The knowledge-base issue replaces this with a calibrated model.
 *
 * @example
 * retrieve(index, "How long do refunds take?").confidence; // e.g. 0.83
 */
export function retrieve(index: KbIndex | null, question: string): Retrieval {
  const queryTerms = [...new Set(tokenize(question))];
  if (!index || index.passages.length === 0 || queryTerms.length === 0) {
    return { confidence: 0, best: null, ranked: [], queryTerms };
  }
  const n = index.passages.length;
  const idf = new Map(
    queryTerms.map((t) => {
      const df = index.documentFrequency[t] ?? 0;
      return [t, Math.log(1 + (n - df + 0.5) / (df + 0.5))] as const;
    }),
  );
  const scored = index.passages
    .map((passage) => ({ passage, score: bm25(passage, queryTerms, idf, index.averageLength) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.passage ?? null;
  if (!best) return { confidence: 0, best: null, ranked: [], queryTerms };
  let covered = 0;
  let total = 0;
  for (const [term, weight] of idf) {
    total += weight;
    if (best.terms[term]) covered += weight;
  }
  return {
    confidence: total > 0 ? round(covered / total) : 0,
    best,
    ranked: scored.slice(0, 3),
    queryTerms,
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
    hits: tokenize(text).filter((t) => wanted.has(t)).length,
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

function bm25(passage: Passage, terms: readonly string[], idf: ReadonlyMap<string, number>, avgLength: number): number {
  let score = 0;
  for (const term of terms) {
    const tf = passage.terms[term] ?? 0;
    if (tf === 0) continue;
    const norm = tf + K1 * (1 - B + (B * passage.length) / (avgLength || 1));
    score += (idf.get(term) ?? 0) * ((tf * (K1 + 1)) / norm);
  }
  return score;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
