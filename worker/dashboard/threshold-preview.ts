import type { HandoffReason } from "../../shared/api.ts";

/** A logged visitor message the worker scored: its confidence and what it decided. */
export interface ScoredQuestion {
  /** Null when the worker never scored it: a keyword the widget caught, or the button. */
  confidence: number | null;
  reason: HandoffReason | null;
  /** How many questions alike this stands for (a group counted in SQL); 1 when absent. */
  count?: number;
}

/** A handoff the site owner marked "the AI could have answered this". */
export interface LabelledHandoffScore {
  reason: HandoffReason;
  confidence: number | null;
}

/** What the logged questions would have come to at one threshold. */
export interface ThresholdPreview {
  threshold: number;
  questions: number;
  answered: number;
  handedOff: number;
  /** Handed off because a keyword matched: no threshold changes these. */
  byKeyword: number;
  /** Handed off because the visitor pressed "Talk to a person": no threshold changes these. */
  byButton: number;
  /** Handed off because the confidence was below the threshold. */
  byConfidence: number;
  /** Handoffs marked "the AI could have answered this". */
  labelled: number;
  /** Of those, how many this threshold would have answered instead. */
  labelledAnswered: number;
  /** Of those, how many this threshold would still have handed off. */
  labelledKept: number;
}

/**
 * Replays the logged questions at `threshold` with the decision's rule (`shared/decision.ts`): a
 * keyword hands off whatever the confidence; otherwise a confidence below the threshold hands off.
 * Labelled handoffs that came from a keyword or the handoff button stay handed off: only the
 * keyword list or the button changes those.
 *
 * @example
 * previewThreshold([{ confidence: 0.3, reason: null }, { confidence: 0.6, reason: null }], [], 0.5);
 * // { questions: 2, answered: 1, handedOff: 1, byConfidence: 1, … }
 */
export function previewThreshold(
  questions: readonly ScoredQuestion[],
  labelled: readonly LabelledHandoffScore[],
  threshold: number,
): ThresholdPreview {
  let total = 0;
  let answered = 0;
  let byKeyword = 0;
  let byButton = 0;
  for (const q of questions) {
    const n = q.count ?? 1;
    total += n;
    if (q.reason === "keyword") byKeyword += n;
    else if (q.reason === "visitor_request") byButton += n;
    else if (q.confidence !== null && q.confidence >= threshold) answered += n;
  }
  const labelledAnswered = labelled.filter(
    (h) => h.reason === "low_confidence" && h.confidence !== null && h.confidence >= threshold,
  ).length;
  return {
    threshold,
    questions: total,
    answered,
    handedOff: total - answered,
    byKeyword,
    byButton,
    byConfidence: total - answered - byKeyword - byButton,
    labelled: labelled.length,
    labelledAnswered,
    labelledKept: labelled.length - labelledAnswered,
  };
}

/** The thresholds the slider offers: 0, 0.01, …, 1 (each exactly as `Number("0.37")` parses). */
export const SLIDER_STEPS: readonly number[] = Array.from({ length: 101 }, (_, i) => i / 100);

/**
 * How many scored questions fall in each of `bins` equal slices of 0..1 (a confidence of exactly
 * 1 goes in the last), split into those a keyword handed off and the rest. Unscored ones (a
 * keyword the widget caught, the button) are left out.
 *
 * @example
 * confidenceHistogram([{ confidence: 0.12, reason: null }], 10)[1]; // { from: 0.1, to: 0.2, scored: 1, keyword: 0 }
 */
export function confidenceHistogram(
  questions: readonly ScoredQuestion[],
  bins: number,
): { from: number; to: number; scored: number; keyword: number }[] {
  const result = Array.from({ length: bins }, (_, i) => ({
    from: i / bins,
    to: (i + 1) / bins,
    scored: 0,
    keyword: 0,
  }));
  for (const q of questions) {
    // A message the worker never scored has no place on a confidence axis.
    if (q.confidence === null || q.reason === "visitor_request") continue;
    const bin = result[Math.min(bins - 1, Math.max(0, Math.floor(q.confidence * bins)))];
    if (!bin) continue;
    if (q.reason === "keyword") bin.keyword += q.count ?? 1;
    else bin.scored += q.count ?? 1;
  }
  return result;
}
