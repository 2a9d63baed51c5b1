import * as v from "valibot";
import { AppError } from "../errors.ts";
import { describeIssues } from "../http/read-json.ts";
import { type SiteConfig, SiteConfigSchema } from "./config-schema.ts";
import { SITE_PREFIX, siteKey } from "./kv-keys.ts";

/** What KV holds for a site: nothing, a valid config, or a value that no longer parses. */
export type StoredSiteConfig =
  | { kind: "missing" }
  | { kind: "valid"; config: SiteConfig }
  | { kind: "invalid"; raw: string; problem: string };

/**
 * The site's stored config, parsed at read time, as a value: a stored value that no longer
 * parses is an operator's mistake, refused whole and never half-used, but kept readable (raw
 * text and problem) so that the admin API can show what to fix.
 */
export async function readSiteConfig(kv: KVNamespace, site: string): Promise<StoredSiteConfig> {
  return parseStoredSiteConfig(site, await kv.get(siteKey(site), "text"));
}

/** A stored config's text (KV's, or the D1 copy's, config-versions.ts) read as `readSiteConfig` does. */
export function parseStoredSiteConfig(site: string, raw: string | null): StoredSiteConfig {
  if (raw === null) return { kind: "missing" };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return invalidStored(site, raw, "it is not JSON");
  }
  const result = v.safeParse(SiteConfigSchema, json);
  if (!result.success) return invalidStored(site, raw, describeIssues(result.issues));
  return { kind: "valid", config: result.output };
}

/**
 * The site's config, or null when none is stored; an invalid one is a 409 naming the problem,
 * for administrators' routes only (visitors get `requireSiteConfigForVisitor`).
 */
export async function getSiteConfig(kv: KVNamespace, site: string): Promise<SiteConfig | null> {
  const stored = await readSiteConfig(kv, site);
  if (stored.kind === "invalid") throw siteConfigInvalid(site, stored.problem);
  return stored.kind === "valid" ? stored.config : null;
}

/** Like `getSiteConfig`, but an unknown site is a 404. For administrators' routes. */
export async function requireSiteConfig(kv: KVNamespace, site: string): Promise<SiteConfig> {
  const config = await getSiteConfig(kv, site);
  if (!config) throw siteNotFound(site);
  return config;
}

/**
 * The config a visitor's request runs on. A site whose stored config is invalid is, to a
 * visitor, a site that is not configured: the same 404, with no word of the stored values or
 * the problem, which are the operator's to see (in the log and the admin API).
 */
export async function requireSiteConfigForVisitor(
  kv: KVNamespace,
  site: string,
): Promise<SiteConfig> {
  const stored = await readSiteConfig(kv, site);
  if (stored.kind !== "valid") throw siteNotFound(site);
  return stored.config;
}

/**
 * Writes the site's config to KV with the version saved for it in D1 (`site_config_versions`,
 * config-versions.ts) as metadata, so that a later save can tell a KV read that is a minute old
 * from the latest.
 */
export async function putSiteConfig(
  kv: KVNamespace,
  site: string,
  config: SiteConfig,
  version: number,
): Promise<void> {
  await kv.put(siteKey(site), JSON.stringify(config), { metadata: { configVersion: version } });
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

function invalidStored(site: string, raw: string, problem: string): StoredSiteConfig {
  console.error(`site config v1:site:${site} is invalid: ${problem}`);
  return { kind: "invalid", raw, problem };
}

/** The error of an invalid stored config, for administrators: it names the problem. */
export function siteConfigInvalid(site: string, problem: string): AppError {
  return new AppError(
    "site_config_invalid",
    // No dashboard page can save a config it cannot read, so this says where it can be saved.
    `The stored configuration of site "${site}" is invalid (${problem}). Save a valid one with PUT /admin/api/sites/${site} or npm run site -- put ${site} <config.json>; GET /admin/api/sites/${site} shows what is stored.`,
  );
}

function siteNotFound(site: string): AppError {
  return new AppError("site_not_found", `No site "${site}" is configured.`);
}
