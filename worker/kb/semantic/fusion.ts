/**
 * Reciprocal-rank fusion (Cormack, Clarke & Büttcher, 2009): each ranking gives a document
 * 1 / (K + rank), and the sums order them. Ranks, not scores, so BM25F's unbounded scores and
 * cosine similarities need no common scale, and a document both rankings like beats one only
 * one of them does.
 */
import type { KbIndex, Passage } from "../index-reader.ts";

// The paper's constant: large enough that the first places don't swamp the rest.
const K = 60;

/** A ranked passage, as `Retrieval.ranked` and `Offer.suggestions` hold them. */
export interface RankedPassage {
  passage: Passage;
  score: number;
}

/**
 * The documents of two rankings (passage numbers, one per document, best first) in fused
 * order, each with its fused score; a document in both keeps the lexical ranking's passage.
 *
 * @example
 * fuseRankings(index, [{ passage: 3 }, { passage: 7 }], [{ passage: 7 }, { passage: 1 }]);
 * // passage 7 first (liked by both), then 3, then 1
 */
export function fuseRankings(
  index: KbIndex,
  lexical: readonly { passage: number }[],
  semantic: readonly { passage: number }[],
): RankedPassage[] {
  const byDoc = new Map<string, { passage: number; score: number; lexicalRank: number }>();
  const add = (ranking: readonly { passage: number }[], lexicalRanking: boolean) => {
    ranking.forEach(({ passage }, rank) => {
      const doc = index.docIdOf(passage);
      const entry = byDoc.get(doc);
      const share = 1 / (K + rank + 1);
      if (entry) entry.score += share;
      else byDoc.set(doc, { passage, score: share, lexicalRank: lexicalRanking ? rank : Infinity });
    });
  };
  add(lexical, true);
  add(semantic, false);
  // Ties (one document first in one ranking, another first in the other) go to the lexical
  // ranking's order: the stage may only ever move what words alone found.
  return [...byDoc.values()]
    .sort((a, b) => b.score - a.score || a.lexicalRank - b.lexicalRank)
    .map(({ passage, score }) => ({ passage: index.passage(passage), score }));
}
