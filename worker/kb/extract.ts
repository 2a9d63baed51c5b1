import type { Source } from "../../shared/api.ts";
import type { Retrieval } from "./retrieve.ts";
import { splitSentences, tokenize } from "./text.ts";

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
