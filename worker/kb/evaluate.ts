/**
 * The retrieval-confidence metric of `../shared/eval/README.md`, over the worker's own index
 * and retriever. Pure: `scripts/eval.ts` reads the files, tests pass slices.
 */
import * as v from "valibot";
import { confidenceFrom, featureVector, type MatchFeatures } from "./confidence.ts";
import { buildIndex } from "./index.ts";
import { retrieve } from "./retrieve.ts";

export const EvalSetSchema = v.object({
  name: v.optional(v.string()),
  lang: v.optional(v.string()),
  kb: v.array(
    v.object({
      id: v.string(),
      title: v.string(),
      text: v.string(),
      url: v.optional(v.nullable(v.string())),
    }),
  ),
  queries: v.array(
    v.object({
      id: v.string(),
      text: v.string(),
      answerable: v.boolean(),
      relevant: v.array(v.string()),
      kind: v.optional(v.string()),
    }),
  ),
});
export type EvalSet = v.InferOutput<typeof EvalSetSchema>;

/** One query's outcome. */
export interface QueryResult {
  id: string;
  answerable: boolean;
  kind: string;
  confidence: number;
  bestId: string | null;
  correct: boolean;
  features: MatchFeatures | null;
}

export const THRESHOLDS = [0.2, 0.4, 0.6] as const;

export interface ThresholdReport {
  threshold: number;
  /** Share of answerable queries with confidence ≥ threshold. */
  answerRate: number;
  /** Among those, share whose best match is relevant. */
  top1: number;
  /** Share of unanswerable queries with confidence < threshold. */
  handoffRate: number;
  answered: number;
  answeredCorrect: number;
  handedOff: number;
}

export interface SetReport {
  name: string;
  kbDocuments: number;
  passages: number;
  answerable: number;
  unanswerable: number;
  auc: number;
  /** For sets with several kinds of unanswerable query: answerable vs each kind. */
  aucByKind: Record<string, number>;
  /** Share of answerable queries whose best match is relevant, whatever the confidence. */
  top1All: number;
  thresholds: ThresholdReport[];
  /** Median retrieval time per query, ms. */
  msPerQuery: number;
}

/** Runs every query of `set` through the real index and retriever. */
export function runSet(set: EvalSet): {
  results: QueryResult[];
  passages: number;
  msPerQuery: number;
} {
  const { index } = buildIndex(set.kb);
  const times: number[] = [];
  const results = set.queries.map((q) => {
    const start = performance.now();
    const r = retrieve(index, q.text);
    times.push(performance.now() - start);
    const bestId = r.best?.docId ?? null;
    return {
      id: q.id,
      answerable: q.answerable,
      kind: q.kind ?? (q.answerable ? "in_kb" : "unanswerable"),
      confidence: r.confidence,
      bestId,
      correct: bestId !== null && q.relevant.includes(bestId),
      features: r.features,
    };
  });
  times.sort((a, b) => a - b);
  return { results, passages: index.passageCount, msPerQuery: times[times.length >> 1] ?? 0 };
}

/** The README's figures for one set. */
export function reportSet(set: EvalSet, name = set.name ?? "set"): SetReport {
  const { results, passages, msPerQuery } = runSet(set);
  return summarise(name, set.kb.length, passages, results, msPerQuery);
}

export function summarise(
  name: string,
  kbDocuments: number,
  passages: number,
  results: readonly QueryResult[],
  msPerQuery = 0,
): SetReport {
  const positives = results.filter((r) => r.answerable);
  const negatives = results.filter((r) => !r.answerable);
  const kinds = [...new Set(negatives.map((r) => r.kind))].sort();
  const aucByKind: Record<string, number> = {};
  if (kinds.length > 1) {
    for (const kind of kinds)
      aucByKind[kind] = rocAuc(
        positives.map((r) => r.confidence),
        negatives.filter((r) => r.kind === kind).map((r) => r.confidence),
      );
  }
  return {
    name,
    kbDocuments,
    passages,
    answerable: positives.length,
    unanswerable: negatives.length,
    auc: rocAuc(
      positives.map((r) => r.confidence),
      negatives.map((r) => r.confidence),
    ),
    aucByKind,
    top1All: ratio(positives.filter((r) => r.correct).length, positives.length),
    thresholds: THRESHOLDS.map((threshold) => {
      const answered = positives.filter((r) => r.confidence >= threshold);
      const answeredCorrect = answered.filter((r) => r.correct).length;
      const handedOff = negatives.filter((r) => r.confidence < threshold).length;
      return {
        threshold,
        answerRate: ratio(answered.length, positives.length),
        top1: ratio(answeredCorrect, answered.length),
        handoffRate: ratio(handedOff, negatives.length),
        answered: answered.length,
        answeredCorrect,
        handedOff,
      };
    }),
    msPerQuery,
  };
}

/** ROC AUC: the chance a random positive outranks a random negative, ties counted as half. */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return Number.NaN;
  const all = [
    ...positives.map((s) => ({ s, pos: true })),
    ...negatives.map((s) => ({ s, pos: false })),
  ].sort((a, b) => a.s - b.s);
  // Mann–Whitney U with mid-ranks for ties.
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]?.s === all[i]?.s) j++;
    const midRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]?.pos) rankSum += midRank;
    i = j;
  }
  return (
    (rankSum - (positives.length * (positives.length + 1)) / 2) /
    (positives.length * negatives.length)
  );
}

function ratio(a: number, b: number): number {
  return b === 0 ? Number.NaN : a / b;
}

/**
 * Fits the confidence model's weights: L2-regularised logistic regression of "answerable and
 * its best match is relevant" on the features, each set weighted equally and each set's
 * classes balanced, so no one set or class prior decides the scale. Newton's method; a handful
 * of features need nothing more.
 */
export function fitConfidence(
  sets: readonly (readonly QueryResult[])[],
  lambda = 1,
): { weights: number[]; intercept: number } {
  const rows: { x: number[]; y: number; w: number }[] = [];
  for (const results of sets) {
    const usable = results.filter((r) => r.features);
    const pos = usable.filter((r) => r.answerable && r.correct).length;
    const neg = usable.length - pos;
    for (const r of usable) {
      const y = r.answerable && r.correct ? 1 : 0;
      rows.push({
        x: [1, ...featureVector(r.features as MatchFeatures)],
        y,
        w: 0.5 / (y ? pos : neg) / sets.length,
      });
    }
  }
  const d = rows[0]?.x.length ?? 1;
  let beta = new Array<number>(d).fill(0);
  const total = rows.reduce((s, r) => s + r.w, 0);
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y, w } of rows) {
      const z = x.reduce((s, xi, i) => s + xi * (beta[i] ?? 0), 0);
      const p = 1 / (1 + Math.exp(-z));
      const ww = w / total;
      for (let i = 0; i < d; i++) {
        grad[i] = (grad[i] ?? 0) + ww * ((p - y) * (x[i] ?? 0));
        for (let j = 0; j < d; j++)
          (hess[i] as number[])[j] =
            ((hess[i] as number[])[j] ?? 0) + ww * p * (1 - p) * (x[i] ?? 0) * (x[j] ?? 0);
      }
    }
    // The intercept is not penalised.
    for (let i = 1; i < d; i++) {
      grad[i] = (grad[i] ?? 0) + (lambda / rows.length) * (beta[i] ?? 0);
      (hess[i] as number[])[i] = ((hess[i] as number[])[i] ?? 0) + lambda / rows.length;
    }
    const step = solve(hess, grad);
    beta = beta.map((b, i) => b - (step[i] ?? 0));
    if (step.every((s) => Math.abs(s) < 1e-9)) break;
  }
  return { intercept: beta[0] ?? 0, weights: beta.slice(1) };
}

/**
 * Leave-one-set-out: each set's results rescored with the model fitted on the other sets, which
 * is how the constants should do on a held-out set of the same format. (The foreign-language
 * cap is not reapplied; the sets are monolingual.)
 */
export function leaveOneSetOut(sets: readonly (readonly QueryResult[])[]): QueryResult[][] {
  return sets.map((results, i) => {
    const { weights, intercept } = fitConfidence(sets.filter((_, j) => j !== i));
    return results.map((r) => ({
      ...r,
      confidence: r.features ? confidenceFrom(r.features, weights, intercept) : 0,
    }));
  });
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const pr = m[col] as number[];
    const pv = pr[col] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = m[r] as number[];
      const f = (row[col] ?? 0) / pv;
      for (let c = col; c <= n; c++) row[c] = (row[c] ?? 0) - f * (pr[c] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] || 1e-12));
}
