/**
 * The team's replies to a handoff, and the handoff's status. A reply is written here before
 * anything is sent: the visitor's conversation (`GET /v1/conversations/{id}`) reads it from here.
 */
import { moveHandoff } from "./handoff-counts.ts";

/** Where a team reply was written. */
export type ReplyVia = "api" | "dashboard" | "slack" | "email";

/** One reply of the site's team to the visitor of a handoff. */
export interface Reply {
  id: string;
  handoffId: string;
  conversationId: string;
  text: string;
  author: string | null;
  /**
   * Who wrote it by id (migrations/0013): the member's id, "admin" for the token holder, null
   * when written elsewhere (the admin API, Slack, email) or before ids were kept. Never shown to
   * the visitor, who sees `author` as it was when written.
   */
  authorId?: string | null;
  via: ReplyVia;
  createdAt: string;
  /** The Message-ID its email to the visitor went out with, once sent. */
  emailMessageId?: string | null;
}

const REPLY_COLUMNS = `id, handoff_id AS handoffId, conversation_id AS conversationId, text, author,
  author_id AS authorId, via, created_at AS createdAt, email_message_id AS emailMessageId`;

/**
 * Where a reply came from, when that place can deliver it more than once (a Slack event and its
 * retries): `key` names the message (`slack:<channel>:<ts>`), `eventId` the delivery's event.
 */
export interface ReplySource {
  key: string;
  eventId: string | null;
}

/**
 * A statement that stores a reply, for the batch that also queues its email. With a source, it
 * stores nothing (0 changes) when the handoff already has a reply from that message or event:
 * the unique indexes decide, not an earlier read, so two deliveries at once still write one.
 */
export function insertReply(
  db: D1Database,
  r: Reply,
  source: ReplySource | null = null,
): D1PreparedStatement {
  // Without a source, a clash (of random ids) stays the error it always was.
  return db
    .prepare(
      `INSERT INTO replies (id, handoff_id, conversation_id, text, author, author_id, via, created_at, source_key, source_event_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)${source ? " ON CONFLICT DO NOTHING" : ""}`,
    )
    .bind(
      r.id,
      r.handoffId,
      r.conversationId,
      r.text,
      r.author,
      r.authorId ?? null,
      r.via,
      r.createdAt,
      source?.key ?? null,
      source?.eventId ?? null,
    );
}

/** The handoff's reply from this message or event (see `insertReply`), or null. */
export async function getReplyFromSource(
  db: D1Database,
  handoffId: string,
  source: ReplySource,
): Promise<Reply | null> {
  return db
    .prepare(
      `SELECT ${REPLY_COLUMNS} FROM replies
       WHERE handoff_id = ?1 AND (source_key = ?2 OR (?3 IS NOT NULL AND source_event_id = ?3))
       ORDER BY rowid LIMIT 1`,
    )
    .bind(handoffId, source.key, source.eventId)
    .first<Reply>();
}

/** Every reply to these handoffs, oldest first. */
export async function listReplies(db: D1Database, handoffIds: readonly string[]): Promise<Reply[]> {
  if (handoffIds.length === 0) return [];
  const { results } = await db
    .prepare(
      `SELECT ${REPLY_COLUMNS} FROM replies WHERE handoff_id IN (SELECT value FROM json_each(?))
       ORDER BY created_at, rowid`,
    )
    .bind(JSON.stringify([...new Set(handoffIds)]))
    .all<Reply>();
  return results;
}

/** One reply to a handoff, by its id, or null. */
export async function getReply(
  db: D1Database,
  handoffId: string,
  replyId: string,
): Promise<Reply | null> {
  return db
    .prepare(`SELECT ${REPLY_COLUMNS} FROM replies WHERE id = ? AND handoff_id = ?`)
    .bind(replyId, handoffId)
    .first<Reply>();
}

/** Records the Message-ID a reply's email went out with, for the next reply to thread under. */
export async function setReplyEmailMessageId(
  db: D1Database,
  id: string,
  messageId: string,
): Promise<void> {
  await db
    .prepare("UPDATE replies SET email_message_id = ? WHERE id = ?")
    .bind(messageId, id)
    .run();
}

/** Whether a handoff is being worked on or done. */
export type HandoffStatus = "open" | "resolved";

/** Whether `value` is a handoff status, as a filter or a form sends it. */
export function isHandoffStatus(value: unknown): value is HandoffStatus {
  return value === "open" || value === "resolved";
}

/** Who changed something: the name recorded as shown, and the member's id when there is one. */
export interface ActedBy {
  name: string | null;
  /** A member's id, "admin" for the token holder, null when no signed-in member acted. */
  id: string | null;
}

/**
 * The statements that set a handoff's status, recording when and by whom (name and id) it was
 * resolved, or, on reopening, when and by whom it was reopened (the resolution is cleared), for
 * one batch; the last one's `changes` say whether there was such a handoff. Resolving a resolved
 * handoff keeps its first resolution, and reopening an open one changes nothing, so a double
 * click does not rewrite who did it. The handoff moves in the list's counts in the same batch:
 * two changes at once are two transactions, and the second moves only what the first left
 * (`moveHandoff`).
 */
export function handoffStatusStatements(
  db: D1Database,
  id: string,
  status: HandoffStatus,
  by: string | null | ActedBy,
  now: string,
): D1PreparedStatement[] {
  const who: ActedBy = typeof by === "object" && by !== null ? by : { name: by, id: null };
  const update =
    status === "resolved"
      ? db.prepare(
          `UPDATE handoffs SET
             resolved_at = CASE WHEN status = 'resolved' THEN resolved_at ELSE ?1 END,
             resolved_by = CASE WHEN status = 'resolved' THEN resolved_by ELSE ?2 END,
             resolved_by_id = CASE WHEN status = 'resolved' THEN resolved_by_id ELSE ?3 END,
             status = 'resolved'
           WHERE id = ?4`,
        )
      : db.prepare(
          `UPDATE handoffs SET
             reopened_at = CASE WHEN status = 'resolved' THEN ?1 ELSE reopened_at END,
             reopened_by = CASE WHEN status = 'resolved' THEN ?2 ELSE reopened_by END,
             reopened_by_id = CASE WHEN status = 'resolved' THEN ?3 ELSE reopened_by_id END,
             status = 'open', resolved_at = NULL, resolved_by = NULL, resolved_by_id = NULL
           WHERE id = ?4`,
        );
  return [moveHandoff(db, id, { status }), update.bind(now, who.name, who.id, id)];
}

/** Sets a handoff's status (`handoffStatusStatements`, one batch); false when no such handoff. */
export async function setHandoffStatus(
  db: D1Database,
  id: string,
  status: HandoffStatus,
  by: string | null | ActedBy,
  now: string,
): Promise<boolean> {
  const results = await db.batch(handoffStatusStatements(db, id, status, by, now));
  return (results.at(-1)?.meta.changes ?? 0) > 0;
}
