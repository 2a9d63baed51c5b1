/** @jsxImportSource hono/jsx */
import { formatScore } from "../../../shared/handoff.ts";
import type { ArticleLink, MessageTest } from "../message-test.ts";

/** An article's title, linked when it has a URL. */
export function Article(props: { article: ArticleLink | null }) {
  const a = props.article;
  if (!a) return <em>no article</em>;
  return a.url ? <a href={a.url}>{a.title}</a> : <span>{a.title}</span>;
}

/**
 * What a visitor would get for a message: the answer and its article, or the handoff and why.
 * `asked`: the owner just sent the message to test, so the verdict takes the focus on load
 * (dashboard.js), as a refused field does; shown unasked (the teach page), it leaves it be.
 */
export function TestVerdict(props: { test: MessageTest; asked?: boolean }) {
  const t = props.test;
  const focus = props.asked ? -1 : undefined;
  if (t.handoff && t.reason === "keyword") {
    return (
      <div class="verdict handoff" role="status" tabindex={focus}>
        <p>
          <strong>Hands off</strong>: it contains the keyword “{t.phrase}” ({t.source}). A keyword
          hands off whatever the confidence (here {formatScore(t.confidence)}).
        </p>
      </div>
    );
  }
  if (t.handoff) {
    return (
      <div class="verdict handoff" role="status" tabindex={focus}>
        <p>
          <strong>Hands off</strong>: no keyword matched, and the knowledge base's best match
          {t.article ? (
            <>
              , <Article article={t.article} />,
            </>
          ) : null}{" "}
          has confidence {formatScore(t.confidence)}, below the threshold {formatScore(t.threshold)}
          .
        </p>
      </div>
    );
  }
  return (
    <div class="verdict answer" role="status" tabindex={focus}>
      <p>
        <strong>The AI answers</strong> from <Article article={t.article} /> with confidence{" "}
        {formatScore(t.confidence)}, at or above the threshold {formatScore(t.threshold)}:
      </p>
      <blockquote class="quote">{t.answer || <em>(an empty answer)</em>}</blockquote>
    </div>
  );
}
