/** @jsxImportSource hono/jsx */
import { Hono } from "hono";
import { getKbDocuments } from "../kb/documents-store.ts";
import type { SiteEnv } from "../sites/load-site.ts";
import { documentChoices } from "./document-choice.ts";
import { DEFAULT_DAYS, periodStart } from "./format.ts";
import { readAnswerListPage } from "./answer-page.ts";
import { pageLine } from "./page-position.ts";
import { renderPage } from "./render.tsx";
import { countSitePeriod } from "./site-tally.ts";
import { plural } from "./tally.ts";
import { AnswerCard, AnswerFilter } from "./views/answers.tsx";
import { DocumentList } from "./views/teach.tsx";
import { siteDatabase } from "../sites/site-database.ts";

const PAGE_SIZE = 50;

/** The answers the AI gave, newest first, with the visitor's verdict; filtered to 👎 on request. */
export const answerPages = new Hono<SiteEnv>().get("/sites/:site/answers", async (c) => {
  const { site } = c.var;
  const unhelpfulOnly = c.req.query("verdict") === "unhelpful";
  const db = siteDatabase(c.env, c.var.config);
  const [{ answers, before, nextBefore, page, position }, documents, { tally }] = await Promise.all(
    [
      readAnswerListPage(db, {
        site,
        unhelpfulOnly,
        before: c.req.query("before"),
        page: c.req.query("page"),
        size: PAGE_SIZE,
      }),
      getKbDocuments(c.env.SITES, site),
      countSitePeriod(db, site, periodStart(DEFAULT_DAYS, Date.now())),
    ],
  );
  // The pagers' links: `#page` focuses the line that says which page this is (dashboard.js).
  // The next page's number goes along (`page=`): counting the answers before a cursor read
  // every answer of the site.
  const url = new URL(c.req.url);
  if (url.searchParams.has("done")) url.searchParams.delete("done");
  const older = new URL(url);
  older.searchParams.set("before", nextBefore ?? "");
  if (page === null) older.searchParams.delete("page");
  else older.searchParams.set("page", String(page + 1));
  const newest = new URL(url);
  newest.searchParams.delete("before");
  newest.searchParams.delete("page");
  const noun = answers.length === 1 ? "answer" : "answers";
  const what = unhelpfulOnly ? `${noun} marked not helpful` : noun;
  // A page whose number is not known (a link without one) says what it shows, as before.
  const line =
    (position && pageLine(position, unhelpfulOnly ? "answers marked not helpful" : "answers")) ??
    `${answers.length} ${what}`;
  const after = before && !position ? ", older than the last page" : "";
  return renderPage(
    c,
    { title: `Answers · ${site}`, section: "answers", site },
    <>
      <p class="lead" id="answers-summary">
        {`In the last ${DEFAULT_DAYS} days: ${plural(tally.answered, "answer")} of ${plural(tally.messages, "visitor message")} (the same count as Stats); visitors marked ${tally.helpful} helpful and ${tally.unhelpful} not helpful.`}
      </p>
      <AnswerFilter site={site} unhelpfulOnly={unhelpfulOnly} />
      {answers.length === 0 ? (
        <p class="empty" data-results tabindex={-1}>
          {unhelpfulOnly ? "No answer was marked not helpful." : "No answers yet."}
        </p>
      ) : (
        <>
          <p class="hint" data-results data-page tabindex={-1}>
            {`${line}, newest first${after}.`}
          </p>
          {documents ? <DocumentList choices={documentChoices(documents)} /> : null}
          <div class="answer-list">
            {answers.map((a) => (
              <AnswerCard site={site} answer={a} canTeach={documents !== null} />
            ))}
          </div>
          {nextBefore || before ? (
            <nav class="pager" aria-label="More answers">
              {before ? (
                <a href={`${newest.pathname}${newest.search}#page`}>Newest answers</a>
              ) : null}
              {nextBefore ? (
                <a href={`${older.pathname}${older.search}#page`}>
                  Older answers<span aria-hidden="true"> →</span>
                </a>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </>,
  );
});
