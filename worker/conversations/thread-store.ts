/**
 * A conversation as its visitor reads it: their messages, the assistant's, and the team's
 * replies to its handoffs, in one order. Messages and replies written in the same instant keep
 * the order they were written in (visitor before assistant, both before a reply).
 */
import type { ConversationMessage } from "../../shared/api.ts";

/** Most messages one read returns; the next read starts after the last. */
export const MAX_THREAD_PAGE = 200;

const THREAD = `WITH thread AS (
    SELECT id, role, text, NULL AS author, created_at, 0 AS source, rowid AS seq
      FROM messages WHERE conversation_id = ?1
    UNION ALL
    SELECT id, 'team' AS role, text, author, created_at, 1 AS source, rowid AS seq
      FROM replies WHERE conversation_id = ?1
  )`;

/**
 * The conversation's messages after the one with id `after` (all when null), oldest first, at
 * most `MAX_THREAD_PAGE`; null when `after` names no message of this conversation.
 */
export async function listThread(
  db: D1Database,
  conversationId: string,
  after: string | null,
): Promise<ConversationMessage[] | null> {
  const { results } = await db
    .prepare(
      `${THREAD}, anchor AS (SELECT created_at, source, seq FROM thread WHERE id = ?2)
       SELECT id, role, text, author, created_at AS createdAt FROM thread
       WHERE ?2 IS NULL OR (created_at, source, seq) > (SELECT created_at, source, seq FROM anchor)
       ORDER BY created_at, source, seq LIMIT ?3`,
    )
    .bind(conversationId, after, MAX_THREAD_PAGE)
    .all<ConversationMessage>();
  if (after !== null && results.length === 0) {
    const known = await db
      .prepare(`${THREAD} SELECT 1 AS found FROM thread WHERE id = ?2`)
      .bind(conversationId, after)
      .first();
    if (!known) return null;
  }
  return results.map(({ author, role, ...m }) =>
    role === "team" ? { ...m, role, author } : { ...m, role },
  );
}
