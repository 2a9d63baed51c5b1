import type { HandoffReason } from "../../shared/api.ts";

export interface Conversation {
  id: string;
  site: string;
  createdAt: string;
}

/** A visitor message with the worker's own judgement of it. */
export interface VisitorMessageRecord {
  id: string;
  conversationId: string;
  text: string;
  confidence: number | null;
  decision: "answer" | "handoff";
  reason: HandoffReason | null;
  matched: string | null;
  threshold: number | null;
}

export async function getConversation(db: D1Database, id: string): Promise<Conversation | null> {
  return db
    .prepare("SELECT id, site, created_at AS createdAt FROM conversations WHERE id = ?")
    .bind(id)
    .first<Conversation>();
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

export function insertVisitorMessage(
  db: D1Database,
  m: VisitorMessageRecord,
  createdAt: string,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO messages (id, conversation_id, role, text, confidence, decision, reason, matched, threshold, created_at)
       VALUES (?, ?, 'visitor', ?, ?, ?, ?, ?, ?, ?)`,
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
      createdAt,
    );
}

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
