/** @jsxImportSource hono/jsx */
import { formatScore } from "../../../shared/handoff.ts";
import type { MissedText } from "../../conversations/misses-store.ts";
import type { DocumentChoice } from "../document-choice.ts";
import type { GapArticle, GapGroup, TaughtMiss } from "../knowledge-gaps.ts";
import { questionKey } from "../../kb/teach.ts";
import { plural } from "../tally.ts";
import { langOf } from "../text-language.ts";
import { articlePath } from "./kb.tsx";
import { Article } from "./message-test.tsx";
import { pageLine, pagePosition } from "../page-position.ts";
import { Pager } from "./pager.tsx";
import { DocumentList, TeachForm, teachPath } from "./teach.tsx";
import { DAY_CHOICES } from "./threshold.tsx";
import type { JSX } from "hono/jsx/jsx-runtime";

/** A visitor's words in a line of the page's: in a `lang` span where they tell their language. */
function Said(props: { text: string }) {
  const lang = langOf(props.text);
  return lang ? <span lang={lang}>{props.text}</span> : props.text;
}

/** What made one question a miss, in words. */
function MissKind(props: { text: MissedText }) {
  const t = props.text;
  const kinds: string[] = [
    `asked ${plural(t.messages, "time")} by ${plural(t.visitors.length, "visitor")}`,
  ];
  if (t.lowConfidence) {
    kinds.push(
      `low confidence ${formatScore(t.confidence)}${t.abandoned ? `, ${t.abandoned} left without a handoff` : ", handed off"}`,
    );
  }
  if (t.unhelpful)
    kinds.push(`${plural(t.unhelpful, "answer marked not helpful", "answers marked not helpful")}`);
  if (t.couldHaveAnswered) kinds.push("marked “AI could have answered”");
  return <span class="hint">{kinds.join(" · ")}</span>;
}

/** How a group's misses break down. */
function Breakdown(props: { group: GapGroup }) {
  const g = props.group;
  const c = g.counts;
  const parts: string[] = [`${plural(g.visitors, "visitor")}, ${plural(g.messages, "message")}`];
  if (c.lowConfidence) {
    parts.push(
      `${plural(c.lowConfidence, "low-confidence question")} (${c.abandoned} left without a handoff)`,
    );
  }
  if (c.unhelpful)
    parts.push(plural(c.unhelpful, "answer marked not helpful", "answers marked not helpful"));
  if (c.couldHaveAnswered) parts.push(`${c.couldHaveAnswered} marked “AI could have answered”`);
  return <p class="hint">{parts.join(" · ")}</p>;
}

/** Knowledge gaps: every miss, grouped by what it asks about, the most visitors first, paged. */
export function KnowledgeGaps(props: {
  site: string;
  days: number;
  /** Whether the articles' pages are open to whoever is signed in (an agent's are not). */
  articlesLinked?: boolean;
  /** Who taught a phrasing, by article id and `questionKey` of the phrasing. */
  taughtBy?: ReadonlyMap<string, string>;
  summary: {
    questions: number;
    messages: number;
    visitors: number;
    groups: number;
    capped: boolean;
  };
  shown: readonly { group: GapGroup; closest: readonly GapArticle[] }[];
  page: number;
  pages: number;
  /** Groups to a page. */
  pageSize: number;
  taught: readonly TaughtMiss[];
  /** The documents to teach, or null when the knowledge base cannot be taught from here. */
  choices: readonly DocumentChoice[] | null;
  /** Visitors' picks among suggestions (`PickEvidence`), shown above the misses. */
  picks?: JSX.Element | null;
}) {
  const path = `/admin/sites/${props.site}/gaps`;
  const s = props.summary;
  const pageLink = (n: number) => `${path}?days=${props.days}&page=${n}`;
  return (
    <>
      {/* `#results`: the page it brings back focuses what was found (dashboard.js). */}
      <form class="inline" method="get" action={`${path}#results`}>
        <label>
          Look back
          <select name="days">
            {DAY_CHOICES.map((d) => (
              <option value={String(d)} selected={d === props.days}>{`${d} days`}</option>
            ))}
          </select>
        </label>
        <button type="submit" class="secondary">
          Show
        </button>
      </form>
      {s.groups === 0 ? (
        <p class="empty" data-results tabindex={-1}>
          {/* "Left to teach" only where some were taught: a site that missed nothing was told
              it had taught everything. */}
          {props.taught.length > 0
            ? `No missed questions left to teach in the last ${props.days} days.`
            : `No missed questions in the last ${props.days} days: nothing was judged below the threshold, marked not helpful or marked “AI could have answered”.`}
        </p>
      ) : (
        <p class="lead" id="gaps-summary" data-results tabindex={-1}>
          {`${plural(s.questions, "missed question")} (${plural(s.messages, "message")} from ${plural(s.visitors, "visitor")}) in the last ${props.days} days, in ${plural(s.groups, "group")}: every question judged below the threshold (whether or not the visitor then left an email), every answer a visitor marked not helpful, and every handoff marked “AI could have answered”. Similar questions are together; the groups most visitors asked come first, and a visitor who sent many questions counts once in all.`}
          {s.capped
            ? " Only the newest 5,000 distinct questions are read; look back less far for older ones."
            : ""}
        </p>
      )}
      {props.picks ?? null}
      {props.choices ? <DocumentList choices={props.choices} /> : null}
      {props.pages > 1 ? (
        // Which page a pager opened (`#page`): focused by dashboard.js, read before the groups.
        <p class="hint" data-page tabindex={-1}>
          {`${pageLine(
            pagePosition({
              earlier: (props.page - 1) * props.pageSize,
              shown: props.shown.length,
              total: s.groups,
              size: props.pageSize,
            }),
            "groups",
          )}, those most visitors asked first.`}
        </p>
      ) : null}
      {props.shown.map(({ group: g, closest }, i) => (
        <section class="card gap">
          <h2>
            <Said text={g.example} /> <span class="badge">{plural(g.visitors, "visitor")}</span>
          </h2>
          <Breakdown group={g} />
          <p>
            {closest.length <= 1 ? "Closest article: " : "Closest articles: "}
            {closest.length === 0 ? (
              <Article article={null} />
            ) : (
              closest.map((a, n) => (
                <>
                  {n > 0 ? ", " : ""}
                  <Article article={a} />
                </>
              ))
            )}
          </p>
          <ul>
            {g.texts.map((t) => {
              // Each question's links say which question they are for, heard, not seen: a
              // group's list read "handoff", "teach", "teach" to different pages (WCAG 2.4.4).
              const which = <span class="visually-hidden">{` “${t.text}”`}</span>;
              return (
                <li>
                  <Said text={t.text} /> <MissKind text={t} />{" "}
                  {t.handoffId ? (
                    <a href={`/admin/handoffs/${t.handoffId}`}>handoff{which}</a>
                  ) : null}{" "}
                  <a href={teachPath(props.site, t.text)}>teach{which}</a>
                </li>
              );
            })}
          </ul>
          {props.choices ? (
            <TeachForm site={props.site} question={g.example} idSuffix={`gap-${i}`} />
          ) : null}
        </section>
      ))}
      {props.pages > 1 ? (
        <Pager label="More knowledge gaps" page={props.page} pages={props.pages} link={pageLink} />
      ) : null}
      {props.taught.length > 0 ? (
        <details class="card taught" id="taught">
          <summary>{`${plural(props.taught.length, "question")} taught since: no longer listed`}</summary>
          <ul>
            {props.taught.map((t) => (
              <li>
                {t.text.text} →{" "}
                {props.articlesLinked === false ? (
                  t.article.title
                ) : (
                  <a href={articlePath(props.site, t.article.id)}>{t.article.title}</a>
                )}
                {taughtByNote(props.taughtBy?.get(`${t.article.id}\n${questionKey(t.text.text)}`))}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

function taughtByNote(by: string | undefined) {
  return by ? <span class="hint">{` (taught by ${by})`}</span> : null;
}
