/**
 * The cron's retention pass: visitor messages older than their site's `retentionDays` (90 by
 * default) are deleted, except in conversations that handed off, and so are the picks that copied
 * a visitor's question.
 */
import { DEFAULT_RETENTION_DAYS, retentionDaysOf } from "../sites/config-schema.ts";
import { getSiteConfig, listSiteIds } from "../sites/store.ts";
import { deleteExpired, type ExpiringRows, type RetentionCutoff } from "./retention-store.ts";
import { allDatabases } from "../sites/site-database.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 1000;
// A run deletes at most this many batches; the next run, five minutes later, goes on.
const MAX_BATCHES_PER_RUN = 50;

/** Deletes expired visitor messages and picks; answers how many rows. */
export async function expireVisitorMessages(env: Env, now = new Date()): Promise<number> {
  const sites = await listSiteIds(env.SITES);
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
