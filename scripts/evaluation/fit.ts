/**
 * Fitting the confidence model's constants on evaluation results (`npm run eval -- --fit`), and
 * leave-one-set-out scoring. Offline only: the worker ships the fitted constants.
 */
import { confidenceFrom, featureVector, type MatchFeatures } from "../../worker/kb/confidence.ts";
import type { QueryResult } from "./evaluate.ts";

/**
 * How much more a wrong answer costs a visitor than a needless handoff, in the fit: precision
 * first. With 2, confidence 0.5 is where answering and handing off cost the same, and the
 * spec's default 0.4 answers only where a wrong answer is clearly the less likely outcome.
 */
export const WRONG_ANSWER_COST = 2;

/**
 * Fits the confidence model's weights: L2-regularised logistic regression of "answerable and
 * its best match is relevant" on the features, each set weighted equally and each set's
 * classes balanced, so no one set or class prior decides the scale. Newton's method; a handful
 * of features need nothing more.
 */
export function fitConfidence(
  sets: readonly (readonly QueryResult[])[],
  lambda = 1,
  wrongAnswerCost = WRONG_ANSWER_COST,
): { weights: number[]; intercept: number } {
  const rows: { x: number[]; y: number; w: number }[] = [];
  for (const results of sets) {
    // Small talk is answered socially, never scored against the threshold.
    const usable = results.filter((r) => r.features && r.kind !== "small_talk");
    const pos = usable.filter((r) => r.answerable && r.correct).length;
    const neg = usable.length - pos;
    for (const r of usable) {
      const y = r.answerable && r.correct ? 1 : 0;
      rows.push({
        x: [1, ...featureVector(r.features as MatchFeatures)],
        y,
        w: ((y ? 1 : wrongAnswerCost) * 0.5) / (y ? pos : neg) / sets.length,
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
