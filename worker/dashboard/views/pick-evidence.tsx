/** @jsxImportSource hono/jsx */
import type { ArticleEvidence } from "../../conversations/pick-evidence.ts";
import { plural } from "../tally.ts";
import { langOf } from "../text-language.ts";

/** Questions shown per article; the rest are taught too, and counted. */
const QUESTIONS_SHOWN = 5;

/**
 * What visitors picked among the suggestions of low-confidence replies, per article and per
 * visitor, with one button that teaches the article every question it was picked for.
 */
export function PickEvidence(props: {
  site: string;
  evidence: readonly ArticleEvidence[];
  /** The site's automatic teaching bar (`learnFromPicks`), or undefined when off. */
  learnFromPicks: number | undefined;
}) {
  const open = props.evidence.filter((a) => a.questions.some((q) => !q.taught));
  if (open.length === 0) return null;
  return (
    <section class="card picks" aria-labelledby="picks-title">
      <h2 id="picks-title">Visitors' picks</h2>
      <p>
        {props.learnFromPicks === undefined
          ? "When the assistant wasn't sure, it offered likely articles and these visitors picked one (and didn't then ask for a person). Teach the article their questions so the next visitor gets the answer at once."
          : `Questions are taught automatically once ${props.learnFromPicks} different visitors picked the same article; you can teach sooner here.`}
      </p>
      {open.map((article) => {
        const untaught = article.questions.filter((q) => !q.taught);
        return (
          <div class="pick">
            <p>
              <strong>{plural(article.visitors, "visitor")}</strong> picked <em>{article.title}</em>{" "}
              for questions like:
            </p>
            <ul>
              {untaught.slice(0, QUESTIONS_SHOWN).map((q) => (
                <li lang={langOf(q.text)}>{q.text}</li>
              ))}
            </ul>
            {untaught.length > QUESTIONS_SHOWN ? (
              <p class="muted">{`and ${untaught.length - QUESTIONS_SHOWN} more`}</p>
            ) : null}
            <form method="post" action={`/admin/sites/${props.site}/gaps/picks/teach`}>
              <input type="hidden" name="document" value={article.docId} />
              <button type="submit">
                {`Teach ${plural(untaught.length, "question")} to “${article.title}”`}
              </button>
            </form>
          </div>
        );
      })}
    </section>
  );
}
