/**
 * The handoffs list's counts (`handoff_counts`) against a count of the stored handoffs made
 * here, row by row in the test's own terms: each handoff's site, status, trigger and label.
 */
import { expect } from "vitest";

interface StoredHandoff {
  site: string;
  status: string;
  reason: string;
  couldHaveAnsweredAt: string | null;
}

/** The stored handoffs of `sites` on `db`, each counted once in its group. */
export async function handoffCountsFromRows(
  db: D1Database,
  sites: readonly string[],
): Promise<Record<string, number>> {
  const { results } = await db
    .prepare(
      `SELECT site, status, reason, could_have_answered_at AS couldHaveAnsweredAt FROM handoffs
       WHERE site IN (SELECT value FROM json_each(?))`,
    )
    .bind(JSON.stringify(sites))
    .all<StoredHandoff>();
  const counts: Record<string, number> = {};
  for (const h of results) {
    const key = [h.site, h.status, h.reason, h.couldHaveAnsweredAt === null ? 0 : 1].join("|");
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** The counts `db` keeps for `sites`, groups at zero left out. */
export async function keptHandoffCounts(
  db: D1Database,
  sites: readonly string[],
): Promise<Record<string, number>> {
  const { results } = await db
    .prepare(
      `SELECT site, status, reason, labelled, handoffs FROM handoff_counts
       WHERE site IN (SELECT value FROM json_each(?)) AND handoffs != 0`,
    )
    .bind(JSON.stringify(sites))
    .all<{ site: string; status: string; reason: string; labelled: number; handoffs: number }>();
  return Object.fromEntries(
    results.map((r) => [[r.site, r.status, r.reason, r.labelled].join("|"), r.handoffs]),
  );
}

/** Expects the counts `db` keeps for `sites` to be the count of their stored handoffs there. */
export async function expectHandoffCountsOfRows(db: D1Database, ...sites: string[]): Promise<void> {
  expect(await keptHandoffCounts(db, sites)).toEqual(await handoffCountsFromRows(db, sites));
}
