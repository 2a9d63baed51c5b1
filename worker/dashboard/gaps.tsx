/** @jsxImportSource hono/jsx */
import { Hono } from "hono";
import { listMissedTexts, MAX_MISSED_TEXTS } from "../conversations/misses-store.ts";
import { getTaughtDocuments } from "../kb/documents-store.ts";
import { retrieve } from "../kb/retrieve.ts";
import { getKbIndex } from "../kb/store.ts";
import type { SiteEnv } from "../sites/load-site.ts";
import { documentChoices } from "./document-choice.ts";
import { DEFAULT_DAYS, daysAgo, MAX_DAYS, parseDays } from "./format.ts";
import { closestArticles, groupMisses, splitTaught } from "./knowledge-gaps.ts";
import { renderPage } from "./render.tsx";
import { KnowledgeGaps } from "./views/gaps.tsx";

/**
 * Groups a page shows. Only these are run through retrieval for their closest articles, which
 * bounds the page's CPU however many misses the period holds.
 */
const GROUPS_PER_PAGE = 20;

/** Knowledge gaps: every miss of the period, grouped, weightiest first, a page at a time. */
export const gapPages = new Hono<SiteEnv>().get("/sites/:site/gaps", async (c) => {
  const { site } = c.var;
  const days = parseDays(c.req.query("days"), DEFAULT_DAYS, MAX_DAYS);
  const [texts, index, documents] = await Promise.all([
    listMissedTexts(c.env.DB, site, daysAgo(days, Date.now())),
    getKbIndex(c.env.SITES, site),
    getTaughtDocuments(c.env, site),
  ]);
  const { open, taught } = splitTaught(texts, documents ?? []);
  const groups = groupMisses(open);
  const pages = Math.max(1, Math.ceil(groups.length / GROUPS_PER_PAGE));
  const page = Math.min(pages, Math.max(1, Math.floor(Number(c.req.query("page")) || 1)));
  const shown = groups.slice((page - 1) * GROUPS_PER_PAGE, page * GROUPS_PER_PAGE).map((g) => ({
    group: g,
    closest: closestArticles(
      g,
      retrieve(index, g.example).ranked.map(({ passage }) => ({
        title: passage.title,
        url: passage.url,
      })),
    ),
  }));
  return renderPage(
    c,
    { title: `Knowledge gaps · ${site}`, section: "gaps", site },
    <KnowledgeGaps
      site={site}
      days={days}
      summary={{
        questions: open.length,
        messages: open.reduce((s, t) => s + t.messages, 0),
        visitors: new Set(open.flatMap((t) => t.visitors)).size,
        groups: groups.length,
        capped: texts.length >= MAX_MISSED_TEXTS,
      }}
      shown={shown}
      page={page}
      pages={pages}
      taught={taught}
      choices={documents ? documentChoices(documents) : null}
    />,
  );
});
