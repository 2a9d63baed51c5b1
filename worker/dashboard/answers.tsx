/** @jsxImportSource hono/jsx */
import { Hono } from "hono";
import { answerExists, countAnswers, listAnswerPage } from "../conversations/answers-store.ts";
import { getKbDocuments } from "../kb/documents-store.ts";
import type { SiteEnv } from "../sites/load-site.ts";
import { documentChoices } from "./document-choice.ts";
import { DEFAULT_DAYS, periodStart } from "./format.ts";
import { pageLine, pagePosition } from "./page-position.ts";
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
  // A page starts after the answer `before` names; an id that names none starts from the newest.
  const rawBefore = c.req.query("before");
  const before =
    rawBefore && (await answerExists(siteDatabase(c.env, c.var.config), site, rawBefore))
      ? rawBefore
      : undefined;
  const [{ answers, nextBefore }, documents, { tally }] = await Promise.all([
    listAnswerPage(siteDatabase(c.env, c.var.config), {
      site,
      unhelpfulOnly,
      before,
      limit: PAGE_SIZE,
    }),
    getKbDocuments(c.env.SITES, site),
    countSitePeriod(siteDatabase(c.env, c.var.config), site, periodStart(DEFAULT_DAYS, Date.now())),
  ]);
  // Counted only when there is more than one page: one page's count is its length.
  const matching =
    before || nextBefore
      ? await countAnswers(siteDatabase(c.env, c.var.config), { site, unhelpfulOnly, before })
      : { total: answers.length, earlier: 0 };
  const position = pagePosition({ ...matching, shown: answers.length, size: PAGE_SIZE });
  // The pagers' links: `#page` focuses the line that says which page this is (dashboard.js).
  const url = new URL(c.req.url);
  if (url.searchParams.has("done")) url.searchParams.delete("done");
  const older = new URL(url);
  older.searchParams.set("before", nextBefore ?? "");
  const newest = new URL(url);
  newest.searchParams.delete("before");
  const noun = answers.length === 1 ? "answer" : "answers";
  const what = unhelpfulOnly ? `${noun} marked not helpful` : noun;
  const line =
    pageLine(position, unhelpfulOnly ? "answers marked not helpful" : "answers") ??
    `${answers.length} ${what}`;
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
            {`${line}, newest first.`}
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
