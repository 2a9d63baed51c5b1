import type { HandoffReason } from "../../shared/api.ts";

export type DeliveryStatus = "pending" | "delivered" | "failed";

export interface Handoff {
  id: string;
  site: string;
  conversationId: string;
  reason: HandoffReason;
  matched: string | null;
  confidence: number | null;
  threshold: number | null;
  siteName: string;
  visitorEmail: string | null;
  visitorMessage: string;
  lastAiReply: string | null;
  createdAt: string;
}

export interface Delivery {
  id: string;
  handoffId: string;
  channelId: string;
  channelType: string;
  status: DeliveryStatus;
  attempts: number;
  /** `attempts` when this round of delivery began; a redelivery starts a fresh round. */
  roundStart: number;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  deliveredAt: string | null;
  nextAttemptAt: string | null;
}

const HANDOFF_COLUMNS = `id, site, conversation_id AS conversationId, reason, matched, confidence, threshold,
  site_name AS siteName, visitor_email AS visitorEmail, visitor_message AS visitorMessage,
  last_ai_reply AS lastAiReply, created_at AS createdAt`;
const DELIVERY_COLUMNS = `id, handoff_id AS handoffId, channel_id AS channelId, channel_type AS channelType, status,
  attempts, round_start AS roundStart, last_error AS lastError, created_at AS createdAt, updated_at AS updatedAt,
  delivered_at AS deliveredAt, next_attempt_at AS nextAttemptAt`;

export function insertHandoff(db: D1Database, h: Handoff): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO handoffs (id, site, conversation_id, reason, matched, confidence, threshold, site_name,
         visitor_email, visitor_message, last_ai_reply, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      h.id,
      h.site,
      h.conversationId,
      h.reason,
      h.matched,
      h.confidence,
      h.threshold,
      h.siteName,
      h.visitorEmail,
      h.visitorMessage,
      h.lastAiReply,
      h.createdAt,
    );
}

export function insertDelivery(
  db: D1Database,
  d: { id: string; handoffId: string; channelId: string; channelType: string },
  now: string,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO deliveries (id, handoff_id, channel_id, channel_type, status, attempts, round_start, created_at, updated_at, next_attempt_at)
       VALUES (?, ?, ?, ?, 'pending', 0, 0, ?, ?, ?)`,
    )
    .bind(d.id, d.handoffId, d.channelId, d.channelType, now, now, now);
}

export async function getHandoff(db: D1Database, id: string): Promise<Handoff | null> {
  return db
    .prepare(`SELECT ${HANDOFF_COLUMNS} FROM handoffs WHERE id = ?`)
    .bind(id)
    .first<Handoff>();
}

/** An earlier handoff of the same message in the same conversation: a retried request. */
export async function findDuplicateHandoff(
  db: D1Database,
  conversationId: string,
  visitorMessage: string,
): Promise<Handoff | null> {
  return db
    .prepare(
      `SELECT ${HANDOFF_COLUMNS} FROM handoffs WHERE conversation_id = ? AND visitor_message = ? LIMIT 1`,
    )
    .bind(conversationId, visitorMessage)
    .first<Handoff>();
}

/** Newest first, optionally for one site. */
/** A handoff as the lists show it: the stored row plus the site owner's label. */
export interface LabelledHandoff extends Handoff {
  /** When the site owner marked it "the AI could have answered this"; null when not marked. */
  couldHaveAnsweredAt: string | null;
}

export interface HandoffFilter {
  site?: string;
  reason?: HandoffReason;
  /** Inclusive lower bound on `createdAt` (an ISO timestamp). */
  from?: string;
  /** Exclusive upper bound on `createdAt` (an ISO timestamp). */
  until?: string;
  /** Only handoffs marked "the AI could have answered this". */
  labelledOnly?: boolean;
  /** Only handoffs listed after this one (its id): the next page, without gaps or repeats while new handoffs arrive. */
  before?: string;
  limit: number;
}

export const LABELLED_HANDOFF_COLUMNS = `${HANDOFF_COLUMNS}, could_have_answered_at AS couldHaveAnsweredAt`;

/** The condition "listed after the handoff whose id is bound here", in the lists' order. */
const OLDER_THAN = "(created_at, rowid) < (SELECT created_at, rowid FROM handoffs WHERE id = ?)";

/** Newest first, narrowed by every filter given: the admin API's list and the dashboard's. */
export async function listHandoffs(
  db: D1Database,
  filter: HandoffFilter,
): Promise<LabelledHandoff[]> {
  const where: string[] = [];
  const binds: (string | number)[] = [];
  const add = (condition: string, ...values: string[]) => {
    where.push(condition);
    binds.push(...values);
  };
  if (filter.site) add("site = ?", filter.site);
  if (filter.reason) add("reason = ?", filter.reason);
  if (filter.from) add("created_at >= ?", filter.from);
  if (filter.until) add("created_at < ?", filter.until);
  if (filter.labelledOnly) add("could_have_answered_at IS NOT NULL");
  if (filter.before) add(OLDER_THAN, filter.before);
  const sql = `SELECT ${LABELLED_HANDOFF_COLUMNS} FROM handoffs ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY created_at DESC, rowid DESC LIMIT ?`;
  const { results } = await db
    .prepare(sql)
    .bind(...binds, filter.limit)
    .all<LabelledHandoff>();
  return results;
}

/** Whether a handoff with this id exists: a paging cursor must name one. */
export async function handoffExists(db: D1Database, id: string): Promise<boolean> {
  return (
    (await db.prepare("SELECT 1 AS found FROM handoffs WHERE id = ?").bind(id).first()) !== null
  );
}

export async function listDeliveries(
  db: D1Database,
  handoffIds: readonly string[],
): Promise<Delivery[]> {
  if (handoffIds.length === 0) return [];
  const { results } = await db
    .prepare(
      `SELECT ${DELIVERY_COLUMNS} FROM deliveries
       WHERE handoff_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, channel_id`,
    )
    .bind(JSON.stringify(handoffIds))
    .all<Delivery>();
  return results;
}

export async function getDelivery(db: D1Database, id: string): Promise<Delivery | null> {
  return db
    .prepare(`SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE id = ?`)
    .bind(id)
    .first<Delivery>();
}

export async function markDelivered(
  db: D1Database,
  id: string,
  attempts: number,
  now: string,
): Promise<void> {
  await db
    .prepare(
      `UPDATE deliveries SET status = 'delivered', attempts = ?, last_error = NULL, updated_at = ?, delivered_at = ?,
         next_attempt_at = NULL WHERE id = ? AND status = 'pending'`,
    )
    .bind(attempts, now, now, id)
    .run();
}

export async function markRetrying(
  db: D1Database,
  id: string,
  change: { attempts: number; lastError: string; nextAttemptAt: string },
  now: string,
): Promise<void> {
  await db
    .prepare(
      "UPDATE deliveries SET attempts = ?, last_error = ?, updated_at = ?, next_attempt_at = ? WHERE id = ? AND status = 'pending'",
    )
    .bind(change.attempts, change.lastError, now, change.nextAttemptAt, id)
    .run();
}

export async function markFailed(
  db: D1Database,
  id: string,
  change: { attempts: number; lastError: string },
  now: string,
): Promise<void> {
  await db
    .prepare(
      "UPDATE deliveries SET status = 'failed', attempts = ?, last_error = ?, updated_at = ?, next_attempt_at = NULL WHERE id = ? AND status = 'pending'",
    )
    .bind(change.attempts, change.lastError, now, id)
    .run();
}

/** Puts a handoff's failed deliveries back to pending for a fresh round; returns their ids. */
export async function reopenFailedDeliveries(
  db: D1Database,
  handoffId: string,
  now: string,
): Promise<string[]> {
  const { results } = await db
    .prepare(
      `UPDATE deliveries SET status = 'pending', round_start = attempts, updated_at = ?, next_attempt_at = ?
       WHERE handoff_id = ? AND status = 'failed' RETURNING id`,
    )
    .bind(now, now, handoffId)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

/**
 * Pending deliveries whose next attempt is long overdue: their queue message was lost (the
 * enqueue failed after the handoff was stored). The sweeper sends them again.
 */
export async function listOverdueDeliveries(
  db: D1Database,
  before: string,
  limit: number,
): Promise<string[]> {
  const { results } = await db
    .prepare(
      "SELECT id FROM deliveries WHERE status = 'pending' AND next_attempt_at < ? ORDER BY next_attempt_at LIMIT ?",
    )
    .bind(before, limit)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

/** Moves a pending delivery's due time forward, so the sweeper doesn't enqueue it twice. */
export async function postponeDelivery(
  db: D1Database,
  id: string,
  nextAttemptAt: string,
): Promise<void> {
  await db
    .prepare("UPDATE deliveries SET next_attempt_at = ? WHERE id = ? AND status = 'pending'")
    .bind(nextAttemptAt, id)
    .run();
}
