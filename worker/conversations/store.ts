/**
 * Conversations and their messages, each visitor message with the worker's own judgement of it
 * (the evidence a handoff is re-checked against and the dashboard counts).
 */
import type { HandoffReason } from "../../shared/handoff.ts";

/** A conversation: which site it belongs to, and since when. */
export interface Conversation {
  id: string;
  site: string;
  createdAt: string;
  /**
   * How many messages it holds (visitor and assistant rows; team replies are in `replies`),
   * counted up to the number the read asked for (`getConversation`'s `countUpTo`); absent when
   * it asked for none.
   */
  messages?: number;
}

/** A visitor message with the worker's own judgement of it. */
export interface VisitorMessageRecord {
  id: string;
  conversationId: string;
  text: string;
  confidence: number | null;
  /** Null for small talk, which is neither answered from the knowledge base nor handed off. */
  decision: "answer" | "handoff" | null;
  reason: HandoffReason | null;
  matched: string | null;
  threshold: number | null;
  /** For an answer: the knowledge-base document it was taken from. */
  source?: AnswerSource | null;
  /** For a low-confidence handoff: the articles offered beside the person, and why none. */
  offered?: { suggestions: AnswerSource[]; about: string | null } | null;
  /** The sender's pseudonym (`visitorPseudonym`), so the dashboard counts visitors, not messages. */
  visitor?: string | null;
}

/** The document an answer was taken from, as the dashboard links it. */
export interface AnswerSource {
  docId: string;
  title: string;
  url: string | null;
}

/**
 * The conversation with this id, or null; with `countUpTo`, also how many messages it holds,
 * counted no further than that, in the same read (`conversationQuery`).
 */
export async function getConversation(
  db: D1Database,
  id: string,
  countUpTo = 0,
): Promise<Conversation | null> {
  const row = await conversationQuery(db, id, countUpTo).first<Conversation>();
  if (row && countUpTo === 0) delete row.messages;
  return row;
}

/**
 * `getConversation`'s read. Its messages are counted along `messages_by_conversation` alone and
 * stop at `countUpTo`, so a full conversation costs that many index entries to check and a short
 * one its own few, never a flood's thousands. Messages still in the question log's queue (about
 * a second) are not counted yet: a visitor sending at chat's limit may pass it by those few.
 */
export function conversationQuery(
  db: D1Database,
  id: string,
  countUpTo: number,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT id, site, created_at AS createdAt,
         (SELECT COUNT(*) FROM (SELECT 1 FROM messages WHERE conversation_id = ?1 LIMIT ?2)) AS messages
       FROM conversations WHERE id = ?1`,
    )
    .bind(id, countUpTo);
}

/** A statement that creates the conversation unless it exists, for use in a batch. */
export function insertConversationIfMissing(
  db: D1Database,
  conversation: Conversation,
): D1PreparedStatement {
  return db
    .prepare(
      "INSERT INTO conversations (id, site, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
    )
    .bind(conversation.id, conversation.site, conversation.createdAt);
}

/** A statement that stores a visitor message with the worker's decision on it. */
export function insertVisitorMessage(
  db: D1Database,
  m: VisitorMessageRecord,
  createdAt: string,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO messages (id, conversation_id, role, text, confidence, decision, reason, matched, threshold,
         source_doc_id, source_title, source_url, suggestions, about, visitor, created_at)
       VALUES (?, ?, 'visitor', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      m.id,
      m.conversationId,
      m.text,
      m.confidence,
      m.decision,
      m.reason,
      m.matched,
      m.threshold,
      m.source?.docId ?? null,
      m.source?.title ?? null,
      m.source?.url ?? null,
      m.offered?.suggestions.length ? JSON.stringify(m.offered.suggestions) : null,
      m.offered?.about ?? null,
      m.visitor ?? null,
      createdAt,
    );
}

/** A statement that stores the assistant's reply, the context a later handoff carries. */
export function insertAssistantMessage(
  db: D1Database,
  m: { id: string; conversationId: string; text: string },
  createdAt: string,
): D1PreparedStatement {
  return db
    .prepare(
      "INSERT INTO messages (id, conversation_id, role, text, created_at) VALUES (?, ?, 'assistant', ?, ?)",
    )
    .bind(m.id, m.conversationId, m.text, createdAt);
}

/** The latest visitor message with exactly this text that the worker judged a handoff. */
export async function findJudgedHandoffMessage(
  db: D1Database,
  conversationId: string,
  text: string,
): Promise<VisitorMessageRecord | null> {
  return db
    .prepare(
      `SELECT id, conversation_id AS conversationId, text, confidence, decision, reason, matched, threshold
       FROM messages WHERE conversation_id = ? AND role = 'visitor' AND decision = 'handoff' AND text = ?
       ORDER BY created_at DESC, rowid DESC LIMIT 1`,
    )
    .bind(conversationId, text)
    .first<VisitorMessageRecord>();
}

/** The assistant's most recent reply in the conversation, the context a person needs. */
export async function getLastAssistantReply(
  db: D1Database,
  conversationId: string,
): Promise<string | null> {
  const row = await db
    .prepare(
      "SELECT text FROM messages WHERE conversation_id = ? AND role = 'assistant' ORDER BY created_at DESC, rowid DESC LIMIT 1",
    )
    .bind(conversationId)
    .first<{ text: string }>();
  return row?.text ?? null;
}

/** A message as the dashboard's transcript shows it. */
export interface TranscriptMessage {
  id: string;
  conversationId: string;
  role: "visitor" | "assistant";
  text: string;
  confidence: number | null;
  decision: "answer" | "handoff" | null;
  reason: HandoffReason | null;
  matched: string | null;
  threshold: number | null;
  createdAt: string;
}

/** A transcript's message with how many messages its conversation holds in all. */
export interface TranscriptRow extends TranscriptMessage {
  /** Every message of the conversation, the ones left out (`listTranscripts`' `latest`) too. */
  conversationTotal: number;
}

/**
 * The latest `latest` messages of each of these conversations, oldest first, each with its
 * conversation's total. A conversation is named with its site and read only if it is that site's:
 * ids are the visitor's choice and unique per database only, and the dashboard reads every
 * database for a page of handoffs, so another site's conversation of the same id on another
 * database is not this one. At most `latest` of each, because one visitor can write thirty
 * messages a minute into a conversation for as long as retention keeps them: all of them made the
 * handoff's page, and the inbox listing it, as large as that visitor chose.
 *
 * @example
 * await listTranscripts(db, [{ site: "acme", conversationId: "c-1" }], 300);
 */
export async function listTranscripts(
  db: D1Database,
  conversations: readonly { site: string; conversationId: string }[],
  latest: number,
): Promise<TranscriptRow[]> {
  if (conversations.length === 0) return [];
  const wanted = [...new Set(conversations.map((c) => JSON.stringify([c.site, c.conversationId])))];
  const { results } = await db
    .prepare(
      // Ranked along the conversation's index alone (its rowids, times and count), then only the
      // latest rows read whole: one pass over a conversation of any length.
      `WITH wanted AS (
         SELECT json_extract(value, '$[0]') AS site, json_extract(value, '$[1]') AS id
         FROM json_each(?1)
       ),
       ranked AS (
         SELECT l.rowid AS rid,
           ROW_NUMBER() OVER (PARTITION BY l.conversation_id ORDER BY l.created_at DESC, l.rowid DESC) AS back,
           COUNT(*) OVER (PARTITION BY l.conversation_id) AS total
         FROM wanted w
         JOIN conversations c ON c.id = w.id AND c.site = w.site
         JOIN messages l ON l.conversation_id = c.id
       )
       SELECT m.id, m.conversation_id AS conversationId, m.role, m.text, m.confidence, m.decision,
         m.reason, m.matched, m.threshold, m.created_at AS createdAt, r.total AS conversationTotal
       FROM ranked r JOIN messages m ON m.rowid = r.rid
       WHERE r.back <= ?2
       ORDER BY m.created_at, m.rowid`,
    )
    .bind(`[${wanted.join(",")}]`, latest)
    .all<TranscriptRow>();
  return results;
}

/**
 * Visitor messages alike in every figure the dashboard shows, and how many there are: the same
 * decision, trigger and verdict, the same slider step (the highest `i / 100` at or below the
 * confidence), the same histogram slice (twentieths) and the same side of `exact` (the site's
 * threshold, which may lie between steps). `confidence` is the lowest of the group's, a real
 * row's, so any threshold of the slider or `exact` decides it as it decides each of them.
 */
export interface LoggedQuestionGroup {
  confidence: number | null;
  decision: "answer" | "handoff" | null;
  reason: HandoffReason | null;
  helpful: boolean | null;
  count: number;
}

/**
 * Every visitor message of the site since `since`, small talk included, counted in SQL by what
 * the dashboard tells apart (`LoggedQuestionGroup`): the one query behind every count of visitor
 * messages on the dashboard (the tally of `worker/dashboard/tally.ts`), so the pages agree. At
 * most a few thousand groups (3 decisions x 4 triggers x 3 verdicts x 102 steps x 2 sides of
 * `exact`, the slices following the steps) whatever the period holds: reading every row into
 * the worker held 1.3 million objects for one address at the chat limit over 30 days, more than
 * a Worker's 128 MB.
 */
export async function countLoggedQuestions(
  db: D1Database,
  site: string,
  since: string,
  exact: number,
): Promise<LoggedQuestionGroup[]> {
  const { results } = await db
    .prepare(
      // `step` from the truncated hundredths, corrected by one either way: a confidence's
      // hundredfold is not exact in binary (0.29 * 100 is 28.999...), and the slider compares
      // `confidence >= i / 100`, which this reproduces with the same division.
      `SELECT MIN(confidence) AS confidence, decision, reason, helpful, COUNT(*) AS count
       FROM (
         SELECT confidence, decision, reason, helpful,
           CASE WHEN confidence IS NULL THEN NULL
             WHEN confidence < 0 THEN -1
             WHEN confidence >= 1 THEN 100
             WHEN (k + 1) / 100.0 <= confidence THEN k + 1
             WHEN k / 100.0 > confidence THEN k - 1
             ELSE k END AS step,
           CASE WHEN confidence IS NULL THEN NULL
             ELSE MIN(19, MAX(0, CAST(confidence * 20 AS INTEGER))) END AS slice,
           confidence >= ?3 AS above
         FROM (
           SELECT m.confidence AS confidence, m.decision AS decision, m.reason AS reason,
             m.helpful AS helpful, CAST(m.confidence * 100 AS INTEGER) AS k
           FROM messages m JOIN conversations c ON c.id = m.conversation_id
           WHERE c.site = ?1 AND m.role = 'visitor' AND m.created_at >= ?2
         )
       )
       GROUP BY decision, reason, helpful, step, slice, above`,
    )
    .bind(site, since, exact)
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

/** The most rated answers the threshold's evidence reads, the latest. */
export const MAX_RATED_ANSWERS = 5000;

/**
 * The rated answers since `since` that the threshold's evidence can count: each visitor's latest
 * verdict per article, and of those their latest `perVisitor` (`countVisitorsOnce` keeps no
 * more), verdicts of no known visitor each; at most `MAX_RATED_ANSWERS`, the latest, so a flood
 * of verdicts from many addresses cannot fill the worker's memory either.
 */
export async function listRatedAnswers(
  db: D1Database,
  site: string,
  since: string,
  perVisitor: number,
): Promise<RatedAnswer[]> {
  const { results } = await db
    .prepare(
      `WITH rated AS (
         SELECT m.confidence AS confidence, m.helpful AS helpful, m.helpful_by AS helpfulBy,
           m.helpful_at AS helpfulAt, m.source_doc_id AS sourceDocId, m.rowid AS rid,
           ROW_NUMBER() OVER (PARTITION BY m.helpful_by, m.source_doc_id
             ORDER BY m.helpful_at DESC, m.rowid DESC) AS ofArticle
         FROM messages m JOIN conversations c ON c.id = m.conversation_id
         WHERE c.site = ?1 AND m.role = 'visitor' AND m.created_at >= ?2
           AND m.decision = 'answer' AND m.helpful IS NOT NULL AND m.confidence IS NOT NULL
       ),
       latest AS (
         SELECT *, ROW_NUMBER() OVER (PARTITION BY helpfulBy ORDER BY helpfulAt DESC, rid DESC) AS ofVisitor
         FROM rated WHERE helpfulBy IS NULL OR ofArticle = 1
       )
       SELECT confidence, helpful, helpfulBy, helpfulAt, sourceDocId FROM latest
       WHERE helpfulBy IS NULL OR ofVisitor <= ?3
       ORDER BY helpfulAt DESC, rid DESC LIMIT ?4`,
    )
    .bind(site, since, perVisitor, MAX_RATED_ANSWERS)
    .all<Omit<RatedAnswer, "helpful"> & { helpful: number }>();
  return results.map((r) => ({ ...r, helpful: r.helpful === 1 }));
}
