/** @jsxImportSource hono/jsx */
import { Hono } from "hono";
import { listMisses } from "../conversations/misses-store.ts";
import { getKbDocuments } from "../kb/documents-store.ts";
import { retrieve } from "../kb/retrieve.ts";
import { getKbIndex } from "../kb/store.ts";
import type { SiteEnv } from "../sites/load-site.ts";
import { documentChoices } from "./document-choice.ts";
import { DEFAULT_DAYS, daysAgo, MAX_DAYS, parseDays } from "./format.ts";
import { type GapQuestion, groupSimilarQuestions } from "./knowledge-gaps.ts";
import { renderPage } from "./render.tsx";
import { KnowledgeGaps } from "./views/gaps.tsx";

/**
 * The most misses one page reads, newest first: each is re-run through retrieval for its
 * closest article, so this bounds the page's CPU.
 */
const MISS_LIMIT = 300;

/** Knowledge gaps: every miss of the period, grouped by what it asks about. */
export const gapPages = new Hono<SiteEnv>().get("/sites/:site/gaps", async (c) => {
  const { site } = c.var;
  const days = parseDays(c.req.query("days"), DEFAULT_DAYS, MAX_DAYS);
  const [misses, index, documents] = await Promise.all([
    listMisses(c.env.DB, site, daysAgo(days, Date.now()), MISS_LIMIT),
    getKbIndex(c.env.SITES, site),
    getKbDocuments(c.env.SITES, site),
  ]);
  const questions: GapQuestion[] = misses.map((m) => {
    // A 👎 answer names the article it gave; otherwise, what the knowledge base finds now.
    const best = m.sourceTitle ? null : retrieve(index, m.text).best;
    return {
      id: m.id,
      text: m.text,
      confidence: m.confidence,
      lowConfidence: m.lowConfidence,
      unhelpful: m.unhelpful,
      handoffId: m.handoffId,
      couldHaveAnswered: m.couldHaveAnswered,
      bestMatch: m.sourceTitle
        ? { title: m.sourceTitle, url: m.sourceUrl }
        : best
          ? { title: best.title, url: best.url }
          : null,
    };
  });
  return renderPage(
    c,
    { title: `Knowledge gaps · ${site}`, section: "gaps", site },
    <KnowledgeGaps
      site={site}
      days={days}
      total={questions.length}
      groups={groupSimilarQuestions(questions)}
      choices={documents ? documentChoices(documents) : null}
    />,
  );
});
