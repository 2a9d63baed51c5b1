import type { KbIndex } from "./index-reader.ts";

/**
 * The first passage of each document in `ranked` (best first), at most `depth` of them: a
 * document split into passages takes one place, with its best passage. Retrieval's documents
 * (`retrieve.ts`) and the word-shape ranking (`word-shapes.ts`) both list documents this way.
 *
 * @example
 * bestPerDocument(index, [{ passage: 0, score: 3 }, { passage: 1, score: 2 }], 20);
 * // [{ passage: 0, score: 3 }] when passages 0 and 1 are one document's
 */
export function bestPerDocument<T extends { passage: number }>(
  index: KbIndex,
  ranked: Iterable<T>,
  depth: number,
): T[] {
  const seen = new Set<string>();
  const best: T[] = [];
  for (const entry of ranked) {
    if (best.length === depth) break;
    const doc = index.docIdOf(entry.passage);
    if (seen.has(doc)) continue;
    seen.add(doc);
    best.push(entry);
  }
  return best;
}
