import { AppError } from "../errors.ts";
import { parseWith } from "../http/read-json.ts";
import { SiteConfigSchema } from "../sites/config-schema.ts";
import { putSiteConfig } from "../sites/store.ts";

/**
 * Saves a changed config through the same schema as `PUT /admin/api/sites/{site}`; a rejected
 * value comes back as the schema's one-sentence message, for the form to show.
 *
 * @example
 * const saved = await saveSiteConfig(env.SITES, "acme", { ...config, threshold: 0.5 });
 * if (!saved.ok) showError(saved.error);
 */
export async function saveSiteConfig(
  kv: KVNamespace,
  site: string,
  raw: unknown,
): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    await putSiteConfig(kv, site, parseWith(SiteConfigSchema, raw));
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError && error.code === "bad_request") {
      return { ok: false, error: error.message };
    }
    throw error;
  }
}
