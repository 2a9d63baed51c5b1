/**
 * Deleting visitor data: messages past their site's retention period (the cron), and one
 * conversation on its owner's request. A conversation that handed off is exempt from retention:
 * its transcript is what the team works from; only an explicit delete removes it.
 */

/** One site's cutoff: its messages created before `before` expire. */
export interface RetentionCutoff {
  site: string;
  before: string;
}

/**
 * Deletes up to `limit` expired visitor and assistant messages, oldest first, in conversations
 * that never handed off; answers how many. Sites in `cutoffs` expire at their own cutoff, every
 * other site (one whose config is gone) at `defaultBefore`. The conversation rows stay: they
 * hold no text.
 */
export async function deleteExpiredMessages(
  db: D1Database,
  cutoffs: readonly RetentionCutoff[],
  defaultBefore: string,
  limit: number,
): Promise<number> {
  // Scanned along messages_by_time up to the latest cutoff, so a run reads only old rows.
  // ISO timestamps sort as strings.
  const latest = [defaultBefore, ...cutoffs.map((c) => c.before)].sort().at(-1) ?? defaultBefore;
  const result = await db
    .prepare(
      `DELETE FROM messages WHERE rowid IN (
         SELECT m.rowid FROM messages m
           JOIN conversations c ON c.id = m.conversation_id
           LEFT JOIN (SELECT json_extract(value, '$.site') AS site, json_extract(value, '$.before') AS before
                      FROM json_each(?)) k ON k.site = c.site
         WHERE m.created_at < ? AND m.created_at < COALESCE(k.before, ?)
           AND NOT EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = m.conversation_id)
         ORDER BY m.created_at LIMIT ?)`,
    )
    .bind(JSON.stringify(cutoffs), latest, defaultBefore, limit)
    .run();
  return result.meta.changes;
}

/**
 * Deletes up to `limit` expired picks by the same cutoffs and exemption as messages; answers how
 * many. A pick holds a copy of the visitor's question (`picks.question`, the evidence teaching
 * reads), so it goes when the message it copied would: teaching from picks reads the last
 * `retentionDays` of evidence, and the retention a site promises covers every copy.
 */
export async function deleteExpiredPicks(
  db: D1Database,
  cutoffs: readonly RetentionCutoff[],
  defaultBefore: string,
  limit: number,
): Promise<number> {
  const latest = [defaultBefore, ...cutoffs.map((c) => c.before)].sort().at(-1) ?? defaultBefore;
  const result = await db
    .prepare(
      `DELETE FROM picks WHERE rowid IN (
         SELECT p.rowid FROM picks p
           LEFT JOIN (SELECT json_extract(value, '$.site') AS site, json_extract(value, '$.before') AS before
                      FROM json_each(?)) k ON k.site = p.site
         WHERE p.created_at < ? AND p.created_at < COALESCE(k.before, ?)
           AND NOT EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = p.conversation_id)
         ORDER BY p.created_at LIMIT ?)`,
    )
    .bind(JSON.stringify(cutoffs), latest, defaultBefore, limit)
    .run();
  return result.meta.changes;
}

/** What deleting a conversation removed. */
export interface DeletedConversation {
  conversationId: string;
  messages: number;
  handoffs: number;
}

/**
 * Deletes one conversation of `site` and everything hanging off it: its messages and picks
 * (cascade), its handoffs with their deliveries and team replies (cascade), in one batch.
 * Null when the site has no such conversation.
 */
export async function deleteConversation(
  db: D1Database,
  site: string,
  conversationId: string,
): Promise<DeletedConversation | null> {
  const counts = await db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM messages WHERE conversation_id = c.id) AS messages,
              (SELECT COUNT(*) FROM handoffs WHERE conversation_id = c.id) AS handoffs
       FROM conversations c WHERE c.id = ? AND c.site = ?`,
    )
    .bind(conversationId, site)
    .first<{ messages: number; handoffs: number }>();
  if (!counts) return null;
  await db.batch([
    db.prepare("DELETE FROM handoffs WHERE conversation_id = ?").bind(conversationId),
    db.prepare("DELETE FROM conversations WHERE id = ? AND site = ?").bind(conversationId, site),
  ]);
  return { conversationId, ...counts };
}
