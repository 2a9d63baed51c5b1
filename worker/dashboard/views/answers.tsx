/** @jsxImportSource hono/jsx */
import { formatScore } from "../../../shared/handoff.ts";
import type { GivenAnswer } from "../../conversations/answers-store.ts";
import { formatTime } from "../format.ts";
import { Article } from "./message-test.tsx";
import { TeachForm } from "./teach.tsx";

/** The visitor's verdict on an answer, in words and a thumb. */
export function Verdict(props: { helpful: boolean | null }) {
  if (props.helpful === null) return <span class="badge none">No verdict</span>;
  return props.helpful ? (
    <span class="badge helpful">👍 Helpful</span>
  ) : (
    <span class="badge unhelpful">👎 Not helpful</span>
  );
}

/** The filter above the answers: all of them, or only those the visitor marked 👎. */
export function AnswerFilter(props: { site: string; unhelpfulOnly: boolean }) {
  const path = `/admin/sites/${props.site}/answers`;
  return (
    <nav class="tabs" aria-label="Which answers">
      <a href={path} aria-current={props.unhelpfulOnly ? undefined : "page"}>
        All answers
      </a>
      <a href={`${path}?verdict=unhelpful`} aria-current={props.unhelpfulOnly ? "page" : undefined}>
        👎 Not helpful only
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
        <dd class="quote">{a.question}</dd>
        <dt>AI answered</dt>
        <dd class="quote">{a.answer ?? <em>not recorded</em>}</dd>
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
