/**
 * The retention_changes table: each site's retention period as last saved, and when, written
 * before the config goes to KV. D1 answers every read with the latest write; KV may answer a
 * minute late, so the retention sweep reads recent saves here too (retention.ts).
 */

/** Records that `site`'s config was saved with a retention period of `days`, at `at`. */
export async function recordRetentionChange(
  db: D1Database,
  site: string,
  days: number,
  at: string,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO retention_changes (site, days, changed_at) VALUES (?, ?, ?)
       ON CONFLICT (site) DO UPDATE SET days = excluded.days, changed_at = excluded.changed_at`,
    )
    .bind(site, days, at)
    .run();
}

/** The retention period of each site saved at or after `since`, by site. */
export async function listRetentionChangesSince(
  db: D1Database,
  since: string,
): Promise<Map<string, number>> {
  const { results } = await db
    .prepare("SELECT site, days FROM retention_changes WHERE changed_at >= ?")
    .bind(since)
    .all<{ site: string; days: number }>();
  return new Map(results.map((r) => [r.site, r.days]));
}
