import { Hono } from "hono";
import * as v from "valibot";
import { MAX_ADMIN_BODY_BYTES } from "../../shared/limits.ts";
import { siteIdFromPath } from "../http/ids.ts";
import { parseWith, readJson } from "../http/read-json.ts";
import { deleteKbDocuments } from "../kb/documents-store.ts";
import { deleteKbIndex } from "../kb/store.ts";
import { SiteConfigSchema } from "../sites/config-schema.ts";
import { loadSite, type SiteEnv } from "../sites/load-site.ts";
import { maskSiteConfig, restoreMaskedSecrets } from "../sites/mask-secrets.ts";
import { deleteSiteConfig, getSiteConfig, listSiteIds, putSiteConfig } from "../sites/store.ts";

/** `/admin/api/sites`: site configs in KV. Deleting a site deletes its knowledge base too. */
export const siteAdminRoutes = new Hono<SiteEnv>()
  .get("/sites", async (c) => c.json({ sites: await listSiteIds(c.env.SITES) }))
  .put("/sites/:site", async (c) => {
    const site = siteIdFromPath(c.req.param("site"));
    const raw = await readJson(c, v.unknown(), MAX_ADMIN_BODY_BYTES);
    const stored = await getSiteConfig(c.env.SITES, site).catch(() => null);
    const config = parseWith(SiteConfigSchema, restoreMaskedSecrets(raw, stored));
    await putSiteConfig(c.env.SITES, site, config);
    return c.json(maskSiteConfig(config));
  })
  .get("/sites/:site", loadSite, (c) => c.json(maskSiteConfig(c.var.config)))
  .delete("/sites/:site", loadSite, async (c) => {
    const site = c.var.site;
    await Promise.all([
      deleteSiteConfig(c.env.SITES, site),
      deleteKbIndex(c.env.SITES, site),
      deleteKbDocuments(c.env.SITES, site),
    ]);
    return c.json({ deleted: site });
  });
