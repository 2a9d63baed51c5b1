/**
 * The retrieval-confidence metric of `../shared/eval/README.md`, over the worker's own index
 * and retriever. Pure: `scripts/eval.ts` reads the files, tests pass slices. Not part of the
 * worker bundle: only the eval CLI and tests use it.
 */
import * as v from "valibot";
import type { MatchFeatures } from "../../worker/kb/confidence.ts";
import { buildIndex } from "../../worker/kb/index-builder.ts";
import type { KbIndex } from "../../worker/kb/index-reader.ts";
import { DEFAULT_THRESHOLD } from "../../shared/limits.ts";
import { judgeMessage } from "../../worker/chat/judge.ts";
import { extractAnswer, suggestedAnswer } from "../../worker/kb/extract.ts";
import { splitSentences } from "../../worker/kb/text.ts";

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
      /** Small help-centre sets: what the assistant should do, and the query's language. */
      expect: v.optional(v.picklist(["answer", "handoff", "small_talk"])),
      lang: v.optional(v.string()),
      /**
       * An answerable query's fact: words its right answer must contain (any one of a list),
       * as the article writes them.
       */
      fact: v.optional(v.union([v.string(), v.array(v.string())])),
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
  /** What the whole decision did (`judgeMessage` at the default threshold). */
  outcome: "answer" | "handoff" | "small_talk";
  /** The language the reply carries, and the one the query is written in (when the set says). */
  language: string | null;
  lang: string | null;
  expect: "answer" | "handoff" | "small_talk" | null;
  /** The documents offered as suggestions (a low-confidence handoff's, or an answer's alternatives), best first. */
  suggested: string[];
  /** The query's relevant documents, as the set lists them. */
  relevantIds: string[];
  /** Why it offered none, when it said (`offer.ts`). */
  about: string | null;
  /**
   * For an answerable query with a fact: whether the answer the visitor would read from the
   * right article holds it (the answer given, or the suggestion's text); null otherwise.
   */
  factFound: boolean | null;
  /**
   * For a right answer to a query with a fact: whether the answer's first sentence holds it (#19:
   * "lead with the sentence that answers"); null otherwise.
   */
  factInLead: boolean | null;
}

export const THRESHOLDS = [0.2, 0.4, 0.6] as const;

/** The whole decision on one message, as a site with no keywords of its own and the default threshold makes it. */
export function judgeAtDefault(message: string, index: KbIndex): ReturnType<typeof judgeMessage> {
  return judgeMessage({
    message,
    keywords: { mode: "add", phrases: [] },
    threshold: DEFAULT_THRESHOLD,
    index,
  });
}

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
    const { retrieval: r, decision, smallTalk, language, offer } = judgeAtDefault(q.text, index);
    times.push(performance.now() - start);
    const bestId = r.best?.docId ?? null;
    const outcome = smallTalk ? "small_talk" : decision.handoff ? "handoff" : "answer";
    // What the visitor reads from the right article: the answer, or the picked suggestion's text
    // (the same extraction the chat route gives a suggestion).
    // An answer's alternatives count too: the visitor the answer didn't help is shown them.
    const answeredRight = outcome === "answer" && q.relevant.includes(bestId ?? "");
    const rightPassage = answeredRight
      ? r.best
      : (offer?.suggestions.find((s) => q.relevant.includes(s.passage.docId))?.passage ?? null);
    const shown =
      rightPassage === null
        ? null
        : answeredRight
          ? extractAnswer(r).text
          : suggestedAnswer(r, rightPassage).text;
    return {
      id: q.id,
      answerable: q.answerable,
      kind: q.kind ?? (q.answerable ? "in_kb" : "unanswerable"),
      confidence: r.confidence,
      bestId,
      correct: bestId !== null && q.relevant.includes(bestId),
      features: r.features,
      outcome,
      language,
      lang: q.lang ?? null,
      expect: q.expect ?? null,
      relevantIds: q.relevant,
      suggested: offer?.suggestions.map((s) => s.passage.docId) ?? [],
      about: offer?.about ?? null,
      factFound: q.fact === undefined || shown === null ? null : holdsFact(shown, q.fact),
      factInLead:
        q.fact === undefined || !answeredRight || shown === null
          ? null
          : holdsFact(leadOf(shown), q.fact),
    } satisfies QueryResult;
  });
  times.sort((a, b) => a - b);
  return { results, passages: index.passageCount, msPerQuery: times[times.length >> 1] ?? 0 };
}

/** An answer's first sentence: of its first line, as a list's entries stand on lines of their own. */
function leadOf(text: string): string {
  return splitSentences(text.split("\n")[0] ?? "")[0] ?? "";
}

/** Whether `text` holds the fact (any one of its forms), ignoring case. */
export function holdsFact(text: string, fact: string | readonly string[]): boolean {
  const lower = text.toLowerCase();
  return (typeof fact === "string" ? [fact] : fact).some((f) => lower.includes(f.toLowerCase()));
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
  // Small talk is scored apart (decisionReport): it is neither answerable nor to hand off.
  const positives = results.filter((r) => r.answerable);
  const negatives = results.filter((r) => !r.answerable && r.kind !== "small_talk");
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

function factShare(results: readonly QueryResult[]): number {
  const judged = results.filter((r) => r.factFound !== null);
  return ratio(judged.filter((r) => r.factFound).length, judged.length);
}

/** Whether the visitor got the right article: as the answer, or among the suggestions. */
function reachedRight(r: QueryResult): boolean {
  if (r.outcome === "answer" && r.correct) return true;
  return r.outcome !== "small_talk" && r.suggested.some(isRelevant(r));
}

function isRelevant(r: QueryResult): (docId: string) => boolean {
  return (docId) => r.relevantIds.includes(docId);
}

/** What the whole decision did on a small help-centre set, at the default threshold. */
export interface DecisionReport {
  /** Answered with the right article, over answerable queries. */
  rightArticle: number;
  /** Of all answers given (to any query), the share from the right article. */
  answersRight: number;
  answersGiven: number;
  /** Handed off, over queries that expect a handoff; and per kind. */
  handedOff: number;
  handedOffByKind: Record<string, number>;
  /** Recognised as small talk, over small-talk queries. */
  smallTalk: number;
  /** Other-language questions handed off with the reply in their language. */
  otherLanguage: number;
  /** Queries detected as small talk that were not. */
  falseSmallTalk: number;
  /**
   * The right article reached the visitor: answered from it, or offered among the suggestions of
   * a low-confidence handoff, over answerable queries.
   */
  reached: number;
  /** Answerable queries whose right article was offered as a suggestion (not answered). */
  suggestedRight: number;
  /** Answerable queries answered from another article, the right one among the answer's alternatives. */
  alternativeRight: number;
  /** Off-topic queries handed off with no suggestions. */
  offTopicClean: number;
  /** Handoffs expected (any kind) that came with suggestions, per kind. */
  suggestedByKind: Record<string, number>;
  /** Of the right answers given, the share whose text holds the query's fact. */
  answerFacts: number;
  /** Of the right articles suggested, the share whose text holds the query's fact. */
  suggestionFacts: number;
  /** Of the right answers given, the share whose first sentence holds the query's fact. */
  leadFacts: number;
  /**
   * The most this set's confidence ranking allows: answered right over answerable queries at the
   * one threshold (chosen knowing the answers, as no site could) that answers most right while
   * ≥ 90 % of its answers are right; NaN when no threshold keeps 90 %. What any per-site
   * calibration of today's confidence could reach at best.
   */
  ceilingAt90: number;
}

/** The share of `precision`-or-better answering the best single threshold gives (see `ceilingAt90`). */
export function precisionCeiling(results: readonly QueryResult[], precision = 0.9): number {
  const answerable = results.filter((r) => r.expect === "answer").length;
  const judged = results
    .filter((r) => r.outcome !== "small_talk")
    .sort((a, b) => b.confidence - a.confidence);
  let right = 0;
  let best = Number.NaN;
  for (let i = 0; i < judged.length; i++) {
    const r = judged[i] as QueryResult;
    if (r.answerable && r.correct) right++;
    // A threshold can only fall between two different confidences.
    if (judged[i + 1]?.confidence === r.confidence) continue;
    if (right / (i + 1) >= precision && !(right / answerable <= best)) best = right / answerable;
  }
  return best;
}

/**
 * The targets for a set whose queries say what to expect (`expect`, `lang`).
 *
 * @example
 * decisionReport(results).rightArticle; // e.g. 0.72
 */
export function decisionReport(results: readonly QueryResult[]): DecisionReport {
  const expecting = (e: QueryResult["expect"]) => results.filter((r) => r.expect === e);
  const answerable = expecting("answer");
  const handoffs = expecting("handoff");
  const small = expecting("small_talk");
  const answers = results.filter((r) => r.outcome === "answer");
  const kinds = [...new Set(handoffs.map((r) => r.kind))].sort();
  const other = handoffs.filter((r) => r.kind === "other_language");
  return {
    rightArticle: ratio(
      answerable.filter((r) => r.outcome === "answer" && r.correct).length,
      answerable.length,
    ),
    answersRight: ratio(answers.filter((r) => r.answerable && r.correct).length, answers.length),
    answersGiven: answers.length,
    handedOff: ratio(handoffs.filter((r) => r.outcome === "handoff").length, handoffs.length),
    handedOffByKind: Object.fromEntries(
      kinds.map((k) => {
        const ofKind = handoffs.filter((r) => r.kind === k);
        return [k, ratio(ofKind.filter((r) => r.outcome === "handoff").length, ofKind.length)];
      }),
    ),
    smallTalk: ratio(small.filter((r) => r.outcome === "small_talk").length, small.length),
    otherLanguage: ratio(
      other.filter((r) => r.outcome === "handoff" && r.language === r.lang).length,
      other.length,
    ),
    falseSmallTalk: results.filter((r) => r.outcome === "small_talk" && r.expect !== "small_talk")
      .length,
    reached: ratio(answerable.filter(reachedRight).length, answerable.length),
    suggestedRight: ratio(
      answerable.filter((r) => r.outcome === "handoff" && r.suggested.some(isRelevant(r))).length,
      answerable.length,
    ),
    alternativeRight: ratio(
      answerable.filter(
        (r) => r.outcome === "answer" && !r.correct && r.suggested.some(isRelevant(r)),
      ).length,
      answerable.length,
    ),
    offTopicClean: ratio(
      handoffs.filter(
        (r) => r.kind === "off_topic" && r.outcome === "handoff" && r.suggested.length === 0,
      ).length,
      handoffs.filter((r) => r.kind === "off_topic").length,
    ),
    answerFacts: factShare(answerable.filter((r) => r.outcome === "answer" && r.correct)),
    suggestionFacts: factShare(answerable.filter((r) => !(r.outcome === "answer" && r.correct))),
    leadFacts: ratio(
      answerable.filter((r) => r.factInLead === true).length,
      answerable.filter((r) => r.factInLead !== null).length,
    ),
    ceilingAt90: precisionCeiling(results),
    suggestedByKind: Object.fromEntries(
      kinds.map((k) => {
        const ofKind = handoffs.filter((r) => r.kind === k);
        const offered = ofKind.filter((r) => r.outcome === "handoff" && r.suggested.length > 0);
        return [k, ratio(offered.length, ofKind.length)];
      }),
    ),
  };
}
