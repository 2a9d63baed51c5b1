/** @jsxImportSource hono/jsx */
import { formatScore } from "../../../shared/handoff.ts";
import type { GivenAnswer } from "../../conversations/answers-store.ts";
import { formatTime } from "../format.ts";
import { langOf } from "../text-language.ts";
import { Article } from "./message-test.tsx";
import { TeachForm } from "./teach.tsx";

const THUMB =
  "M2 21h4V9H2v12zm21-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.5-1.1L14.2 1 7.6 7.6C7.2 8 7 8.4 7 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z";

/**
 * A thumb, drawn (an emoji is an empty box where the system has no emoji font), beside words
 * that carry the meaning: hidden from assistive technology.
 */
export function Thumb(props: { down: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="14" height="14" fill="currentColor">
      <path d={THUMB} transform={props.down ? "rotate(180 12 12)" : undefined} />
    </svg>
  );
}

/** The visitor's verdict on an answer, in words and a thumb. */
export function Verdict(props: { helpful: boolean | null }) {
  if (props.helpful === null) return <span class="badge none">No verdict</span>;
  return props.helpful ? (
    <span class="badge helpful">
      <Thumb down={false} /> Helpful
    </span>
  ) : (
    <span class="badge unhelpful">
      <Thumb down={true} /> Not helpful
    </span>
  );
}

/** The filter above the answers: all of them, or only those the visitor marked 👎. */
export function AnswerFilter(props: { site: string; unhelpfulOnly: boolean }) {
  const path = `/admin/sites/${props.site}/answers`;
  return (
    // `#results`: the page opens on what the filter found (dashboard.js), not its top.
    <nav class="tabs" aria-label="Which answers">
      <a href={`${path}#results`} aria-current={props.unhelpfulOnly ? undefined : "page"}>
        All answers
      </a>
      <a
        href={`${path}?verdict=unhelpful#results`}
        aria-current={props.unhelpfulOnly ? "page" : undefined}
      >
        <Thumb down={true} /> Not helpful only
      </a>
    </nav>
  );
}

/** One answer the AI gave: the question, the answer, its article, the confidence, the verdict. */
export function AnswerCard(props: { site: string; answer: GivenAnswer; canTeach: boolean }) {
  const a = props.answer;
  return (
    <article class="card answer-card" id={`answer/${a.id}`}>
      <header class="answer-meta">
        <span class="when">{formatTime(a.createdAt)}</span>
        <Verdict helpful={a.helpful} />
        <span class="hint">confidence {formatScore(a.confidence)}</span>
      </header>
      <dl class="facts">
        <dt>Visitor asked</dt>
        <dd class="quote" lang={langOf(a.question)}>
          {a.question}
        </dd>
        <dt>AI answered</dt>
        <dd class="quote" lang={a.answer ? langOf(a.answer) : undefined}>
          {a.answer ?? <em>not recorded</em>}
        </dd>
        <dt>From the article</dt>
        <dd>
          <Article article={a.sourceTitle ? { title: a.sourceTitle, url: a.sourceUrl } : null} />
        </dd>
      </dl>
      {props.canTeach && a.helpful !== true ? (
        <TeachForm site={props.site} question={a.question} idSuffix={a.id} />
      ) : null}
    </article>
  );
}
