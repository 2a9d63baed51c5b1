import { AppError } from "../errors.ts";
import { recordRetentionChange } from "../conversations/retention-changes-store.ts";
import { parseWith } from "../http/read-json.ts";
import { isLocalDevelopment } from "../env.ts";
import {
  findChannelUrlProblem,
  retentionDaysOf,
  SiteConfigSchema,
} from "../sites/config-schema.ts";
import { putSiteConfig } from "../sites/store.ts";

/**
 * Saves a changed config through the same schema as `PUT /admin/api/sites/{site}`; a rejected
 * value comes back as the schema's one-sentence message, for the form to show.
 *
 * @example
 * const saved = await saveSiteConfig(env, "acme", { ...config, threshold: 0.5 });
 * if (!saved.ok) showError(saved.error);
 */
export async function saveSiteConfig(
  env: Env,
  site: string,
  raw: unknown,
): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    const config = parseWith(SiteConfigSchema, raw);
    const problem = findChannelUrlProblem(config, isLocalDevelopment(env));
    if (problem) return { ok: false, error: problem };
    // In D1 first, which answers the retention sweep at once: KV may give it the old period
    // for a minute (worker/conversations/retention.ts).
    await recordRetentionChange(env.DB, site, retentionDaysOf(config), new Date().toISOString());
    await putSiteConfig(env.SITES, site, config);
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError && error.code === "bad_request") {
      return { ok: false, error: error.message };
    }
    throw error;
  }
}
