import { Hono } from "hono";
import * as v from "valibot";
import { MAX_ADMIN_BODY_BYTES } from "../../shared/limits.ts";
import type { AppEnv } from "../env.ts";
import { siteIdFromPath } from "../http/ids.ts";
import { parseWith, readJson } from "../http/read-json.ts";
import { deleteKbIndex } from "../kb/store.ts";
import { SiteConfigSchema } from "./config-schema.ts";
import { maskSiteConfig, restoreMaskedSecrets } from "./mask-secrets.ts";
import {
  deleteSiteConfig,
  getSiteConfig,
  listSiteIds,
  putSiteConfig,
  requireSiteConfig,
} from "./store.ts";

/** The site half of the admin API: configs in KV. */
export const siteAdminRoutes = new Hono<AppEnv>()
  .get("/sites", async (c) => c.json({ sites: await listSiteIds(c.env.SITES) }))
  .put("/sites/:site", async (c) => {
    const site = siteIdFromPath(c.req.param("site"));
    const raw = await readJson(c, v.unknown(), MAX_ADMIN_BODY_BYTES);
    const stored = await getSiteConfig(c.env.SITES, site).catch(() => null);
    const config = parseWith(SiteConfigSchema, restoreMaskedSecrets(raw, stored));
    await putSiteConfig(c.env.SITES, site, config);
    return c.json(maskSiteConfig(config));
  })
  .get("/sites/:site", async (c) => {
    const site = siteIdFromPath(c.req.param("site"));
    return c.json(maskSiteConfig(await requireSiteConfig(c.env.SITES, site)));
  })
  .delete("/sites/:site", async (c) => {
    const site = siteIdFromPath(c.req.param("site"));
    await requireSiteConfig(c.env.SITES, site);
    await Promise.all([deleteSiteConfig(c.env.SITES, site), deleteKbIndex(c.env.SITES, site)]);
    return c.json({ deleted: site });
  });
