import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { siteIdFromPath } from "../http/ids.ts";
import type { Channel, SiteConfig } from "./config-schema.ts";
import { requireSiteConfig } from "./store.ts";

/** What `loadSite` puts in `c.var` for the handlers after it. */
export interface SiteVariables {
  site: string;
  config: SiteConfig;
}

/** The Hono environment of a route under `/sites/:site`, after `loadSite`: `AppEnv`, composed. */
export type SiteEnv = AppEnv<SiteVariables>;

/**
 * For routes with a `:site` parameter: the site id (404 when malformed) and its stored config
 * (404 when there is none) in `c.var.site` and `c.var.config`, so a handler starts at its work.
 *
 * @example
 * new Hono<SiteEnv>().use("/sites/:site/*", loadSite).get("/sites/:site/x", (c) => c.json(c.var.config));
 */
export const loadSite = createMiddleware<SiteEnv>(async (c, next) => {
  const site = siteIdFromPath(c.req.param("site") ?? "");
  c.set("site", site);
  c.set("config", await requireSiteConfig(c.env.SITES, site));
  await next();
});

/**
 * The site's channel with this id, or a 404 naming both.
 *
 * @example
 * requireChannel("acme", config, "crm").type; // "webhook"
 */
export function requireChannel(site: string, config: SiteConfig, channelId: string): Channel {
  const channel = config.channels.find((c) => c.id === channelId);
  if (!channel) throw new AppError("not_found", `Site "${site}" has no channel "${channelId}".`);
  return channel;
}
