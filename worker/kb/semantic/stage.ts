/**
 * The semantic stage at chat time: the question's vector against the stored passage vectors,
 * fused with the lexical ranking. It only ever re-orders what a low-confidence reply suggests;
 * the answer/handoff decision is retrieval's confidence alone, with or without it.
 */
import type { KbIndex } from "../index-reader.ts";
import type { Retrieval } from "../retrieve.ts";
import { type KbKv, kbVersionOf } from "../store.ts";
import { embedderFor, embedWithin, QUERY_BUDGET_MS, type SemanticSettings } from "./embedder.ts";
import { fuseRankings, type RankedPassage } from "./fusion.ts";
import { getMatchingVectors } from "./vectors-store.ts";
import { semanticRanking } from "./vectors.ts";

// As deep as the lexical side (`Retrieval.documents`).
const DEPTH = 20;

/**
 * The fused ranking for `retrieval`'s question, or null for the lexical one: the stage is off,
 * the binding missing, the vectors absent or of another model or index version, or the model
 * failed or took longer than the budget.
 *
 * @example
 * const fused = await fusedRanking({ env, settings: config.semantic, kv, site, index, retrieval });
 * const offer = fused ? offerFor(message, retrieval, index, fused) : judged.offer;
 */
export async function fusedRanking(input: {
  env: object;
  settings: SemanticSettings | undefined;
  kv: KbKv;
  site: string;
  index: KbIndex | null;
  retrieval: Retrieval;
  budgetMs?: number;
}): Promise<RankedPassage[] | null> {
  const { index, retrieval } = input;
  const embedder = embedderFor(input.env, input.settings);
  const version = index ? kbVersionOf(index) : null;
  if (!embedder || !index || !version) return null;
  const vectors = await getMatchingVectors(input.kv, input.site, version, embedder.model);
  if (!vectors) return null;
  const budget = input.budgetMs ?? QUERY_BUDGET_MS;
  const embedded = await embedWithin(embedder, [retrieval.question], "query", budget);
  const query = embedded.ok ? embedded.vectors[0] : undefined;
  if (!query) {
    console.error(
      "semantic stage: question not embedded, lexical order kept:",
      embedded.ok ? "no vector" : embedded.error,
    );
    return null;
  }
  const semantic = semanticRanking(index, vectors, query, DEPTH);
  return semantic.length > 0 ? fuseRankings(index, retrieval.documents, semantic) : null;
}
