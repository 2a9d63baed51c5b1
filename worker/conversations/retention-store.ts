/**
 * Deleting visitor data: messages past their site's retention period (the cron), and one
 * conversation on its owner's request. A conversation that handed off is exempt from retention:
 * its transcript is what the team works from; only an explicit delete removes it.
 */
import { uncountHandoffs } from "../handoff/handoff-counts.ts";
import { uncountMessages } from "./message-counts.ts";

/** One site's cutoff: its messages created before `before` expire. */
export interface RetentionCutoff {
  site: string;
  before: string;
}

/**
 * What the retention cron expires: visitor and assistant messages, and the picks that copied a
 * visitor's question (`picks.question`, the evidence teaching reads), which go when the message
 * they copied would: teaching from picks reads the last `retentionDays` of evidence, and the
 * retention a site promises covers every copy.
 */
export type ExpiringRows = "messages" | "picks";

/**
 * Deletes up to `limit` expired rows of `table`, oldest first, in conversations that never
 * handed off; answers how many. Sites in `cutoffs` expire at their own cutoff, every other site
 * (one whose config is gone) at `defaultBefore`. The conversation rows stay: they hold no text.
 */
export async function deleteExpired(
  db: D1Database,
  table: ExpiringRows,
  cutoffs: readonly RetentionCutoff[],
  defaultBefore: string,
  limit: number,
): Promise<number> {
  // Scanned along the table's index on created_at up to the latest cutoff, so a run reads only
  // old rows. ISO timestamps sort as strings. `table` is one of two literals, never input.
  const latest = [defaultBefore, ...cutoffs.map((c) => c.before)].sort().at(-1) ?? defaultBefore;
  // The rows to delete, oldest first (rowid breaks ties, so two statements pick the same rows).
  const expired = `SELECT t.rowid FROM ${table} t
      JOIN conversations c ON c.id = t.conversation_id
      LEFT JOIN (SELECT json_extract(value, '$.site') AS site, json_extract(value, '$.before') AS before
                 FROM json_each(?)) k ON k.site = c.site
    WHERE t.created_at < ? AND t.created_at < COALESCE(k.before, ?)
      AND NOT EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = t.conversation_id)
    ORDER BY t.created_at, t.rowid LIMIT ?`;
  const params = [JSON.stringify(cutoffs), latest, defaultBefore, limit];
  const remove = db.prepare(`DELETE FROM ${table} WHERE rowid IN (${expired})`).bind(...params);
  // Messages leave the dashboard's counts in the same transaction, so a figure stays a count of
  // the stored rows (a rated answer's row goes by cascade).
  const results = await db.batch(
    table === "messages"
      ? [uncountMessages(db, `m.rowid IN (${expired})`, params), remove]
      : [remove],
  );
  return results.at(-1)?.meta.changes ?? 0;
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
    // Its visitor messages leave the dashboard's counts as the cascade deletes them.
    uncountMessages(db, "c.id = ? AND c.site = ?", [conversationId, site]),
    // Its handoffs leave the handoffs list's counts as they are deleted.
    uncountHandoffs(db, "conversation_id = ?", [conversationId]),
    db.prepare("DELETE FROM handoffs WHERE conversation_id = ?").bind(conversationId),
    db.prepare("DELETE FROM conversations WHERE id = ? AND site = ?").bind(conversationId, site),
  ]);
  return { conversationId, ...counts };
}
