/**
 * Taught phrasings in D1 (`taught_questions`, one row per phrasing): each teach is one insert,
 * so phrasings taught at once are all kept. The pure `withTaughtQuestions` (teach.ts) lays them
 * over the documents kept in KV, which is what the index is built from.
 */
import { questionKey, type TaughtQuestion } from "./teach.ts";

export type { TaughtQuestion };

/** A site's taught phrasings, oldest first, and the sequence number of the newest. */
export interface TaughtQuestions {
  questions: TaughtQuestion[];
  /** Grows with every phrasing taught: an index built from `questions` is current while it holds. */
  generation: number;
}

/**
 * Stores a phrasing of `docId`, with who taught it when known; one it already has (ignoring
 * case) changes nothing, and keeps who taught it first.
 */
export async function insertTaughtQuestion(
  db: D1Database,
  site: string,
  taught: TaughtQuestion,
  now: string,
  by: string | null = null,
  /** The member's id ("admin" for the token holder); null when no signed-in member taught it. */
  byId: string | null = null,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO taught_questions (site, doc_id, question, question_key, created_at, taught_by, taught_by_id)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (site, doc_id, question_key) DO NOTHING`,
    )
    .bind(site, taught.docId, taught.question, questionKey(taught.question), now, by, byId)
    .run();
}

/** Who taught a phrasing and when, as the article page and Knowledge gaps show it. */
export interface TaughtBy {
  docId: string;
  question: string;
  by: string | null;
  /** The member's id, "admin" for the token holder, null when not recorded (migrations/0013). */
  byId: string | null;
  createdAt: string;
}

/**
 * The phrasings taught to the site's documents (to one, given its id), with who taught each
 * (null: not recorded), oldest first.
 */
export async function listTaughtBy(
  db: D1Database,
  site: string,
  docId?: string,
): Promise<TaughtBy[]> {
  const { results } = await db
    .prepare(
      `SELECT doc_id AS docId, question, taught_by AS by, taught_by_id AS byId, created_at AS createdAt
       FROM taught_questions WHERE site = ?1 AND (?2 IS NULL OR doc_id = ?2) ORDER BY seq`,
    )
    .bind(site, docId ?? null)
    .all<TaughtBy>();
  return results;
}

/** Every phrasing taught to the site's documents, oldest first. */
export async function listTaughtQuestions(db: D1Database, site: string): Promise<TaughtQuestions> {
  const { results } = await db
    .prepare(
      "SELECT seq, doc_id AS docId, question FROM taught_questions WHERE site = ? ORDER BY seq",
    )
    .bind(site)
    .all<TaughtQuestion & { seq: number }>();
  return {
    questions: results.map(({ docId, question }) => ({ docId, question })),
    generation: results.reduce((max, r) => Math.max(max, r.seq), 0),
  };
}

/** The sequence number of the site's newest phrasing (0 for none): cheaper than the list. */
export async function taughtGeneration(db: D1Database, site: string): Promise<number> {
  return (
    (await db
      .prepare("SELECT COALESCE(MAX(seq), 0) AS g FROM taught_questions WHERE site = ?")
      .bind(site)
      .first<number>("g")) ?? 0
  );
}

/** Removes one phrasing taught to a document (ignoring case), as the dashboard's Knowledge base page does. */
export async function deleteTaughtQuestion(
  db: D1Database,
  site: string,
  docId: string,
  question: string,
): Promise<void> {
  await db
    .prepare("DELETE FROM taught_questions WHERE site = ? AND doc_id = ? AND question_key = ?")
    .bind(site, docId, questionKey(question))
    .run();
}

/** Removes every phrasing taught to the site (the site is being deleted). */
export async function deleteTaughtQuestions(db: D1Database, site: string): Promise<void> {
  await db.prepare("DELETE FROM taught_questions WHERE site = ?").bind(site).run();
}
