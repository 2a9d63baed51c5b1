/** @jsxImportSource hono/jsx */
import { formatScore } from "../../../shared/handoff.ts";
import type { DocumentChoice } from "../document-choice.ts";
import type { GapGroup, GapQuestion } from "../knowledge-gaps.ts";
import { DAY_CHOICES } from "./threshold.tsx";
import { Article } from "./message-test.tsx";
import { DocumentList, TeachForm, teachPath } from "./teach.tsx";

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What made one question a miss, in words. */
function MissKind(props: { question: GapQuestion }) {
  const q = props.question;
  const kinds: string[] = [];
  if (q.lowConfidence) {
    kinds.push(
      q.handoffId
        ? `low confidence ${formatScore(q.confidence)}, handed off`
        : `low confidence ${formatScore(q.confidence)}, left without a handoff`,
    );
  }
  if (q.unhelpful) kinds.push(`👎 answer (confidence ${formatScore(q.confidence)})`);
  if (q.couldHaveAnswered) kinds.push("marked “AI could have answered”");
  return <span class="hint">{kinds.join(" · ")}</span>;
}

/** How a group's misses break down. */
function Breakdown(props: { counts: GapGroup["counts"] }) {
  const c = props.counts;
  const parts: string[] = [];
  if (c.lowConfidence) {
    parts.push(
      `${plural(c.lowConfidence, "low-confidence question", "low-confidence questions")} (${c.abandoned} left without a handoff)`,
    );
  }
  if (c.unhelpful) parts.push(plural(c.unhelpful, "👎 answer", "👎 answers"));
  if (c.couldHaveAnswered) parts.push(`${c.couldHaveAnswered} marked “AI could have answered”`);
  return <p class="hint">{parts.join(" · ")}</p>;
}

/** Knowledge gaps: every miss, grouped by what it asks about, the most frequent first. */
export function KnowledgeGaps(props: {
  site: string;
  days: number;
  total: number;
  groups: readonly GapGroup[];
  /** The documents to teach, or null when the knowledge base cannot be taught from here. */
  choices: readonly DocumentChoice[] | null;
}) {
  const path = `/admin/sites/${props.site}/gaps`;
  return (
    <>
      <form class="inline" method="get" action={path}>
        <label>
          Look back
          <select name="days" data-autosubmit>
            {DAY_CHOICES.map((d) => (
              <option value={String(d)} selected={d === props.days}>{`${d} days`}</option>
            ))}
          </select>
        </label>
        <button type="submit" class="secondary js-hidden">
          Show
        </button>
      </form>
      {props.groups.length === 0 ? (
        <p class="empty">No missed questions in the last {props.days} days.</p>
      ) : (
        <p class="lead">
          {plural(props.total, "missed question", "missed questions")} in the last {props.days}{" "}
          days, in {plural(props.groups.length, "group", "groups")}: every question judged below the
          threshold (whether or not the visitor then left an email), every answer a visitor marked
          👎, and every handoff marked “AI could have answered”. Similar questions are together, the
          most frequent first; teach each group its article.
        </p>
      )}
      {props.choices ? <DocumentList choices={props.choices} /> : null}
      {props.groups.map((g, i) => (
        <section class="card gap">
          <h2>
            {g.example} <span class="badge">{g.questions.length}</span>
          </h2>
          <Breakdown counts={g.counts} />
          <p>
            Closest article: <Article article={g.bestMatch} />
          </p>
          <ul>
            {g.questions.map((q) => (
              <li>
                {q.text} <MissKind question={q} />{" "}
                {q.handoffId ? <a href={`/admin/handoffs/${q.handoffId}`}>handoff</a> : null}{" "}
                <a href={teachPath(props.site, q.text)}>teach</a>
              </li>
            ))}
          </ul>
          {props.choices ? (
            <TeachForm site={props.site} question={g.example} idSuffix={`gap-${i}`} />
          ) : null}
        </section>
      ))}
    </>
  );
}
