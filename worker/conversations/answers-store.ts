/**
 * Answers: the visitor messages the worker answered from the knowledge base, with the answer
 * given, the article it came from and the visitor's verdict. Statement builders (`set…`) return
 * statements for the caller to run or batch; readers take the binding.
 */
import { recordVerdicts } from "./message-counts.ts";

/** The visitor's verdict on one answer: helpful or not. */
export interface AnswerVerdict {
  conversationId: string;
  /** The visitor message's id, as `POST /v1/chat` returned it. */
  messageId: string;
  helpful: boolean;
  /** Who gave it (`visitorPseudonym`: a hash, never the address); null when not known. */
  by?: string | null;
}

/** How many verdicts one visitor may give on a site's answers since a time. */
export interface VerdictLimit {
  site: string;
  by: string;
  since: string;
  max: number;
}

/**
 * The SQL condition, and its parameters, that `limit.by` has given fewer than `limit.max`
 * verdicts on the site's answers since `limit.since`, other than on `messageId` (what
 * `countVerdictsBy` counts). Part of the statement that writes a verdict, so that verdicts sent
 * at once are counted one after another: a count read before the write let them all pass.
 */
export function verdictsLeft(
  limit: VerdictLimit,
  messageId: string,
): { sql: string; params: (string | number)[] } {
  return {
    sql: `(SELECT COUNT(*) FROM (
            SELECT 1 FROM messages lm JOIN conversations lc ON lc.id = lm.conversation_id
            WHERE lm.helpful_by = ? AND lm.helpful_at >= ? AND lc.site = ? AND lm.id != ?
            UNION ALL
            SELECT 1 FROM late_verdicts lv
            WHERE lv.helpful_by = ? AND lv.helpful_at >= ? AND lv.message_id != ?)) < ?`,
    params: [
      limit.by,
      limit.since,
      limit.site,
      messageId,
      limit.by,
      limit.since,
      messageId,
      limit.max,
    ],
  };
}

/**
 * The statements that record the verdict on an answered visitor message of the conversation,
 * replacing any earlier one (the last verdict stands), and count it for the dashboard
 * (`recordVerdicts`). The first, the update, changes no row when the message is not an answered
 * visitor message of that conversation (the caller answers 404 then), or, with `limit`, when its
 * visitor has given as many verdicts as the limit allows; then the others change nothing either.
 */
export function setAnswerVerdict(
  db: D1Database,
  verdict: AnswerVerdict,
  now: string,
  limit?: VerdictLimit,
): [D1PreparedStatement, ...D1PreparedStatement[]] {
  const left = limit ? verdictsLeft(limit, verdict.messageId) : null;
  const update = db
    .prepare(
      `UPDATE messages SET helpful = ?, helpful_at = ?, helpful_by = ?
       WHERE id = ? AND conversation_id = ? AND role = 'visitor' AND decision = 'answer'
       ${left ? `AND ${left.sql}` : ""}`,
    )
    .bind(
      verdict.helpful ? 1 : 0,
      now,
      verdict.by ?? null,
      verdict.messageId,
      verdict.conversationId,
      ...(left?.params ?? []),
    );
  return [update, ...recordVerdicts(db, [verdict.messageId])];
}

/**
 * The verdicts `by` gave on the site's answers since `since`, other than on `exceptMessageId`
 * (changing a verdict is not another one), and when the oldest of them was given. Verdicts kept
 * for answers still in the question log's queue (`late_verdicts`) count too: a visitor who rates
 * each answer the moment it comes would otherwise never be counted. Those rows carry no site, but
 * `by` is a per-site pseudonym (`visitorPseudonym`), so they are this site's; a row moves from
 * there onto its message in one transaction, so none is counted twice.
 */
export async function countVerdictsBy(
  db: D1Database,
  site: string,
  by: string,
  since: string,
  exceptMessageId: string,
): Promise<{ count: number; oldest: string | null }> {
  const row = await db
    .prepare(
      `SELECT COUNT(*) AS count, MIN(at) AS oldest FROM (
         SELECT m.helpful_at AS at
         FROM messages m JOIN conversations c ON c.id = m.conversation_id
         WHERE m.helpful_by = ? AND m.helpful_at >= ? AND c.site = ? AND m.id != ?
         UNION ALL
         SELECT helpful_at FROM late_verdicts
         WHERE helpful_by = ? AND helpful_at >= ? AND message_id != ?)`,
    )
    .bind(by, since, site, exceptMessageId, by, since, exceptMessageId)
    .first<{ count: number; oldest: string | null }>();
  return row ?? { count: 0, oldest: null };
}

/** An answer as the dashboard shows it. */
export interface GivenAnswer {
  /** The visitor message's id. */
  id: string;
  conversationId: string;
  question: string;
  /** The assistant's reply stored after the question; null if none was stored. */
  answer: string | null;
  confidence: number | null;
  threshold: number | null;
  sourceDocId: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  /** true 👍, false 👎, null no verdict. */
  helpful: boolean | null;
  helpfulAt: string | null;
  createdAt: string;
}

export interface AnswerFilter {
  site: string;
  /** Inclusive lower bound on `createdAt`. */
  from?: string;
  /** Only answers the visitor marked not helpful. */
  unhelpfulOnly?: boolean;
  /** Only answers listed after this one (a visitor message id): the next page. */
  before?: string;
  limit: number;
}

type AnswerRow = Omit<GivenAnswer, "helpful"> & { helpful: number | null };

// The reply is the first assistant message after the question in its conversation: /v1/chat
// stores both in one batch, the reply second, at the question's time (as it always has). Looked
// for at that time only: searching on through the conversation read every later message of it
// for an answer whose reply was never stored, a whole flood's for each answer of a page.
const ANSWER_COLUMNS = `m.id AS id, m.conversation_id AS conversationId, m.text AS question,
  (SELECT a.text FROM messages a WHERE a.conversation_id = m.conversation_id
     AND a.created_at = m.created_at AND a.role = 'assistant' AND a.rowid > m.rowid
   ORDER BY a.rowid LIMIT 1) AS answer,
  m.confidence AS confidence, m.threshold AS threshold, m.source_doc_id AS sourceDocId,
  m.source_title AS sourceTitle, m.source_url AS sourceUrl, m.helpful AS helpful,
  m.helpful_at AS helpfulAt, m.created_at AS createdAt`;

/** The answers of a site, newest first, narrowed by the filter. */
export async function listAnswers(db: D1Database, filter: AnswerFilter): Promise<GivenAnswer[]> {
  if (filter.unhelpfulOnly) return listUnhelpfulAnswers(db, filter);
  const where = ["c.site = ?", "m.role = 'visitor'", "m.decision = 'answer'"];
  const binds: (string | number)[] = [filter.site];
  if (filter.from) {
    where.push("m.created_at >= ?");
    binds.push(filter.from);
  }
  if (filter.before) {
    where.push("(m.created_at, m.rowid) < (SELECT created_at, rowid FROM messages WHERE id = ?)");
    binds.push(filter.before);
  }
  const { results } = await db
    .prepare(
      `SELECT ${ANSWER_COLUMNS} FROM messages m JOIN conversations c ON c.id = m.conversation_id
       WHERE ${where.join(" AND ")} ORDER BY m.created_at DESC, m.rowid DESC LIMIT ?`,
    )
    .bind(...binds, filter.limit)
    .all<AnswerRow>();
  return results.map(givenAnswer);
}

/** A stored answer's row as the dashboard lists it: its verdict read as yes, no or none. */
function givenAnswer(row: AnswerRow): GivenAnswer {
  return { ...row, helpful: row.helpful === null ? null : row.helpful === 1 };
}

/**
 * The answers marked 👎, newest first, along `rated_answers`' verdict index: finding them among
 * the site's messages read every message newer than the page's last (28,653 rows for a page at
 * 60,000 messages), all of them when there were fewer than a page. Ties in time go by id.
 */
async function listUnhelpfulAnswers(db: D1Database, filter: AnswerFilter): Promise<GivenAnswer[]> {
  const where = ["r.site = ?", "r.helpful = 0"];
  const binds: (string | number)[] = [filter.site];
  if (filter.from) {
    where.push("r.created_at >= ?");
    binds.push(filter.from);
  }
  if (filter.before) {
    where.push("(r.created_at, r.message_id) < (SELECT created_at, id FROM messages WHERE id = ?)");
    binds.push(filter.before);
  }
  const { results } = await db
    .prepare(
      `SELECT ${ANSWER_COLUMNS} FROM rated_answers r JOIN messages m ON m.id = r.message_id
       WHERE ${where.join(" AND ")} ORDER BY r.created_at DESC, r.message_id DESC LIMIT ?`,
    )
    .bind(...binds, filter.limit)
    .all<AnswerRow>();
  return results.map(givenAnswer);
}

/** One page of answers and the cursor of the next. */
export interface AnswerPage {
  answers: GivenAnswer[];
  /** Pass as `before` for the next page; null on the last one. */
  nextBefore: string | null;
}

/** A page of `limit` answers after `filter.before`; one more row than asked says whether there is a next page. */
export async function listAnswerPage(db: D1Database, filter: AnswerFilter): Promise<AnswerPage> {
  const rows = await listAnswers(db, { ...filter, limit: filter.limit + 1 });
  const answers = rows.slice(0, filter.limit);
  const last = answers[answers.length - 1];
  return { answers, nextBefore: rows.length > filter.limit && last ? last.id : null };
}

/** Whether an answered visitor message with this id exists in the site: a paging cursor must name one. */
export async function answerExists(db: D1Database, site: string, id: string): Promise<boolean> {
  const row = await db
    .prepare(
      `SELECT 1 AS found FROM messages m JOIN conversations c ON c.id = m.conversation_id
       WHERE m.id = ? AND c.site = ? AND m.decision = 'answer'`,
    )
    .bind(id, site)
    .first();
  return row !== null;
}
