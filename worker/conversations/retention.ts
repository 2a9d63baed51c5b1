/**
 * The cron's retention pass: visitor messages older than their site's `retentionDays` (90 by
 * default) are deleted, except in conversations that handed off, and so are the picks that copied
 * a visitor's question. The period is the config's in KV, or, for an hour after a save, the longer
 * of that and the one saved, read from D1 (retention-changes-store.ts).
 */
import { DEFAULT_RETENTION_DAYS, retentionDaysOf } from "../sites/config-schema.ts";
import { getSiteConfig, listSiteIds } from "../sites/store.ts";
import { deleteExpired, type ExpiringRows, type RetentionCutoff } from "./retention-store.ts";
import { listRetentionChangesSince } from "./retention-changes-store.ts";
import { allDatabases } from "../sites/site-database.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 1000;
// A run deletes at most this many batches; the next run, five minutes later, goes on.
const MAX_BATCHES_PER_RUN = 50;

/**
 * How long after a save its retention period is read from D1 beside KV's: KV reaches every
 * location within about a minute, so an hour is ample.
 */
export const RECENT_CHANGE_MS = 60 * 60 * 1000;

/** Deletes expired visitor messages and picks; answers how many rows. */
export async function expireVisitorMessages(env: Env, now = new Date()): Promise<number> {
  // Saves of the last hour, from D1: KV may still answer with the period from before one.
  const recent = await listRetentionChangesSince(
    env.DB,
    new Date(now.getTime() - RECENT_CHANGE_MS).toISOString(),
  );
  const sites = [...new Set([...(await listSiteIds(env.SITES)), ...recent.keys()])];
  const cutoffs: RetentionCutoff[] = [];
  for (const site of sites) {
    let days: number;
    try {
      days = retentionDaysOf(await getSiteConfig(env.SITES, site));
    } catch {
      // An invalid stored config: keep that site's messages until it is fixed, rather than
      // expire them on a guess.
      days = Number.POSITIVE_INFINITY;
    }
    // Before the second reliability review a stale read after an owner raised the period (7 to
    // 90 days) deleted days 7 to 90 for good. The longer of the two is kept: a lowered period
    // takes effect once KV has it everywhere, a minute later.
    days = Math.max(days, recent.get(site) ?? 0);
    const before = Number.isFinite(days)
      ? new Date(now.getTime() - days * DAY_MS).toISOString()
      : "0000";
    cutoffs.push({ site, before });
  }
  const defaultBefore = new Date(now.getTime() - DEFAULT_RETENTION_DAYS * DAY_MS).toISOString();
  let deleted = 0;
  // Every database sites are sharded over, within one run's budget of batches, messages first.
  let batches = 0;
  for (const table of ["messages", "picks"] satisfies ExpiringRows[]) {
    for (const { db } of allDatabases(env)) {
      for (; batches < MAX_BATCHES_PER_RUN; batches += 1) {
        const n = await deleteExpired(db, table, cutoffs, defaultBefore, BATCH);
        deleted += n;
        if (n < BATCH) {
          batches += 1;
          break;
        }
      }
    }
  }
  return deleted;
}
