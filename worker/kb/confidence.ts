/**
 * Retrieval confidence: the probability that the best passage answers the question, from a
 * few features of the match that mean the same in any language and knowledge-base size.
 */

/** What the best match looks like. */
export interface MatchFeatures {
  /** Best score (BM25F + proximity) over the most this question could score (every term present, saturated, together): 0..1. */
  strength: number;
  /** (best − runner-up) / best, the runner-up being the best passage of another title: 0..1. */
  margin: number;
  /** Question terms (distinct content-word stems) the best passage contains. */
  matchedTerms: number;
  /** Distinct content-word stems of the question. */
  queryTerms: number;
  /** IDF-weighted share of the question's terms the knowledge base has but the best passage lacks: 0..1. */
  missing: number;
  /** IDF-weighted share of the question's terms no passage has: 0..1. */
  unknown: number;
  /** Most IDF weight of question terms found together in the best passage (a window of its text, or its title counted double), over the question's: 0..2. */
  proximity: number;
  /** Share of the best three documents' score held by documents with the best one's title: 0..1. */
  agreement: number;
  /** IDF-weighted share of the question's terms the best passage holds only as part of a longer word, or the other way round (a compound): 0..1. */
  partial: number;
}

export const FEATURE_NAMES = [
  "strength",
  "margin",
  "log(1 + matchedTerms)",
  "missing",
  "unknown",
  "proximity",
  "agreement",
  "partial",
] as const;

/** The model's inputs, in the order of FEATURE_NAMES and WEIGHTS. */
export function featureVector(f: MatchFeatures): number[] {
  return [
    f.strength,
    f.margin,
    Math.log(1 + f.matchedTerms),
    f.missing,
    f.unknown,
    f.proximity,
    f.agreement,
    f.partial,
  ];
}

/*
 * Fitted by `npm run eval -- ../shared/eval/*.json --fit` (worker/kb/evaluate.ts
 * `fitConfidence`): L2-regularised logistic regression of "answerable and the best match is
 * relevant" on the features over the three public dev sets, each set weighted equally and its
 * classes balanced, so that 0.5 is the point where a wrong answer and a needless handoff are
 * equally likely and the spec's 0.4 leans a little toward answering. Eight features and an
 * intercept; `--fit` also prints the leave-one-set-out figures (fitted on two sets, scored on
 * the third), which are within about 0.01 of ROC AUC of these in-sample ones.
 */
export const WEIGHTS: readonly number[] = [0.934, 2.728, 2.335, 0.094, -1.296, 1.562, 1.063, 2.814];
export const INTERCEPT = -6.1;

/**
 * Confidence in 0..1, rounded to three decimals.
 *
 * @example
 * confidenceFrom({ strength: 0.6, margin: 0.5, matchedTerms: 4, queryTerms: 4, missing: 0, unknown: 0, proximity: 1, agreement: 1, partial: 0 }); // 0.9
 */
export function confidenceFrom(
  f: MatchFeatures,
  weights: readonly number[] = WEIGHTS,
  intercept = INTERCEPT,
): number {
  const x = featureVector(f);
  let z = intercept;
  for (let i = 0; i < x.length; i++) z += (weights[i] ?? 0) * (x[i] ?? 0);
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}
