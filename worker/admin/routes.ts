import { Hono } from "hono";
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
 * The admin API, mounted at `/admin/api`: bearer-token auth, then the features it composes
 * (sites, knowledge bases, handoffs, channels), each a leaf domain of its own.
 */
export const adminApiRoutes = new Hono<AppEnv>()
  .use("*", requireAdmin)
  .route("/", siteAdminRoutes)
  .route("/", kbAdminRoutes)
  .route("/", kbQuestionAdminRoutes)
  .route("/", handoffAdminRoutes)
  .route("/", channelAdminRoutes)
  .route("/", conversationAdminRoutes)
  .route("/", teamAdminRoutes);
