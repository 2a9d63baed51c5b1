import { buildIndex } from "../../worker/kb/index-builder.ts";
import type { KbIndex } from "../../worker/kb/index-reader.ts";
import { type EvalSet, judgeAtDefault } from "./evaluate.ts";

/** How many of an article's questions are taught; the rest are the other visitors'. */
const TAUGHT_PER_ARTICLE = 2;

interface Outcome {
  /** The best document is the right one. */
  top1: boolean;
  /** Answered, from the right document. */
  answeredRight: boolean;
  /** Answered, from another document. */
  answeredWrong: boolean;
  /** Answered right, or the right document among the suggestions or alternatives. */
  reached: boolean;
}

/** How many questions had each outcome. */
type Counts = Record<keyof Outcome, number>;

const NONE: Counts = { top1: 0, answeredRight: 0, answeredWrong: 0, reached: 0 };

/** `counts` with `more` added: another tally's counts, or one question's outcome (true as 1). */
function added(counts: Counts, more: Counts | Outcome): Counts {
  const sum = { ...counts };
  for (const key of Object.keys(NONE) as (keyof Outcome)[]) sum[key] += Number(more[key]);
  return sum;
}

/** Counts over the other visitors' questions, before and after teaching, and the taught ones after. */
export interface TeachingReport {
  name: string;
  /** Other visitors' questions: answerable, of an article with a taught question. */
  others: number;
  before: Counts;
  after: Counts;
  /** Taught questions, and how many of them are answered right after teaching. */
  taught: number;
  taughtAnsweredRight: number;
  /**
   * In-domain questions no article answers (`held_out`), and how many of them are answered
   * before and after teaching: a taught phrasing must not make the help centre answer what it
   * doesn't cover.
   */
  heldOut: number;
  heldOutAnswered: { before: number; after: number };
}

/** Teaches each article of `set` its first questions and judges the others before and after. */
export function compareTeaching(set: EvalSet, name: string): TeachingReport {
  const byArticle = new Map<string, EvalSet["queries"]>();
  for (const q of set.queries) {
    const [article] = q.relevant;
    if (q.expect !== "answer" || q.relevant.length !== 1 || article === undefined) continue;
    byArticle.set(article, [...(byArticle.get(article) ?? []), q]);
  }
  const taught = new Map(
    [...byArticle].map(([article, qs]) => [article, qs.slice(0, TAUGHT_PER_ARTICLE)]),
  );
  const others = [...byArticle.values()].flatMap((qs) => qs.slice(TAUGHT_PER_ARTICLE));
  const plain = buildIndex(set.kb).index;
  const teachingIndex = buildIndex(
    set.kb.map((doc) => ({
      ...doc,
      questions: (taught.get(doc.id) ?? []).map((q) => q.text),
    })),
  ).index;
  const tally = (index: KbIndex, queries: EvalSet["queries"]) =>
    queries.reduce((counts, q) => added(counts, judge(index, q.text, q.relevant[0] ?? "")), NONE);
  const taughtQuestions = [...taught.values()].flat();
  const heldOut = set.queries.filter((q) => q.kind === "held_out");
  const answeredOf = (index: KbIndex) =>
    heldOut.filter((q) => {
      const j = judgeAtDefault(q.text, index);
      return !j.smallTalk && !j.decision.handoff;
    }).length;
  return {
    name,
    others: others.length,
    before: tally(plain, others),
    after: tally(teachingIndex, others),
    taught: taughtQuestions.length,
    taughtAnsweredRight: tally(teachingIndex, taughtQuestions).answeredRight,
    heldOut: heldOut.length,
    heldOutAnswered: { before: answeredOf(plain), after: answeredOf(teachingIndex) },
  };
}

function judge(index: KbIndex, message: string, article: string): Outcome {
  const j = judgeAtDefault(message, index);
  const top1 = j.retrieval.best?.docId === article;
  const answered = !j.smallTalk && !j.decision.handoff;
  const offered = (j.offer?.suggestions ?? []).some((s) => s.passage.docId === article);
  return {
    top1,
    answeredRight: answered && top1,
    answeredWrong: answered && !top1,
    reached: (answered && top1) || (!j.smallTalk && offered),
  };
}

/** The reports summed into one, named `name`. */
export function totalOf(reports: readonly TeachingReport[], name: string): TeachingReport {
  return reports.reduce(
    (total, r) => ({
      name,
      others: total.others + r.others,
      before: added(total.before, r.before),
      after: added(total.after, r.after),
      taught: total.taught + r.taught,
      taughtAnsweredRight: total.taughtAnsweredRight + r.taughtAnsweredRight,
      heldOut: total.heldOut + r.heldOut,
      heldOutAnswered: {
        before: total.heldOutAnswered.before + r.heldOutAnswered.before,
        after: total.heldOutAnswered.after + r.heldOutAnswered.after,
      },
    }),
    {
      name,
      others: 0,
      before: NONE,
      after: NONE,
      taught: 0,
      taughtAnsweredRight: 0,
      heldOut: 0,
      heldOutAnswered: { before: 0, after: 0 },
    },
  );
}

/** The report as lines of text, shares of the other visitors' questions. */
export function formatTeaching(r: TeachingReport): string[] {
  const pct = (n: number) => `${((n / r.others) * 100).toFixed(1)}%`;
  const row = (label: string, key: keyof Outcome) =>
    `${label} ${pct(r.before[key])} → ${pct(r.after[key])}`;
  return [
    `${r.name}: ${r.others} other visitors' questions; ${row("top-1", "top1")}, ${row("answered right", "answeredRight")}, wrong answers ${r.before.answeredWrong} → ${r.after.answeredWrong}, ${row("reached", "reached")}; taught questions answered right ${r.taughtAnsweredRight}/${r.taught}; held-out questions answered ${r.heldOutAnswered.before} → ${r.heldOutAnswered.after} of ${r.heldOut}`,
  ];
}
