import { AppError } from "../errors.ts";
import { parseWith } from "../http/read-json.ts";
import { isLocalDevelopment } from "../env.ts";
import {
  findChannelUrlProblem,
  type SiteConfig,
  SiteConfigSchema,
} from "../sites/config-schema.ts";
import { saveSiteConfigChange } from "../sites/config-versions.ts";
import { siteConfigInvalid } from "../sites/store.ts";

/**
 * Saves one form's change to the site's config through the same schema as
 * `PUT /admin/api/sites/{site}`; a rejected value comes back as the schema's one-sentence
 * message (or the change's own refusal, an `AppError("bad_request")`), for the form to show.
 *
 * `change` gets the site's latest config (from D1, not the page's KV read, which may be a minute
 * old: sites/config-versions.ts) and returns it with the form's part changed, nothing else: a
 * form that wrote back the whole config it was shown would undo a save made elsewhere in that
 * minute. It may run more than once, on a newer config each time. `create` is the new-site
 * form's: the site must not exist yet; every other form's site must still exist.
 *
 * @example
 * const saved = await saveSiteConfig(env, "acme", (latest) => ({ ...latest, threshold: 0.5 }));
 * if (!saved.ok) showError(saved.error);
 */
export async function saveSiteConfig(
  env: Env,
  site: string,
  change: (latest: SiteConfig) => unknown,
  options: { create?: boolean } = {},
): Promise<{ ok: true; config: SiteConfig } | { ok: false; error: string }> {
  try {
    const config = await saveSiteConfigChange(env, site, (latest) => {
      if (latest.kind === "invalid") throw siteConfigInvalid(site, latest.problem);
      if (options.create && latest.kind === "valid")
        throw new AppError("bad_request", `There is already a site “${site}”: choose another id.`);
      if (!options.create && latest.kind === "missing")
        throw new AppError(
          "bad_request",
          `Nothing was saved: site “${site}” was deleted since this page was opened.`,
        );
      // A new site's form starts from nothing: its change does not read what it is given.
      const base = latest.kind === "valid" ? latest.config : ({} as SiteConfig);
      const next = parseWith(SiteConfigSchema, change(base));
      const problem = findChannelUrlProblem(next, isLocalDevelopment(env));
      if (problem) throw new AppError("bad_request", problem);
      return next;
    });
    return { ok: true, config };
  } catch (error) {
    if (error instanceof AppError && error.code === "bad_request") {
      return { ok: false, error: error.message };
    }
    throw error;
  }
}
