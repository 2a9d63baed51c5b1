import { Hono } from "hono";
import * as v from "valibot";
import { MAX_ADMIN_BODY_BYTES, MAX_KB_DOCUMENT_LENGTH, MAX_KB_DOCUMENTS } from "../../shared/limits.ts";
import type { AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { siteIdFromPath } from "../http/ids.ts";
import { parseWith, readJson } from "../http/read-json.ts";
import { buildIndex } from "../kb/index.ts";
import { deleteKbIndex, putKbIndex } from "../kb/store.ts";
import { SiteConfigSchema } from "./config-schema.ts";
import { maskSiteConfig, restoreMaskedSecrets } from "./mask-secrets.ts";
import { deleteSiteConfig, getSiteConfig, listSiteIds, putSiteConfig, requireSiteConfig } from "./store.ts";

const KbUploadSchema = v.object({
  documents: v.pipe(
    v.array(
      v.object({
        id: v.pipe(v.string("must be a string."), v.minLength(1, "must not be empty."), v.maxLength(200, "must be at most 200 characters.")),
        title: v.pipe(v.string("must be a string."), v.maxLength(500, "must be at most 500 characters.")),
        text: v.pipe(v.string("must be a string."), v.maxLength(MAX_KB_DOCUMENT_LENGTH, `must be at most ${MAX_KB_DOCUMENT_LENGTH} characters.`)),
        url: v.optional(v.nullable(v.pipe(v.string(), v.url("must be a URL.")))),
      }),
    ),
    v.maxLength(MAX_KB_DOCUMENTS, `may hold at most ${MAX_KB_DOCUMENTS} documents.`),
  ),
});

/** The site and knowledge-base half of the admin API. */
export const siteAdminRoutes = new Hono<AppEnv>()
  .get("/sites", async (c) => c.json({ sites: await listSiteIds(c.env.SITES) }))
  .put("/sites/:site", async (c) => {
    const site = siteIdFromPath(c.req.param("site"));
    const raw = await readJson(c, v.unknown(), MAX_ADMIN_BODY_BYTES);
    const stored = await getSiteConfig(c.env.SITES, site).catch(() => null);
    const config = parseWith(SiteConfigSchema, restoreMaskedSecrets(raw, stored));
    const email = config.channels.find((ch) => ch.type === "email");
    if (email) {
      throw new AppError("bad_request", `channels: "${email.id}": email channels are not available yet; use a webhook or Slack channel.`);
    }
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
  })
  .put("/sites/:site/kb", async (c) => {
    const site = siteIdFromPath(c.req.param("site"));
    const body = await readJson(c, KbUploadSchema, MAX_ADMIN_BODY_BYTES);
    await requireSiteConfig(c.env.SITES, site);
    const index = buildIndex(body.documents);
    await putKbIndex(c.env.SITES, site, index);
    return c.json({ documents: body.documents.length, passages: index.passages.length });
  });
