import { Hono } from "hono";
import { SITE_ID_PATTERN } from "../../shared/limits.ts";
import { type DeletedConversation, deleteConversation } from "../conversations/retention-store.ts";
import type { AppEnv } from "../env.ts";
import { AppError, conversationNotFound } from "../errors.ts";
import { siteDatabase } from "../sites/site-database.ts";
import { getSiteConfig } from "../sites/store.ts";

/**
 * `DELETE /admin/api/conversations/{id}?site=`: a visitor's conversation deleted on request,
 * everything of it (messages, handoffs, their deliveries and team replies), handed off or not.
 */
export const conversationAdminRoutes = new Hono<AppEnv>().delete(
  "/conversations/:id",
  async (c) => {
    const site = c.req.query("site") ?? "";
    if (!SITE_ID_PATTERN.test(site)) {
      throw new AppError("bad_request", "site: must be 1-64 characters of a-z, 0-9 and '-'.");
    }
    // The site's database; an unknown or invalid config leaves the default, where it would be.
    const config = await getSiteConfig(c.env.SITES, site).catch(() => null);
    const deleted = await deleteConversation(siteDatabase(c.env, config), site, c.req.param("id"));
    if (!deleted) throw conversationNotFound();
    return c.json(deleted satisfies DeletedConversation);
  },
);
