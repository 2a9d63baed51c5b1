/**
 * The articles a low-confidence handoff offered, and the visitors' picks among them. A pick is
 * evidence that the question belongs to the picked article; it is kept per visitor (a hash of
 * the address key, never the address), so one visitor's clicks count once.
 */
import type { HeldPick } from "./pick-evidence.ts";

/** An article offered beside the person, as stored with the visitor message. */
export interface OfferedArticle {
  docId: string;
  title: string;
  url: string | null;
}

/**
 * The visitor message of the conversation that offered suggestions, with them, or null when there
 * is no such message or it offered none.
 */
export async function getOffer(
  db: D1Database,
  conversationId: string,
  messageId: string,
): Promise<{ question: string; articles: OfferedArticle[] } | null> {
  const row = await db
    .prepare(
      `SELECT text, suggestions FROM messages
       WHERE id = ? AND conversation_id = ? AND role = 'visitor' AND suggestions IS NOT NULL`,
    )
    .bind(messageId, conversationId)
    .first<{ text: string; suggestions: string }>();
  if (!row) return null;
  try {
    const parsed: unknown = JSON.parse(row.suggestions);
    return Array.isArray(parsed)
      ? { question: row.text, articles: parsed as OfferedArticle[] }
      : null;
  } catch {
    return null;
  }
}

/** One visitor's choice of one offered article. */
export interface Pick {
  id: string;
  site: string;
  conversationId: string;
  messageId: string;
  article: OfferedArticle;
  question: string;
  visitor: string;
}

/** A visitor's daily pick limit as the statements that write a pick hold it. */
export interface PickLimit {
  site: string;
  visitor: string;
  since: string;
  max: number;
}

/**
 * How many of the site's replies `limit.visitor` picked on since `limit.since`, other than
 * `messageId` (a second pick on one reply is not another), as a SQL expression and its
 * parameters. Picks kept for answers still in the question log's queue (`late_picks`) count
 * too; a kept pick moves into `picks` in one transaction, so it is never counted twice.
 */
function picksCounted(
  limit: Omit<PickLimit, "max">,
  messageId: string,
): { sql: string; params: string[] } {
  const one = [limit.visitor, limit.since, limit.site, messageId];
  return {
    sql: `(SELECT COUNT(DISTINCT message_id) FROM (
            SELECT lp.message_id FROM picks lp
            WHERE lp.visitor = ? AND lp.created_at >= ? AND lp.site = ? AND lp.message_id != ?
            UNION ALL
            SELECT ll.message_id FROM late_picks ll
            WHERE ll.visitor = ? AND ll.created_at >= ? AND ll.site = ? AND ll.message_id != ?))`,
    params: [...one, ...one],
  };
}

/**
 * The SQL condition, and its parameters, that the visitor may still pick on `messageId`: part of
 * the statement that writes the pick, so that picks sent at once are counted one after another,
 * as verdicts are (`verdictsLeft`); a count read before the write would let them all pass.
 */
export function picksLeft(
  limit: PickLimit,
  messageId: string,
): { sql: string; params: (string | number)[] } {
  const counted = picksCounted(limit, messageId);
  return { sql: `${counted.sql} < ?`, params: [...counted.params, limit.max] };
}

/** How many of the site's replies the visitor picked on in the window, but `messageId`. */
export async function countPicksBy(
  db: D1Database,
  limit: Omit<PickLimit, "max">,
  messageId: string,
): Promise<number> {
  const counted = picksCounted(limit, messageId);
  const row = await db
    .prepare(`SELECT ${counted.sql} AS n`)
    .bind(...counted.params)
    .first<number>("n");
  return row ?? 0;
}

/**
 * A statement that records a pick. Picking the same article for the same message again changes
 * nothing but its time: the evidence is one visitor's, however often they click. With `limit`,
 * it changes no row once the visitor has picked on as many replies as the limit allows.
 */
export function insertPick(
  db: D1Database,
  pick: Pick,
  now: string,
  limit?: PickLimit,
): D1PreparedStatement {
  const left = limit ? picksLeft(limit, pick.messageId) : null;
  return db
    .prepare(
      // A SELECT, not VALUES, to carry the limit; its WHERE also keeps SQLite from reading
      // ON CONFLICT as part of the SELECT.
      `INSERT INTO picks (id, site, conversation_id, message_id, doc_id, title, url, question, visitor, created_at)
       SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE ${left ? left.sql : "true"}
       ON CONFLICT (message_id, doc_id) DO UPDATE SET created_at = excluded.created_at`,
    )
    .bind(
      pick.id,
      pick.site,
      pick.conversationId,
      pick.messageId,
      pick.article.docId,
      pick.article.title,
      pick.article.url,
      pick.question,
      pick.visitor,
      now,
      ...(left?.params ?? []),
    );
}

export type { HeldPick };

/**
 * The site's picks since `since` that hold: the visitor neither handed off afterwards in the same
 * conversation (the article did not help) nor picked another article for the same question
 * later (the last pick stands). Newest first, at most `limit`.
 */
export async function listHeldPicks(
  db: D1Database,
  site: string,
  options: { since: string; before?: string; limit: number },
): Promise<HeldPick[]> {
  const { results } = await db
    .prepare(
      `SELECT p.id, p.doc_id AS docId, p.title, p.question, p.visitor, p.created_at AS createdAt,
         p.taught_at AS taughtAt
       FROM picks p
       WHERE p.site = ? AND p.created_at >= ? AND p.created_at < ?
         AND NOT EXISTS (SELECT 1 FROM handoffs h
                         WHERE h.conversation_id = p.conversation_id AND h.created_at >= p.created_at)
         AND NOT EXISTS (SELECT 1 FROM picks q
                         WHERE q.message_id = p.message_id AND q.created_at > p.created_at)
       ORDER BY p.created_at DESC LIMIT ?`,
    )
    .bind(site, options.since, options.before ?? "9999", options.limit)
    .all<HeldPick>();
  return results;
}

/** A statement that marks picks as taught to their article. */
export function markPicksTaught(
  db: D1Database,
  ids: readonly string[],
  now: string,
): D1PreparedStatement {
  return db
    .prepare("UPDATE picks SET taught_at = ? WHERE id IN (SELECT value FROM json_each(?))")
    .bind(now, JSON.stringify(ids));
}
