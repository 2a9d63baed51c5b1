/**
 * A conversation as its visitor reads it: their messages, the assistant's, and the team's
 * replies to its handoffs, in one order. Messages and replies written in the same instant keep
 * the order they were written in (visitor before assistant, both before a reply).
 */
import type { ConversationMessage } from "../../shared/api.ts";

/** Most messages one read returns; the next read starts after the last. */
export const MAX_THREAD_PAGE = 200;

// The message or reply `after` names, if it is this conversation's: where the next page starts.
const ANCHOR = `anchor AS (
    SELECT created_at, 0 AS source, rowid AS seq FROM messages WHERE id = ?2 AND conversation_id = ?1
    UNION ALL
    SELECT created_at, 1 AS source, rowid AS seq FROM replies WHERE id = ?2 AND conversation_id = ?1
  )`;

/**
 * The first `?3` rows of `table` after the anchor (from the start with `fromStart`), along its
 * (conversation_id, created_at) index: a page reads about a page of rows, not the whole
 * conversation, which one visitor can make tens of thousands of messages long. Two statements,
 * not one with `?2 IS NULL OR …`: SQLite seeks an index only on a condition it can rely on.
 */
function pageOf(table: "messages" | "replies", fromStart: boolean): string {
  const source = table === "messages" ? 0 : 1;
  const columns =
    table === "messages" ? "id, role, text, NULL AS author" : "id, 'team' AS role, text, author";
  const after = fromStart
    ? ""
    : `AND created_at >= (SELECT created_at FROM anchor)
       AND (created_at, ${source}, rowid) > (SELECT created_at, source, seq FROM anchor)`;
  return `SELECT ${columns}, created_at, ${source} AS source, rowid AS seq FROM ${table}
    WHERE conversation_id = ?1 ${after}
    ORDER BY created_at, rowid LIMIT ?3`;
}

/**
 * The conversation's messages after the one with id `after` (all when null), oldest first, at
 * most `MAX_THREAD_PAGE`; null when `after` names no message of this conversation.
 */
export async function listThread(
  db: D1Database,
  conversationId: string,
  after: string | null,
): Promise<ConversationMessage[] | null> {
  // A page of each table, then the page of both: the same rows, in the same order, as sorting
  // the whole conversation, which every read did (30,000 rows read for 10,000 messages).
  const { results } = await db
    .prepare(
      `WITH ${ANCHOR},
       page_m AS (${pageOf("messages", after === null)}),
       page_r AS (${pageOf("replies", after === null)})
       SELECT id, role, text, author, created_at AS createdAt
       FROM (SELECT * FROM page_m UNION ALL SELECT * FROM page_r)
       ORDER BY created_at, source, seq LIMIT ?3`,
    )
    .bind(conversationId, after, MAX_THREAD_PAGE)
    .all<ConversationMessage>();
  if (after !== null && results.length === 0) {
    const known = await db
      .prepare(`WITH ${ANCHOR} SELECT 1 AS found FROM anchor`)
      .bind(conversationId, after)
      .first();
    if (!known) return null;
  }
  return results.map(({ author, role, ...m }) =>
    role === "team" ? { ...m, role, author } : { ...m, role },
  );
}
