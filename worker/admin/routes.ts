import { Hono, type MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import { requireAdmin } from "./auth.ts";
import { channelAdminRoutes } from "./channels.ts";
import { conversationAdminRoutes } from "./conversations.ts";
import { handoffAdminRoutes } from "./handoffs.ts";
import { kbAdminRoutes } from "./kb.ts";
import { kbQuestionAdminRoutes } from "./kb-questions.ts";
import { siteAdminRoutes } from "./sites.ts";
import { teamAdminRoutes } from "./team.ts";

/**
 * Every admin API answer, an error too, is one caller's private copy: sites' configs (secrets
 * masked), handoffs with visitors' addresses and messages, the team's members, an invitation's
 * link (which signs its holder up). Nothing on the way (a browser's cache when a script or a
 * page calls it with the token, a proxy that ignores the `Authorization` rule) may keep one,
 * as dashboard pages and the visitor's thread are not kept.
 */
const privateResponses: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.header("cache-control", "no-store");
};

/**
 * The admin API, mounted at `/admin/api`: bearer-token auth, then the features it composes
 * (sites, knowledge bases, handoffs, channels), each a leaf domain of its own.
 */
export const adminApiRoutes = new Hono<AppEnv>()
  .use("*", privateResponses)
  .use("*", requireAdmin)
  .route("/", siteAdminRoutes)
  .route("/", kbAdminRoutes)
  .route("/", kbQuestionAdminRoutes)
  .route("/", handoffAdminRoutes)
  .route("/", channelAdminRoutes)
  .route("/", conversationAdminRoutes)
  .route("/", teamAdminRoutes);
