/**
 * The threshold's evidence: what visitors and the owner said about the outcomes, per confidence
 * band, and the threshold that would have given the most helpful outcomes. Pure.
 */

/** The fewest judged outcomes a recommendation rests on. */
export const MIN_JUDGED_OUTCOMES = 20;

/**
 * The most outcomes one visitor's verdicts count as, their latest, whatever the number of
 * articles they rated: a visitor may rate ten answers a day, one per article counted, so without
 * a cap one address rating twenty articles over two days was a recommendation on its own, and
 * over a month's window outweighed every other visitor. At three, a recommendation's twenty
 * outcomes come from seven visitors at the least (or the owner's labels).
 */
export const MAX_OUTCOMES_PER_VISITOR = 3;

/** One judged outcome at the confidence the worker recorded. */
export type JudgedOutcome =
  /**
   * An answer the visitor marked 👍 (true) or 👎 (false); `by` who (a hash, null when not
   * known), `answer` the article it came from, `at` when.
   */
  | {
      kind: "verdict";
      confidence: number;
      helpful: boolean;
      by?: string | null;
      answer?: string | null;
      at?: string | null;
    }
  /** A low-confidence handoff the owner marked "the AI could have answered this". */
  | { kind: "could_have_answered"; confidence: number };

/** The evidence in one slice of the confidence range. */
export interface EvidenceBand {
  from: number;
  to: number;
  helpful: number;
  unhelpful: number;
  couldHaveAnswered: number;
}

/** What a threshold would have made of the judged outcomes. */
export interface OutcomeScore {
  threshold: number;
  /** Outcomes that would have gone well: 👍 answers kept, 👎 answers handed to a person, labelled handoffs answered. */
  helpful: number;
  helpfulKept: number;
  unhelpfulHandedOff: number;
  labelledAnswered: number;
}

export interface ThresholdEvidence {
  bands: EvidenceBand[];
  judged: number;
  totals: { helpful: number; unhelpful: number; couldHaveAnswered: number };
  current: OutcomeScore;
  /** Null below MIN_JUDGED_OUTCOMES: not enough data yet. */
  recommendation: (OutcomeScore & { range: { from: number; to: number } }) | null;
}

/**
 * What `threshold` would have made of each judged outcome, by the decision's rule (at or above
 * it the AI answers): a 👍 answer goes well if still answered, a 👎 answer if handed to a person
 * instead, a "could have answered" handoff if answered.
 *
 * @example
 * scoreThreshold([{ kind: "verdict", confidence: 0.5, helpful: false }], 0.6).helpful; // 1
 */
export function scoreThreshold(
  outcomes: readonly JudgedOutcome[],
  threshold: number,
): OutcomeScore {
  let helpfulKept = 0;
  let unhelpfulHandedOff = 0;
  let labelledAnswered = 0;
  for (const o of outcomes) {
    const answered = o.confidence >= threshold;
    if (o.kind === "could_have_answered") {
      if (answered) labelledAnswered++;
    } else if (o.helpful && answered) helpfulKept++;
    else if (!o.helpful && !answered) unhelpfulHandedOff++;
  }
  return {
    threshold,
    helpful: helpfulKept + unhelpfulHandedOff + labelledAnswered,
    helpfulKept,
    unhelpfulHandedOff,
    labelledAnswered,
  };
}

/**
 * The outcomes with each visitor's verdicts on one article counted once (the latest stands),
 * and each visitor's latest MAX_OUTCOMES_PER_VISITOR of those only: evidence counts visitors,
 * not clicks, so one address's thirty 👎 on the same answer are one piece of evidence, not
 * thirty, and its 👎 on thirty articles are three. Verdicts of no known visitor each count as one.
 *
 * @example
 * const down = { kind: "verdict", confidence: 0.9, helpful: false, by: "v1", answer: "returns" } as const;
 * countVisitorsOnce([down, down, down]).length; // 1
 */
export function countVisitorsOnce(outcomes: readonly JudgedOutcome[]): JudgedOutcome[] {
  const latest = new Map<string, JudgedOutcome & { kind: "verdict" }>();
  const kept: JudgedOutcome[] = [];
  for (const o of outcomes) {
    if (o.kind !== "verdict" || !o.by) {
      kept.push(o);
      continue;
    }
    const key = `${o.by}\n${o.answer ?? ""}`;
    const seen = latest.get(key);
    if (!seen || (o.at ?? "") >= (seen.at ?? "")) latest.set(key, o);
  }
  const byVisitor = new Map<string, (JudgedOutcome & { kind: "verdict" })[]>();
  for (const o of latest.values()) {
    const ofVisitor = byVisitor.get(o.by ?? "");
    if (ofVisitor) ofVisitor.push(o);
    else byVisitor.set(o.by ?? "", [o]);
  }
  for (const ofVisitor of byVisitor.values()) {
    ofVisitor.sort((a, b) => (b.at ?? "").localeCompare(a.at ?? ""));
    kept.push(...ofVisitor.slice(0, MAX_OUTCOMES_PER_VISITOR));
  }
  return kept;
}

/**
 * The evidence per band of `bandWidth`, each visitor counted once per article
 * (`countVisitorsOnce`), and the recommended threshold among `steps`: the one
 * with the most helpful outcomes, the nearest to `current` among equals (a change the evidence
 * does not ask for is not recommended); null with fewer than MIN_JUDGED_OUTCOMES outcomes.
 *
 * @example
 * weighThreshold(outcomes, 0.4, [0, 0.01, …, 1]).recommendation?.threshold; // e.g. 0.35
 */
export function weighThreshold(
  judgedOutcomes: readonly JudgedOutcome[],
  current: number,
  steps: readonly number[],
  bandWidth = 0.1,
): ThresholdEvidence {
  const outcomes = countVisitorsOnce(judgedOutcomes);
  const count = Math.round(1 / bandWidth);
  const bands: EvidenceBand[] = Array.from({ length: count }, (_, i) => ({
    from: Math.round(i * bandWidth * 100) / 100,
    to: Math.round((i + 1) * bandWidth * 100) / 100,
    helpful: 0,
    unhelpful: 0,
    couldHaveAnswered: 0,
  }));
  const totals = { helpful: 0, unhelpful: 0, couldHaveAnswered: 0 };
  for (const o of outcomes) {
    const band = bands[Math.min(count - 1, Math.max(0, Math.floor(o.confidence * count)))];
    if (!band) continue;
    const key =
      o.kind === "could_have_answered" ? "couldHaveAnswered" : o.helpful ? "helpful" : "unhelpful";
    band[key]++;
    totals[key]++;
  }
  const judged = outcomes.length;
  const currentScore = scoreThreshold(outcomes, current);
  if (judged < MIN_JUDGED_OUTCOMES || steps.length === 0) {
    return { bands, judged, totals, current: currentScore, recommendation: null };
  }
  const scores = steps.map((t) => scoreThreshold(outcomes, t));
  const best = Math.max(...scores.map((s) => s.helpful));
  const top = scores.filter((s) => s.helpful === best);
  const chosen = top.reduce((a, b) =>
    Math.abs(b.threshold - current) < Math.abs(a.threshold - current) ? b : a,
  );
  // The run of equally good thresholds around the chosen one, to show how sharp the choice is.
  let lo = scores.indexOf(chosen);
  let hi = lo;
  while (lo > 0 && scores[lo - 1]?.helpful === best) lo--;
  while (hi < scores.length - 1 && scores[hi + 1]?.helpful === best) hi++;
  return {
    bands,
    judged,
    totals,
    current: currentScore,
    recommendation: {
      ...chosen,
      range: {
        from: scores[lo]?.threshold ?? chosen.threshold,
        to: scores[hi]?.threshold ?? chosen.threshold,
      },
    },
  };
}
