/**
 * The question log's rows, as the chat queues them and as D1 stores them: statements that insert
 * a whole batch of conversations or messages in one query each (the rows ride as one JSON
 * parameter, read back with `json_each`), so that a queue batch of 100 chat turns costs one D1
 * round trip, not 100. D1 binds at most 100 parameters to a query; one JSON parameter carries any
 * number of rows, up to the size kept under `MAX_JSON_BYTES`.
 */
import { type VerdictLimit, verdictsLeft } from "./answers-store.ts";
import { countLandingMessages, recordVerdicts } from "./message-counts.ts";
import { type PickLimit, picksLeft } from "./picks-store.ts";
import type { AnswerSource, Conversation, VisitorMessageRecord } from "./store.ts";

/** One row of `messages`, flat, as it travels through the queue. */
export interface LoggedMessage {
  id: string;
  conversationId: string;
  /** The conversation's site: a row lands only in a conversation of the same site. */
  site: string;
  role: "visitor" | "assistant";
  text: string;
  confidence: number | null;
  decision: "answer" | "handoff" | null;
  reason: string | null;
  matched: string | null;
  threshold: number | null;
  sourceDocId: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  /** The offered articles as JSON, as `messages.suggestions` holds them; null when none. */
  suggestions: string | null;
  about: string | null;
  visitor: string | null;
  createdAt: string;
}

/** One visitor message and the reply stored with it, if any: what one chat request logs. */
export interface LoggedTurn {
  conversation: Conversation;
  messages: LoggedMessage[];
}

/** The log row of a visitor message with the worker's judgement of it. */
export function visitorRow(
  site: string,
  m: VisitorMessageRecord,
  createdAt: string,
): LoggedMessage {
  const suggestions: AnswerSource[] = m.offered?.suggestions ?? [];
  return {
    id: m.id,
    conversationId: m.conversationId,
    site,
    role: "visitor",
    text: m.text,
    confidence: m.confidence,
    decision: m.decision,
    reason: m.reason,
    matched: m.matched,
    threshold: m.threshold,
    sourceDocId: m.source?.docId ?? null,
    sourceTitle: m.source?.title ?? null,
    sourceUrl: m.source?.url ?? null,
    suggestions: suggestions.length ? JSON.stringify(suggestions) : null,
    about: m.offered?.about ?? null,
    visitor: m.visitor ?? null,
    createdAt,
  };
}

/** The log row of the assistant's reply. */
export function assistantRow(
  site: string,
  m: { id: string; conversationId: string; text: string },
  createdAt: string,
): LoggedMessage {
  return {
    ...m,
    site,
    role: "assistant",
    confidence: null,
    decision: null,
    reason: null,
    matched: null,
    threshold: null,
    sourceDocId: null,
    sourceTitle: null,
    sourceUrl: null,
    suggestions: null,
    about: null,
    visitor: null,
    createdAt,
  };
}

/**
 * A JSON parameter's size is kept under this (D1 allows 2 MB a value); larger batches are split
 * into more statements of the same batch, still one round trip.
 */
const MAX_JSON_BYTES = 500_000;

/**
 * The statements that store these turns: their conversations first, then their messages, in
 * order (a visitor message before its reply, as `ORDER BY created_at, rowid` reads them back),
 * each batch of them counted for the dashboard just before it lands (`countLandingMessages`).
 * Both are idempotent (a queue redelivery, or a row the handoff already wrote, changes nothing),
 * and a message lands only in a conversation of its own site: a conversation id another site
 * used first keeps that site's rows only.
 */
export function insertTurns(db: D1Database, turns: readonly LoggedTurn[]): D1PreparedStatement[] {
  const conversations = [
    ...new Map(turns.map((t) => [t.conversation.id, t.conversation])).values(),
  ];
  // One row per id, the first, as the insert keeps it: the counts must see it once.
  const seen = new Set<string>();
  const messages = turns
    .flatMap((t) => t.messages)
    .filter((m) => !seen.has(m.id) && seen.add(m.id));
  return [
    ...chunks(conversations).map((json) =>
      db
        .prepare(
          `INSERT INTO conversations (id, site, created_at)
           SELECT json_extract(value, '$.id'), json_extract(value, '$.site'), json_extract(value, '$.createdAt')
           FROM json_each(?) WHERE true ORDER BY key
           ON CONFLICT (id) DO NOTHING`,
        )
        .bind(json),
    ),
    ...chunks(messages).flatMap((json) => [
      countLandingMessages(db, json),
      db
        .prepare(
          `INSERT INTO messages (id, conversation_id, role, text, confidence, decision, reason, matched,
             threshold, source_doc_id, source_title, source_url, suggestions, about, visitor, created_at)
           SELECT json_extract(j.value, '$.id'), json_extract(j.value, '$.conversationId'),
             json_extract(j.value, '$.role'), json_extract(j.value, '$.text'),
             json_extract(j.value, '$.confidence'), json_extract(j.value, '$.decision'),
             json_extract(j.value, '$.reason'), json_extract(j.value, '$.matched'),
             json_extract(j.value, '$.threshold'), json_extract(j.value, '$.sourceDocId'),
             json_extract(j.value, '$.sourceTitle'), json_extract(j.value, '$.sourceUrl'),
             json_extract(j.value, '$.suggestions'), json_extract(j.value, '$.about'),
             json_extract(j.value, '$.visitor'), json_extract(j.value, '$.createdAt')
           FROM json_each(?) j
           WHERE EXISTS (SELECT 1 FROM conversations c
                         WHERE c.id = json_extract(j.value, '$.conversationId')
                           AND c.site = json_extract(j.value, '$.site'))
           ORDER BY j.key
           ON CONFLICT (id) DO NOTHING`,
        )
        .bind(json),
    ]),
  ];
}

/**
 * A statement that sets, on every handoff of these conversations, the last AI reply as the log
 * now holds it: the assistant's latest message from before the handoff. A handoff made while the
 * conversation's earlier answer was still in the queue stored none (or an older one); its record,
 * and every delivery attempt after this, carry the right one. Conversations without a handoff
 * (nearly all of a batch's) change nothing.
 */
export function refreshLastAiReplies(
  db: D1Database,
  conversationIds: readonly string[],
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE handoffs SET last_ai_reply = COALESCE(
         (SELECT m.text FROM messages m
          WHERE m.conversation_id = handoffs.conversation_id AND m.role = 'assistant'
            AND m.created_at <= handoffs.created_at
          ORDER BY m.created_at DESC, m.rowid DESC LIMIT 1),
         last_ai_reply)
       WHERE conversation_id IN (SELECT value FROM json_each(?))`,
    )
    .bind(JSON.stringify([...new Set(conversationIds)]));
}

/** The items as JSON arrays of at most about `MAX_JSON_BYTES` each. */
function chunks(items: readonly unknown[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let size = 2;
  for (const item of items) {
    const json = JSON.stringify(item);
    if (current.length > 0 && size + json.length + 1 > MAX_JSON_BYTES) {
      out.push(`[${current.join(",")}]`);
      current = [];
      size = 2;
    }
    current.push(json);
    size += json.length + 1;
  }
  if (current.length > 0) out.push(`[${current.join(",")}]`);
  return out;
}

/** A verdict given before its answer's row landed, applied when it has. */
export interface LateVerdict {
  conversationId: string;
  messageId: string;
  helpful: boolean;
  by: string | null;
  at: string;
}

/**
 * A statement that keeps a verdict for its answer's row if the row has not landed yet (it does
 * nothing if it has: the caller's `setAnswerVerdict` in the same batch marked it). Run in one
 * batch with that update, so that the log's consumer, whose batch is a transaction too, either
 * landed the row before (the update marked it) or will find the verdict here.
 */
export function keepLateVerdict(
  db: D1Database,
  v: LateVerdict,
  limit?: VerdictLimit,
): D1PreparedStatement {
  // With `limit`, nothing is kept once its visitor has given as many verdicts as it allows.
  const left = limit ? verdictsLeft(limit, v.messageId) : null;
  return db
    .prepare(
      `INSERT INTO late_verdicts (message_id, conversation_id, helpful, helpful_by, helpful_at)
       SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM messages WHERE id = ?)
         ${left ? `AND ${left.sql}` : ""}
       ON CONFLICT (message_id) DO UPDATE SET helpful = excluded.helpful,
         helpful_by = excluded.helpful_by, helpful_at = excluded.helpful_at
       WHERE excluded.helpful_at >= late_verdicts.helpful_at`,
    )
    .bind(
      v.messageId,
      v.conversationId,
      v.helpful ? 1 : 0,
      v.by,
      v.at,
      v.messageId,
      ...(left?.params ?? []),
    );
}

/**
 * The statements that move the verdicts kept for these just-landed messages onto them (unless a
 * newer verdict is already there: the last given stands), count them (`recordVerdicts`) and
 * drop them from `late_verdicts`.
 */
export function applyLateVerdicts(
  db: D1Database,
  messageIds: readonly string[],
): D1PreparedStatement[] {
  const ids = JSON.stringify(messageIds);
  return [
    db
      .prepare(
        `UPDATE messages SET helpful = v.helpful, helpful_by = v.helpful_by, helpful_at = v.helpful_at
         FROM late_verdicts v
         WHERE v.message_id IN (SELECT value FROM json_each(?))
           AND messages.id = v.message_id AND messages.conversation_id = v.conversation_id
           AND messages.role = 'visitor' AND messages.decision = 'answer'
           AND (messages.helpful_at IS NULL OR messages.helpful_at <= v.helpful_at)`,
      )
      .bind(ids),
    // Only the messages a verdict was kept for: the rest of the batch has none to count.
    ...recordVerdicts(db, messageIds, "kept late"),
    db
      .prepare(
        `DELETE FROM late_verdicts WHERE message_id IN (SELECT value FROM json_each(?))
           AND message_id IN (SELECT id FROM messages WHERE id IN (SELECT value FROM json_each(?)))`,
      )
      .bind(ids, ids),
  ];
}

/** A pick among an answer's alternatives made before the answer's row landed. */
export interface LatePick {
  id: string;
  site: string;
  conversationId: string;
  messageId: string;
  /** The url or documentId the request named: checked against the offer when the row lands. */
  picked: string;
  visitor: string;
  at: string;
}

/**
 * A statement that keeps a pick for its answer's row if the row has not landed yet; it changes
 * nothing if the row is there (the caller then reads the offer and records the pick at once).
 */
export function keepLatePick(db: D1Database, p: LatePick, limit?: PickLimit): D1PreparedStatement {
  const left = limit ? picksLeft(limit, p.messageId) : null;
  return db
    .prepare(
      `INSERT INTO late_picks (id, message_id, picked, conversation_id, site, visitor, created_at)
       SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM messages WHERE id = ?)
         ${left ? `AND ${left.sql}` : ""}
       ON CONFLICT (message_id, picked) DO UPDATE SET created_at = excluded.created_at`,
    )
    .bind(
      p.id,
      p.messageId,
      p.picked,
      p.conversationId,
      p.site,
      p.visitor,
      p.at,
      p.messageId,
      ...(left?.params ?? []),
    );
}

/**
 * The statements that record the picks kept for these just-landed messages, each only if the
 * message offered the picked article (as `POST /v1/feedback` checks at once), and drop them.
 */
export function applyLatePicks(
  db: D1Database,
  messageIds: readonly string[],
): D1PreparedStatement[] {
  const ids = JSON.stringify(messageIds);
  return [
    db
      .prepare(
        `INSERT INTO picks (id, site, conversation_id, message_id, doc_id, title, url, question, visitor, created_at)
         SELECT p.id, p.site, p.conversation_id, p.message_id, json_extract(s.value, '$.docId'),
           json_extract(s.value, '$.title'), json_extract(s.value, '$.url'), m.text, p.visitor,
           p.created_at
         FROM late_picks p
         JOIN messages m ON m.id = p.message_id AND m.conversation_id = p.conversation_id
           AND m.role = 'visitor' AND m.suggestions IS NOT NULL
         JOIN json_each(m.suggestions) s
         WHERE p.message_id IN (SELECT value FROM json_each(?))
           AND (json_extract(s.value, '$.url') = p.picked OR json_extract(s.value, '$.docId') = p.picked)
         ON CONFLICT (message_id, doc_id) DO UPDATE SET created_at = excluded.created_at`,
      )
      .bind(ids),
    db
      .prepare(
        `DELETE FROM late_picks WHERE message_id IN (SELECT value FROM json_each(?))
           AND message_id IN (SELECT id FROM messages WHERE id IN (SELECT value FROM json_each(?)))`,
      )
      .bind(ids, ids),
  ];
}

/** Deletes the kept verdicts and picks older than `before` whose answer never landed. */
export async function expireLateFeedback(db: D1Database, before: string): Promise<number> {
  const [verdicts, picks] = await db.batch([
    db.prepare("DELETE FROM late_verdicts WHERE helpful_at < ?").bind(before),
    db.prepare("DELETE FROM late_picks WHERE created_at < ?").bind(before),
  ]);
  return (verdicts?.meta.changes ?? 0) + (picks?.meta.changes ?? 0);
}
