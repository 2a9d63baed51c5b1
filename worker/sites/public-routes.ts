import { Hono } from "hono";
import type { PublicSiteConfig } from "../../shared/api.ts";
import { effectiveKeywords, keywordLanguage } from "../../shared/default-keywords.ts";
import type { AppEnv } from "../env.ts";
import { siteIdFromPath } from "../http/ids.ts";
import { allowOriginFor } from "../http/origin.ts";
import { requireSiteConfigForVisitor } from "./store.ts";

/** `GET /v1/sites/{site}/config`: what the widget needs, and no secret. */
export const publicSiteRoutes = new Hono<AppEnv>().get("/sites/:site/config", async (c) => {
  const site = siteIdFromPath(c.req.param("site"));
  const config = await requireSiteConfigForVisitor(c.env.SITES, site);
  allowOriginFor(c, config.allowedOrigins);
  // The browser's cache only: the answer's access-control-allow-origin is its request's, and
  // many shared caches (Cloudflare's cache keys among them) ignore `Vary: Origin`, so one
  // origin's answer, or one for a request without an origin, would reach the widget on another
  // origin, whose browser refuses it: the chat could not load there for a minute at a time.
  c.header("cache-control", "private, max-age=60");
  const keywords = effectiveKeywords(config.keywords);
  return c.json({
    name: config.name,
    threshold: config.threshold,
    keywords,
    keywordLanguages: keywords.map(keywordLanguage),
    requireEmail: config.requireEmail,
    handoffButton: config.handoffButton,
    language: config.language,
    ...(config.themeColor ? { themeColor: config.themeColor } : {}),
    ...(config.openingHours ? { openingHours: config.openingHours } : {}),
    ...(config.replyTimeMinutes ? { replyTimeMinutes: config.replyTimeMinutes } : {}),
    ...(config.greeting ? { greeting: config.greeting } : {}),
    ...(config.launcherLabel ? { launcherLabel: config.launcherLabel } : {}),
    ...(config.position ? { position: config.position } : {}),
    ...(config.languages ? { languages: config.languages } : {}),
  } satisfies PublicSiteConfig);
});
