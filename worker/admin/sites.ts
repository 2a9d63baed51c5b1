import { Hono } from "hono";
import * as v from "valibot";
import type { ErrorBody } from "../../shared/api.ts";
import { MAX_ADMIN_BODY_BYTES } from "../../shared/limits.ts";
import { AppError } from "../errors.ts";
import { siteIdForNewSite, siteIdFromPath } from "../http/ids.ts";
import { parseWith, readJson } from "../http/read-json.ts";
import { deleteKbDocuments } from "../kb/documents-store.ts";
import { deleteKbVersion } from "../kb/kb-version-store.ts";
import { deleteTaughtQuestions } from "../kb/taught-store.ts";
import { deleteKbIndex } from "../kb/store.ts";
import { isLocalDevelopment } from "../env.ts";
import { findChannelUrlProblem, SiteConfigSchema } from "../sites/config-schema.ts";
import { forgetSiteConfig, saveSiteConfigChange } from "../sites/config-versions.ts";
import type { SiteEnv } from "../sites/load-site.ts";
import { databaseNames, siteDatabase } from "../sites/site-database.ts";
import { maskSiteConfig, maskStoredSecrets, restoreMaskedSecrets } from "../sites/mask-secrets.ts";
import {
  deleteSiteConfig,
  listSiteIds,
  readSiteConfig,
  siteConfigInvalid,
} from "../sites/store.ts";

/** What `GET /admin/api/sites/{site}` answers (409) for a stored config that does not parse. */
export interface InvalidSiteConfigBody extends ErrorBody {
  /** The problem, as in the message: the first field at fault, or "it is not JSON". */
  problem: string;
  /** The stored value as text, channel secrets masked as in a valid config. */
  stored: string;
}

/**
 * `/admin/api/sites`: site configs in KV. Deleting a site deletes its knowledge base too. A
 * stored config that no longer parses is shown (409, with its raw value and its problem) and can
 * be replaced or deleted, so that an administrator can always get out of it.
 */
export const siteAdminRoutes = new Hono<SiteEnv>()
  .get("/sites", async (c) => c.json({ sites: await listSiteIds(c.env.SITES) }))
  .put("/sites/:site", async (c) => {
    // Saving names a new site: a malformed id is bad input (400), not a site that isn't there.
    const site = siteIdForNewSite(c.req.param("site"));
    const raw = await readJson(c, v.unknown(), MAX_ADMIN_BODY_BYTES);
    // The whole config is replaced, as the contract says; a masked secret sent back is restored
    // from the latest config (D1's, sites/config-versions.ts), not a KV read that may be a
    // minute old and hold a secret replaced since.
    const config = await saveSiteConfigChange(c.env, site, (latest) => {
      const next = parseWith(
        SiteConfigSchema,
        restoreMaskedSecrets(raw, latest.kind === "valid" ? latest.config : null),
      );
      // Outside development, a channel may only reach a public host (no loopback, private or
      // metadata address): checked here, where the environment is known, and again at send.
      const problem = findChannelUrlProblem(next, isLocalDevelopment(c.env));
      if (problem) throw new AppError("bad_request", problem);
      // Only a database this worker binds: any other name would fail every request of the site.
      const databases = databaseNames(c.env);
      if (next.database !== undefined && !databases.includes(next.database)) {
        throw new AppError(
          "bad_request",
          `database: must be one of the D1 bindings declared in wrangler.toml (${databases.join(", ")}).`,
        );
      }
      return next;
    });
    return c.json(maskSiteConfig(config));
  })
  .get("/sites/:site", async (c) => {
    const site = siteIdFromPath(c.req.param("site"));
    const stored = await readSiteConfig(c.env.SITES, site);
    switch (stored.kind) {
      case "missing":
        throw new AppError("site_not_found", `No site "${site}" is configured.`);
      case "valid":
        return c.json(maskSiteConfig(stored.config));
      case "invalid":
        return c.json(
          {
            ...siteConfigInvalid(site, stored.problem).toBody(),
            problem: stored.problem,
            stored: maskStoredSecrets(stored.raw),
          } satisfies InvalidSiteConfigBody,
          409,
        );
    }
  })
  .delete("/sites/:site", async (c) => {
    const site = siteIdFromPath(c.req.param("site"));
    // Valid or not: deleting is how an administrator gets rid of a config that does not parse.
    const stored = await readSiteConfig(c.env.SITES, site);
    if (stored.kind === "missing") {
      throw new AppError("site_not_found", `No site "${site}" is configured.`);
    }
    const db = siteDatabase(c.env, stored.kind === "valid" ? stored.config : null);
    // D1 first: a KV read from before the deletion is then not taken for the latest config.
    await forgetSiteConfig(c.env.DB, site);
    await Promise.all([
      deleteSiteConfig(c.env.SITES, site),
      deleteKbIndex(c.env.SITES, site),
      deleteKbDocuments(c.env.SITES, site),
      deleteTaughtQuestions(db, site),
      deleteKbVersion(db, site),
    ]);
    return c.json({ deleted: site });
  });
