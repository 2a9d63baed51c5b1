import * as v from "valibot";
import { AppError } from "../errors.ts";
import { describeIssues } from "../http/read-json.ts";
import { type SiteConfig, SiteConfigSchema } from "./config-schema.ts";
import { SITE_PREFIX, siteKey } from "./kv-keys.ts";

/**
 * The site's config, parsed at read time, or null when none is stored. A stored value that no
 * longer parses is an operator's mistake: it is refused whole, never half-used.
 */
export async function getSiteConfig(kv: KVNamespace, site: string): Promise<SiteConfig | null> {
  const raw = await kv.get(siteKey(site), "text");
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw invalidStored(site, "it is not JSON");
  }
  const result = v.safeParse(SiteConfigSchema, json);
  if (!result.success) throw invalidStored(site, describeIssues(result.issues));
  return result.output;
}

/** Like `getSiteConfig`, but an unknown site is a 404. */
export async function requireSiteConfig(kv: KVNamespace, site: string): Promise<SiteConfig> {
  const config = await getSiteConfig(kv, site);
  if (!config) throw new AppError("site_not_found", `No site "${site}" is configured.`);
  return config;
}

export async function putSiteConfig(
  kv: KVNamespace,
  site: string,
  config: SiteConfig,
): Promise<void> {
  await kv.put(siteKey(site), JSON.stringify(config));
}

export async function deleteSiteConfig(kv: KVNamespace, site: string): Promise<void> {
  await kv.delete(siteKey(site));
}

/** Every configured site id, sorted. */
export async function listSiteIds(kv: KVNamespace): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page: KVNamespaceListResult<unknown, string> = await kv.list({
      prefix: SITE_PREFIX,
      cursor,
    });
    ids.push(...page.keys.map((k) => k.name.slice(SITE_PREFIX.length)));
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return ids.sort();
}

function invalidStored(site: string, problem: string): AppError {
  console.error(`site config v1:site:${site} is invalid: ${problem}`);
  return new AppError(
    "site_config_invalid",
    `The stored configuration of site "${site}" is invalid (${problem}); an administrator must save it again.`,
  );
}
