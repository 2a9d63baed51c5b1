import { recordRetentionChange } from "../conversations/retention-changes-store.ts";
import { retentionDaysOf, type SiteConfig } from "./config-schema.ts";
import { siteKey } from "./kv-keys.ts";
import { parseStoredSiteConfig, putSiteConfig, type StoredSiteConfig } from "./store.ts";

/**
 * A site's config as last saved, with a version, in D1 (`site_config_versions`,
 * migrations/0018): the compare-and-set KV lacks, and the latest config, which a KV read at
 * another location may not be for a minute. Every save starts from here and changes only its
 * own part, so two saves of different parts made within that minute both stand.
 */

/**
 * How long after a save a KV value without a version may still be one from before it: KV's
 * cache keeps a read for 60 s at a location, doubled for room. Past it, such a value was written
 * outside the worker (by hand with wrangler) after the save, and is the newer.
 */
export const KV_SETTLE_MS = 120_000;

// A save that keeps losing the claim to others is broken, not busy: each loss is to a save
// made in the milliseconds between this one's read and claim.
const MAX_LOST_CLAIMS = 5;

/** The D1 row: the newest version, the config it saved (null: the site was deleted), when. */
export interface ConfigVersionRow {
  version: number;
  config: string | null;
  savedAt: string;
}

/** What a save starts from: the latest stored config and the version it was read at (0: none). */
export interface LatestSiteConfig {
  stored: StoredSiteConfig;
  version: number;
}

/** The site's row, or null before the worker (or the CLI) first saved its config with one. */
export async function getConfigVersionRow(
  db: D1Database,
  site: string,
): Promise<ConfigVersionRow | null> {
  return db
    .prepare("SELECT version, config, saved_at AS savedAt FROM site_config_versions WHERE site = ?")
    .bind(site)
    .first<ConfigVersionRow>();
}

/**
 * Moves the site's version from `expected` (0: no row yet) to `next` with the config saved;
 * true when this call did it, false when another save moved it first. One statement, so D1 runs
 * it atomically: of two saves from the same version exactly one wins.
 */
export async function claimConfigVersion(
  db: D1Database,
  site: string,
  expected: number,
  next: number,
  config: string | null,
  at: string,
): Promise<boolean> {
  const result = await db
    .prepare(
      `INSERT INTO site_config_versions (site, version, config, saved_at) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (site) DO UPDATE SET version = excluded.version, config = excluded.config,
         saved_at = excluded.saved_at
       WHERE site_config_versions.version = ?5`,
    )
    .bind(site, next, config, at, expected)
    .run();
  return result.meta.changes === 1;
}

/**
 * Which text is the latest config: KV's or the D1 row's. KV's when no row exists (a site not
 * saved since configs were versioned), when it carries the row's version, or when it carries
 * none and the last save is older than `KV_SETTLE_MS` (a hand edit since); otherwise the row's,
 * as KV's is then a read from before the last save.
 *
 * @example
 * latestConfigText({ version: 3, config: '{"name":"B"}', savedAt }, '{"name":"A"}', 2, now); // '{"name":"B"}'
 */
export function latestConfigText(
  row: ConfigVersionRow | null,
  kvText: string | null,
  kvVersion: number | undefined,
  now: number,
): string | null {
  if (!row) return kvText;
  if (kvVersion !== undefined && kvVersion >= row.version) return kvText;
  if (kvVersion === undefined && now - Date.parse(row.savedAt) > KV_SETTLE_MS) return kvText;
  return row.config;
}

/** The site's latest config and its version, for a save to start from (`saveSiteConfigChange`). */
export async function readLatestSiteConfig(
  env: Pick<Env, "DB" | "SITES">,
  site: string,
  now = Date.now(),
): Promise<LatestSiteConfig> {
  const [row, kv] = await Promise.all([
    getConfigVersionRow(env.DB, site),
    env.SITES.getWithMetadata<{ configVersion?: unknown }>(siteKey(site), "text"),
  ]);
  const kvVersion = kv.metadata?.configVersion;
  const text = latestConfigText(
    row,
    kv.value,
    typeof kvVersion === "number" ? kvVersion : undefined,
    now,
  );
  return { stored: parseStoredSiteConfig(site, text), version: row?.version ?? 0 };
}

/**
 * Saves `change` applied to the site's latest config: it returns the whole config to store
 * from the one it is given (or throws to refuse, e.g. an `AppError("bad_request")`), and it is
 * applied again to the newer config when another save lands between this one's read and write.
 * D1 first (the version claimed with the config, then the retention period, which the sweep
 * reads there), KV after, with the version as its metadata. Returns the config stored.
 *
 * @example
 * await saveSiteConfigChange(env, "acme", (latest) => ({ ...configOf(latest), threshold: 0.5 }));
 */
export async function saveSiteConfigChange(
  env: Pick<Env, "DB" | "SITES">,
  site: string,
  change: (latest: StoredSiteConfig) => SiteConfig,
): Promise<SiteConfig> {
  for (let lost = 0; ; ) {
    const latest = await readLatestSiteConfig(env, site);
    const config = change(latest.stored);
    const next = latest.version + 1;
    const at = new Date().toISOString();
    if (await claimConfigVersion(env.DB, site, latest.version, next, JSON.stringify(config), at)) {
      // In D1 before KV, which answers the retention sweep at once: KV may give it the old
      // period for a minute (worker/conversations/retention.ts).
      await recordRetentionChange(env.DB, site, retentionDaysOf(config), at);
      await putSiteConfig(env.SITES, site, config, next);
      return config;
    }
    if (++lost >= MAX_LOST_CLAIMS)
      throw new Error(`site config of ${site}: lost ${lost} version claims in a row`);
  }
}

/**
 * Records in D1 that the site was deleted (its config null, its version moved on), so that a
 * KV read from before the deletion is not taken for the latest, and versions never restart.
 */
export async function forgetSiteConfig(db: D1Database, site: string): Promise<void> {
  await db
    .prepare(
      `UPDATE site_config_versions SET version = version + 1, config = NULL, saved_at = ?2
       WHERE site = ?1`,
    )
    .bind(site, new Date().toISOString())
    .run();
}
