/** @jsxImportSource hono/jsx */
import { Hono } from "hono";
import { countQuestions } from "../conversations/store.ts";
import { countDeliveriesByChannel } from "../handoff/deliveries-store.ts";
import { countHandoffsByDay, listHandoffs } from "../handoff/store.ts";
import { retrieve } from "../kb/retrieve.ts";
import { getKbIndex } from "../kb/store.ts";
import type { SiteEnv } from "../sites/load-site.ts";
import { DEFAULT_DAYS, daysAgo, MAX_DAYS, parseDays } from "./format.ts";
import { groupSimilarQuestions } from "./knowledge-gaps.ts";
import { renderPage } from "./render.tsx";
import { KnowledgeGaps, Stats } from "./views/insights.tsx";

/** What the site's conversations say: knowledge gaps and stats. */
export const insightPages = new Hono<SiteEnv>()
  .get("/sites/:site/gaps", async (c) => {
    const { site } = c.var;
    const days = parseDays(c.req.query("days"), DEFAULT_DAYS, MAX_DAYS);
    const [handoffs, index] = await Promise.all([
      listHandoffs(c.env.DB, {
        site,
        reason: "low_confidence",
        from: daysAgo(days, Date.now()),
        limit: 200,
      }),
      getKbIndex(c.env.SITES, site),
    ]);
    const questions = handoffs.map((h) => {
      const best = retrieve(index, h.visitorMessage).best;
      return {
        handoffId: h.id,
        text: h.visitorMessage,
        confidence: h.confidence,
        bestMatch: best ? { title: best.title, url: best.url } : null,
      };
    });
    return renderPage(
      c,
      { title: `Knowledge gaps · ${site}`, section: "gaps", site },
      <KnowledgeGaps days={days} groups={groupSimilarQuestions(questions)} />,
    );
  })
  .get("/sites/:site/stats", async (c) => {
    const { site } = c.var;
    const days = parseDays(c.req.query("days"), DEFAULT_DAYS, MAX_DAYS);
    const since = daysAgo(days, Date.now());
    const [daily, counts, channels] = await Promise.all([
      countHandoffsByDay(c.env.DB, site, since),
      countQuestions(c.env.DB, site, since),
      countDeliveriesByChannel(c.env.DB, site, since),
    ]);
    return renderPage(
      c,
      { title: `Stats · ${site}`, section: "stats", site },
      <Stats
        days={days}
        daily={daily}
        questions={counts.questions}
        handedOff={counts.handedOff}
        channels={channels}
      />,
    );
  });
