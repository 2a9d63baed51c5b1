/**
 * The dashboard's figures kept as messages land, so that Stats, Threshold and Answers read a
 * bounded number of rows whatever the period holds (migrations/0019_message_counts.sql).
 *
 * - `message_counts`: visitor messages per site, UTC day and everything the pages tell apart
 *   (decision, trigger, verdict, the slider's step, the histogram's twentieth), with a count.
 *   Each statement that writes or deletes a visitor message, or changes its verdict, moves the
 *   counts in the same batch (one transaction), so they always equal a count of the rows.
 * - `rated_answers`: one row per answer with a verdict, what the threshold's evidence reads (the
 *   latest `MAX_RATED_ANSWERS` of the site, along an index), and the verdict the counts hold for
 *   that answer: a verdict statement compares it with the message's to know what to move.
 *
 * Deletes follow the rows: retention and a conversation's delete take their messages out of the
 * counts in the batch that deletes them (a rated answer's row goes by cascade), so a figure
 * counts the messages still stored, as it did when the pages counted the rows.
 */
import type { HandoffReason } from "../../shared/handoff.ts";
import { recountWhereAsked } from "../sites/site-database.ts";
import type { VisitorMessageRecord } from "./store.ts";

/**
 * The slider step of confidence `c` (an SQL expression): the highest `i / 100` at or below it,
 * -1 below 0, 100 from 1 up, -2 for none. From the truncated hundredths, corrected by one either
 * way: a confidence's hundredfold is not exact in binary (0.29 * 100 is 28.999...), and the
 * slider compares `confidence >= i / 100`, which this reproduces with the same division. Written
 * out the same in migrations/0019_message_counts.sql, whose backfill a test compares.
 */
function stepOf(c: string): string {
  const k = `CAST(${c} * 100 AS INTEGER)`;
  return `CASE WHEN ${c} IS NULL THEN -2 WHEN ${c} < 0 THEN -1 WHEN ${c} >= 1 THEN 100
    WHEN (${k} + 1) / 100.0 <= ${c} THEN ${k} + 1
    WHEN ${k} / 100.0 > ${c} THEN ${k} - 1
    ELSE ${k} END`;
}

/** The histogram's twentieth of confidence `c` (0..19), as `confidenceHistogram` bins it; -1 for none. */
function sliceOf(c: string): string {
  return `CASE WHEN ${c} IS NULL THEN -1 ELSE MIN(19, MAX(0, CAST(${c} * 20 AS INTEGER))) END`;
}

/** SQL expressions for one visitor message's fields, from wherever a statement reads them. */
interface MessageFields {
  site: string;
  createdAt: string;
  decision: string;
  reason: string;
  helpful: string;
  confidence: string;
}

/**
 * The counts' key and stand-in confidence for one message, as a select list. NULLs are stored as
 * '' and -1 (a key column may not be NULL, or two alike rows would not conflict).
 */
function keyColumns(f: MessageFields): string {
  return `${f.site} AS site, substr(${f.createdAt}, 1, 10) AS day,
    COALESCE(${f.decision}, '') AS decision, COALESCE(${f.reason}, '') AS reason,
    COALESCE(${f.helpful}, -1) AS helpful, ${stepOf(f.confidence)} AS step,
    ${sliceOf(f.confidence)} AS slice, ${f.confidence} AS confidence`;
}

const KEY = "site, day, decision, reason, helpful, step, slice";

/**
 * Adds `excluded.messages` to the group. Its confidence stays the lowest ever counted in it: any
 * message of a group stands for all of it (the same step and twentieth), so it need not be one
 * still stored.
 */
const ADD = `ON CONFLICT (${KEY}) DO UPDATE SET messages = messages + excluded.messages,
  confidence = MIN(confidence, excluded.confidence)`;

const INSERT = `INSERT INTO message_counts (${KEY}, confidence, messages)`;

/** Fields of a `messages` row `m` in a conversation `c`. */
const STORED: MessageFields = {
  site: "c.site",
  createdAt: "m.created_at",
  decision: "m.decision",
  reason: "m.reason",
  helpful: "m.helpful",
  confidence: "m.confidence",
};

/**
 * A statement that counts the visitor messages of a log batch (`insertTurns`' JSON rows) that
 * its insert will store: to run just before that insert, in its batch. Only rows not stored yet
 * (a queue's redelivery, or a row the handoff already wrote, is not counted twice) and in a
 * conversation of their own site, as the insert takes them; rows of one id appear once (the
 * caller's).
 */
export function countLandingMessages(db: D1Database, json: string): D1PreparedStatement {
  const field = (name: string) => `json_extract(j.value, '$.${name}')`;
  return db
    .prepare(
      `${INSERT}
       SELECT ${KEY}, MIN(confidence), COUNT(*) FROM (
         SELECT ${keyColumns({
           site: field("site"),
           createdAt: field("createdAt"),
           decision: field("decision"),
           reason: field("reason"),
           helpful: "NULL",
           confidence: field("confidence"),
         })}
         FROM json_each(?) j
         WHERE ${field("role")} = 'visitor'
           AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = ${field("id")})
           AND EXISTS (SELECT 1 FROM conversations c
                       WHERE c.id = ${field("conversationId")} AND c.site = ${field("site")}))
       GROUP BY ${KEY}
       ${ADD}`,
    )
    .bind(json);
}

/**
 * A statement that counts one visitor message `insertVisitorMessage` is about to store (the
 * handoff's path and a follow-up), in its conversation's site: to run just before it, in its
 * batch. Nothing if a message of that id is stored already (the insert then fails the batch).
 */
export function countVisitorMessage(
  db: D1Database,
  m: VisitorMessageRecord,
  createdAt: string,
): D1PreparedStatement {
  return db
    .prepare(
      `${INSERT}
       SELECT ${keyColumns({
         site: "c.site",
         createdAt: "?2",
         decision: "?3",
         reason: "?4",
         helpful: "NULL",
         confidence: "?5",
       })}, 1
       FROM conversations c
       WHERE c.id = ?1 AND NOT EXISTS (SELECT 1 FROM messages WHERE id = ?6)
       ${ADD}`,
    )
    .bind(m.conversationId, createdAt, m.decision, m.reason, m.confidence, m.id);
}

/**
 * The statements that bring the counts and `rated_answers` up to these messages' verdicts, to
 * run after whatever set them (`setAnswerVerdict`, the log's late verdicts), in its batch. Each
 * message whose verdict differs from the one its `rated_answers` row holds (none: no verdict) is
 * moved from the one group to the other, then the row takes the verdict. Idempotent: a verdict
 * the limit refused, or one already counted, moves nothing.
 */
export function recordVerdicts(
  db: D1Database,
  messageIds: readonly string[],
  only?: "kept late",
): D1PreparedStatement[] {
  const ids = JSON.stringify([...new Set(messageIds)]);
  // "kept late": only those with a row in `late_verdicts` (the log's batch, before it drops
  // them), found along its key, so the batch's other messages are not read at all.
  const which =
    only === "kept late"
      ? "SELECT message_id FROM late_verdicts WHERE message_id IN (SELECT value FROM json_each(?))"
      : "SELECT value FROM json_each(?)";
  const moved = (helpful: string, by: number) =>
    `SELECT ${keyColumns({
      site: "site",
      createdAt: "created_at",
      decision: "decision",
      reason: "reason",
      helpful,
      confidence: "confidence",
    })}, ${by} AS messages FROM changed`;
  return [
    db
      .prepare(
        `${INSERT}
         SELECT * FROM (
           WITH changed AS (
             SELECT c.site AS site, m.created_at AS created_at, m.decision AS decision,
               m.reason AS reason, m.confidence AS confidence,
               COALESCE(m.helpful, -1) AS now, COALESCE(r.helpful, -1) AS was
             FROM messages m JOIN conversations c ON c.id = m.conversation_id
               LEFT JOIN rated_answers r ON r.message_id = m.id
             WHERE m.id IN (${which}) AND m.role = 'visitor'
               AND COALESCE(m.helpful, -1) != COALESCE(r.helpful, -1)
           )
           ${moved("now", 1)} UNION ALL ${moved("was", -1)}
         ) WHERE true
         ${ADD}`,
      )
      .bind(ids),
    db
      .prepare(
        `INSERT INTO rated_answers (message_id, site, confidence, helpful, helpful_by, helpful_at,
           source_doc_id, created_at)
         SELECT m.id, c.site, m.confidence, m.helpful, m.helpful_by,
           COALESCE(m.helpful_at, m.created_at), m.source_doc_id,
           m.created_at
         FROM messages m JOIN conversations c ON c.id = m.conversation_id
         WHERE m.id IN (${which}) AND m.role = 'visitor'
           AND m.decision = 'answer' AND m.helpful IS NOT NULL
         ON CONFLICT (message_id) DO UPDATE SET helpful = excluded.helpful,
           helpful_by = excluded.helpful_by, helpful_at = excluded.helpful_at`,
      )
      .bind(ids),
  ];
}

/**
 * A statement that takes out of the counts the visitor messages `where` picks (SQL over `m`, the
 * message, and `c`, its conversation, with `params` for its `?`s): to run just before the
 * statement that deletes them, in its batch, picking the same rows. `where` is the caller's own
 * SQL, never input.
 */
export function uncountMessages(
  db: D1Database,
  where: string,
  params: readonly unknown[],
): D1PreparedStatement {
  return db
    .prepare(
      `${INSERT}
       SELECT ${KEY}, MIN(confidence), -COUNT(*) FROM (
         SELECT ${keyColumns(STORED)}
         FROM messages m JOIN conversations c ON c.id = m.conversation_id
         WHERE m.role = 'visitor' AND (${where}))
       GROUP BY ${KEY}
       ${ADD}`,
    )
    .bind(...params);
}

/**
 * The statements that count every stored visitor message and verdict afresh, in one batch (one
 * transaction: no write lands between them). The migration's backfill does the same; the cron
 * runs this once after it, for the messages an older worker wrote between the migration and the
 * deploy (`figure_recounts`), and an operator can ask for it again.
 */
export function recountStatements(db: D1Database): D1PreparedStatement[] {
  return [
    db.prepare("DELETE FROM message_counts"),
    db.prepare(
      `${INSERT}
       SELECT ${KEY}, MIN(confidence), COUNT(*) FROM (
         SELECT ${keyColumns(STORED)}
         FROM messages m JOIN conversations c ON c.id = m.conversation_id
         WHERE m.role = 'visitor')
       GROUP BY ${KEY}`,
    ),
    db.prepare("DELETE FROM rated_answers"),
    db.prepare(
      `INSERT INTO rated_answers (message_id, site, confidence, helpful, helpful_by, helpful_at,
         source_doc_id, created_at)
       SELECT m.id, c.site, m.confidence, m.helpful, m.helpful_by,
           COALESCE(m.helpful_at, m.created_at), m.source_doc_id,
         m.created_at
       FROM messages m JOIN conversations c ON c.id = m.conversation_id
       WHERE m.role = 'visitor' AND m.decision = 'answer' AND m.helpful IS NOT NULL`,
    ),
    db.prepare("DELETE FROM figure_recounts"),
  ];
}

/**
 * The cron's part: each database whose figures a recount was asked for (a row in
 * `figure_recounts`) is counted afresh; one small read for the others.
 */
export function recountFiguresIfAsked(env: object): Promise<number> {
  return recountWhereAsked(env, "figure_recounts", recountStatements, "figures");
}

/**
 * Visitor messages alike in every figure the dashboard shows, and how many there are: the same
 * decision, trigger and verdict, the same slider step (the highest `i / 100` at or below the
 * confidence) and the same histogram slice (twentieths). `confidence` is one of theirs (the
 * lowest counted), so any slider step decides it as it decides each of them.
 */
export interface LoggedQuestionGroup {
  confidence: number | null;
  decision: "answer" | "handoff" | null;
  reason: HandoffReason | null;
  helpful: boolean | null;
  count: number;
}

/**
 * Every visitor message of the site on UTC days from `since`'s on, small talk included, as
 * groups (`LoggedQuestionGroup`): the one query behind every count of visitor messages on the
 * dashboard (the tally of `worker/dashboard/tally.ts`), so the pages agree. It reads the day's
 * counts, at most a few hundred rows a day (3 decisions x 4 triggers x 3 verdicts x 103 steps,
 * in practice far fewer) whatever the day held: counting the rows read every message of the
 * period, 60,000 rows for one address at the chat limit over a day and a half.
 */
export async function countLoggedQuestions(
  db: D1Database,
  site: string,
  since: string,
): Promise<LoggedQuestionGroup[]> {
  const { results } = await db
    .prepare(
      `SELECT MIN(k.confidence) AS confidence, NULLIF(k.decision, '') AS decision,
         NULLIF(k.reason, '') AS reason, NULLIF(k.helpful, -1) AS helpful, SUM(k.messages) AS count
       FROM message_counts k WHERE k.site = ?1 AND k.day >= substr(?2, 1, 10)
       GROUP BY k.decision, k.reason, k.helpful, k.step, k.slice
       HAVING SUM(k.messages) > 0`,
    )
    .bind(site, since)
    .all<Omit<LoggedQuestionGroup, "helpful"> & { helpful: number | null }>();
  return results.map((r) => ({ ...r, helpful: r.helpful === null ? null : r.helpful === 1 }));
}

/** One answer a visitor rated, as the threshold's evidence weighs it. */
export interface RatedAnswer {
  confidence: number;
  helpful: boolean;
  helpfulBy: string | null;
  helpfulAt: string | null;
  sourceDocId: string | null;
}

/** The most rated answers the threshold's evidence reads: the latest verdicts of the period. */
export const MAX_RATED_ANSWERS = 5000;

/** The evidence's read: what it counts, and whether the period held more verdicts than it read. */
export interface RatedAnswers {
  answers: RatedAnswer[];
  /** More than `MAX_RATED_ANSWERS` answers of the period have a verdict: the oldest are left out. */
  capped: boolean;
}

/**
 * The threshold's evidence: the latest `MAX_RATED_ANSWERS` verdicts on the site's answers since
 * `since`, read along `rated_answers`' key (that many rows, whatever the period holds), oldest
 * first as the rows were stored. `weighThreshold` counts each visitor once in them
 * (`countVisitorsOnce`): a visitor's verdicts among the latest are their latest, so each counts
 * as it would among all of the period's; a visitor's verdicts older than the window are left out
 * with everyone's. Ranking them in SQL instead read every rated answer of the period, and
 * sorting the window there read it three times over.
 */
export async function listRatedAnswers(
  db: D1Database,
  site: string,
  since: string,
): Promise<RatedAnswers> {
  const { results } = await db
    .prepare(
      `SELECT confidence, helpful, helpful_by AS helpfulBy, helpful_at AS helpfulAt,
         source_doc_id AS sourceDocId
       FROM rated_answers
       WHERE site = ?1 AND created_at >= ?2 AND confidence IS NOT NULL
       ORDER BY helpful_at DESC, message_id DESC LIMIT ?3`,
    )
    .bind(site, since, MAX_RATED_ANSWERS + 1)
    .all<Omit<RatedAnswer, "helpful"> & { helpful: number }>();
  return {
    answers: results
      .slice(0, MAX_RATED_ANSWERS)
      .reverse()
      .map((r) => ({ ...r, helpful: r.helpful === 1 })),
    capped: results.length > MAX_RATED_ANSWERS,
  };
}

/**
 * How many answers the site's Answers list holds (every stored one, or those marked 👎), from
 * the counts: the site's rows of `message_counts`, a few hundred a day stored at most, whatever
 * the days held. Counting the list's own rows read every answer of the site on each page after
 * the first (the desk's page line, "Page 2 of 5: 51–100 of 230 answers").
 */
export async function countListedAnswers(
  db: D1Database,
  site: string,
  unhelpfulOnly: boolean,
): Promise<number> {
  const { results } = await db
    .prepare(
      `SELECT COALESCE(SUM(messages), 0) AS total FROM message_counts
       WHERE site = ? AND decision = 'answer' ${unhelpfulOnly ? "AND helpful = 0" : ""}`,
    )
    .bind(site)
    .all<{ total: number }>();
  return results[0]?.total ?? 0;
}
