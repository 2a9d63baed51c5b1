/**
 * Conversations and their messages, each visitor message with the worker's own judgement of it
 * (the evidence a handoff is re-checked against and the dashboard counts).
 */
import type { HandoffReason } from "../../shared/handoff.ts";
import { countVisitorMessage } from "./message-counts.ts";

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

/**
 * The statements that store a visitor message with the worker's decision on it: counted for the
 * dashboard (`countVisitorMessage`), then inserted. For a batch, in this order.
 */
export function insertVisitorMessage(
  db: D1Database,
  m: VisitorMessageRecord,
  createdAt: string,
): D1PreparedStatement[] {
  return [countVisitorMessage(db, m, createdAt), storeVisitorMessage(db, m, createdAt)];
}

function storeVisitorMessage(
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
