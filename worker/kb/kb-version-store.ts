/**
 * A site's knowledge-base version in D1 (`kb_versions`, migrations/0012): the compare-and-set that
 * KV lacks. Whoever writes the site's documents first claims the next version here; only the
 * claim's winner writes KV, so two edits made at once cannot both land on the same documents.
 */

/** The version row: the newest claimed version and when it was claimed. */
export interface KbVersionRow {
  version: number;
  changedAt: string;
  changedBy: string | null;
}

/** The site's version row, or null before its documents were first written with a version. */
export async function getKbVersion(db: D1Database, site: string): Promise<KbVersionRow | null> {
  return db
    .prepare(
      "SELECT version, changed_at AS changedAt, changed_by AS changedBy FROM kb_versions WHERE site = ?",
    )
    .bind(site)
    .first<KbVersionRow>();
}

/**
 * Moves the site's version from `expected` (0: no row yet) to `next`; true when this call did it,
 * false when another writer moved it first. One statement, so D1 runs it atomically: of two
 * claims from the same version exactly one wins.
 */
export async function claimKbVersion(
  db: D1Database,
  site: string,
  expected: number,
  next: number,
  now: string,
  by: string | null,
): Promise<boolean> {
  const result = await db
    .prepare(
      `INSERT INTO kb_versions (site, version, changed_at, changed_by) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (site) DO UPDATE SET version = excluded.version,
         changed_at = excluded.changed_at, changed_by = excluded.changed_by
       WHERE kb_versions.version = ?5`,
    )
    .bind(site, next, now, by, expected)
    .run();
  // No row yet inserts one (a site written before versions, or never): nobody else claimed.
  return result.meta.changes === 1;
}

/** Forgets the site's version, with its documents (the site is deleted). */
export async function deleteKbVersion(db: D1Database, site: string): Promise<void> {
  await db.prepare("DELETE FROM kb_versions WHERE site = ?").bind(site).run();
}
