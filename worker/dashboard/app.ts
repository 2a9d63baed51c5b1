import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { loadSite } from "../sites/load-site.ts";
import { answerPages } from "./answers.tsx";
import { channelPages } from "./channels.tsx";
import { gapPages } from "./gaps.tsx";
import { handoffPages } from "./handoffs.tsx";
import { hoursPages } from "./hours.tsx";
import { insightPages } from "./insights.tsx";
import { kbPages } from "./kb.tsx";
import { keywordPages } from "./keywords.tsx";
import { newSitePages } from "./new-site.tsx";
import { formPostsOnly, requireSession, securityHeaders } from "./middleware.ts";
import { dashboardError } from "./render.tsx";
import { signInRoutes } from "./sign-in.tsx";
import { teachPages } from "./teach.tsx";
import { teamPages } from "./team.tsx";
import { thresholdPages } from "./threshold.tsx";
import { widgetPages } from "./widget.tsx";

/** The signed-in pages' paths, relative to `/admin`: the middleware covers these and no others. */
const SIGNED_IN = [
  "/",
  "/go",
  "/logout",
  "/new-site",
  "/handoffs/*",
  "/sites/*",
  "/team",
  "/team/*",
  "/account",
  "/account/*",
] as const;

/**
 * The dashboard at `/admin`: server-rendered pages behind a signed session cookie. Its
 * middleware is mounted on the dashboard's own paths, so the admin API under `/admin/api` never
 * passes through it; its stylesheet and script are static files (public/admin/assets).
 */
export function dashboardApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Shown without a session: signing in, and accepting an invitation (its token is the key).
  app.use("/login", securityHeaders(), formPostsOnly());
  app.use("/invite/*", securityHeaders(), formPostsOnly());
  for (const path of SIGNED_IN) app.use(path, securityHeaders(), formPostsOnly(), requireSession());
  app.use("/sites/:site/*", loadSite);
  app.route("/", signInRoutes);
  app.route("/", handoffPages);
  app.route("/", thresholdPages);
  app.route("/", keywordPages);
  app.route("/", channelPages);
  app.route("/", hoursPages);
  app.route("/", insightPages);
  app.route("/", gapPages);
  app.route("/", answerPages);
  app.route("/", teachPages);
  app.route("/", kbPages);
  app.route("/", widgetPages);
  app.route("/", newSitePages);
  app.route("/", teamPages);
  app.onError(dashboardError);
  return app;
}
