import type { Postings } from "./index-reader.ts";

// BM25F (Robertson & Zaragoza): a term's title and text occurrences add up, the title's
// weighted, before saturation. On the dev sets the title weight is worth +1 point of top-1 on
// StackFAQ (its titles are the questions) and nothing either way on SQuAD; k1 1.5 rather than 1.2
// is within a point everywhere. The constants sit in the middle of a flat region of a coarse
// grid, not at its best point.
export const K1 = 1.5;
const B = 0.75;
const TITLE_WEIGHT = 3;

/**
 * Adds one term's BM25F contribution to every passage that holds it: its title and text
 * occurrences added up (the title's weighted, the text's length-normalised), saturated, times
 * `weight` (the term's IDF, or a share of it for a word the lexicon relates).
 */
export function addBm25f(
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
 * The `k` best-scoring passages, best first, ties in passage order: one pass over the scores
 * keeping a sorted list of at most `k`, rather than sorting every passage.
 */
export function topPassages(scores: Float64Array, k: number): { passage: number; score: number }[] {
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

/** Where `value` sits in a posting list (sorted passage numbers), or -1: binary search. */
export function indexOf(sorted: Uint32Array, value: number): number {
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
