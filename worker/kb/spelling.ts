import { withOneEdit } from "../../shared/text/typos.ts";
import type { KbIndex } from "./index-reader.ts";

// Spelling correction: words of this length or more (as stems), not numbers, at most this many
// per question (each costs a few hundred look-ups: up to about 0.3 ms in a 10,000-passage index).
const MIN_CORRECTED_LENGTH = 6;
export const MAX_CORRECTIONS = 4;
// Letters a stem can hold after accents are folded (`foldAccents`).
const LETTERS = [..."abcdefghijklmnopqrstuvwxyzæøß"];

/** Whether `term` is a word spelling correction should try: long, no digits, not in the index. */
export function isCandidate(index: KbIndex, term: string): boolean {
  return term.length >= MIN_CORRECTED_LENGTH && !/\p{N}/u.test(term) && index.termId(term) < 0;
}

/**
 * The index's most frequent term one edit away from `term` (a letter deleted, inserted,
 * replaced, or two neighbours swapped), or `term` when there is none.
 * Short words and numbers are left alone (isCandidate): one edit from them is another word
 * ("cost", "post").
 */
export function spellingOf(index: KbIndex, term: string): string {
  let best = term;
  let bestDf = 0;
  const consider = (candidate: string) => {
    const df = index.documentFrequency(index.termId(candidate));
    if (df > bestDf) {
      best = candidate;
      bestDf = df;
    }
  };
  withOneEdit(term, LETTERS, consider);
  return best;
}
