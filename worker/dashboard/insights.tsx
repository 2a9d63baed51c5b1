/** @jsxImportSource hono/jsx */
import { Hono } from "hono";
import { countDeliveriesByChannel } from "../handoff/deliveries-store.ts";
import { retentionDaysOf } from "../sites/config-schema.ts";
import type { SiteEnv } from "../sites/load-site.ts";
import { DEFAULT_DAYS, MAX_DAYS, parseDays, periodStart } from "./format.ts";
import { renderPage } from "./render.tsx";
import { countSitePeriod } from "./site-tally.ts";
import { Stats } from "./views/insights.tsx";
import { siteDatabase } from "../sites/site-database.ts";

/** What the site's conversations add up to: stats. */
export const insightPages = new Hono<SiteEnv>().get("/sites/:site/stats", async (c) => {
  const { site, config } = c.var;
  const days = parseDays(c.req.query("days"), DEFAULT_DAYS, MAX_DAYS);
  const since = periodStart(days, Date.now());
  const [counted, channels] = await Promise.all([
    countSitePeriod(siteDatabase(c.env, c.var.config), site, since),
    countDeliveriesByChannel(siteDatabase(c.env, c.var.config), site, since),
  ]);
  return renderPage(
    c,
    { title: `Stats · ${site}`, section: "stats", site },
    <Stats
      days={days}
      daily={counted.daily}
      tally={counted.tally}
      channels={channels}
      retentionDays={retentionDaysOf(config)}
    />,
  );
});
