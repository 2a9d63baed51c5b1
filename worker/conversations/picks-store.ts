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

/**
 * A statement that records a pick. Picking the same article for the same message again changes
 * nothing but its time: the evidence is one visitor's, however often they click.
 */
export function insertPick(db: D1Database, pick: Pick, now: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO picks (id, site, conversation_id, message_id, doc_id, title, url, question, visitor, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
