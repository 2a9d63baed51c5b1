import { indexOf } from "./bm25f.ts";
import type { KbIndex, Postings } from "./index-reader.ts";

// Second stage: the best passages of the first are re-ranked with a proximity bonus, the
// IDF-weighted share of the question's terms found together within a window of this many
// content words of the text (or in the title, which counts double: a title is the shortest
// summary there is). +4 to +5 points of top-1 on StackFAQ, +2 to +3 on the SQuAD sets.
const WINDOW = 10;
export const TITLE_PROXIMITY = 2;
// The shortest word that counts as part of another (see `PartMatcher`).
const MIN_PART_LENGTH = 4;

/** A question term as the stages read it: its id in the index, its postings and its IDF. */
export interface QueryTerm {
  id: number;
  postings: Postings;
  idf: number;
}

/**
 * How closely a passage holds the question, beyond BM25F's counts:
 * - `proximity`: the most IDF weight of distinct question terms found together, within any
 *   WINDOW consecutive content words of the passage's text or in its title (weighted
 *   TITLE_PROXIMITY);
 * - `partial`: the IDF weight of question terms the passage lacks but holds as the start or end
 *   of a longer word of its text, or the other way round (`PartMatcher`).
 */
export function closenessOf(
  index: KbIndex,
  passage: number,
  terms: readonly QueryTerm[],
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
export class PartMatcher {
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
