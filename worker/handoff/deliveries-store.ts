/**
 * The deliveries table: one row per (handoff, channel), the record that nothing was lost. Every
 * update is conditional on `status = 'pending'`, so a late or repeated attempt never undoes a
 * delivered or failed outcome.
 */
/** Where a delivery stands: `pending` until delivered, or failed after its last attempt. */
export type DeliveryStatus = "pending" | "delivered" | "failed";

/**
 * What a delivery carries: the handoff to a channel, a team reply emailed to the visitor, or
 * the visitor's follow-up message to a channel.
 */
export type DeliveryKind = "handoff" | "reply" | "follow_up";

/** One channel's delivery of one handoff (or of a reply or follow-up in its thread). */
export interface Delivery {
  id: string;
  handoffId: string;
  /** Unique per handoff: the configured channel's id, with `:<subjectId>` for a reply or follow-up. */
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
  kind: DeliveryKind;
  /** The reply's id (`reply`) or the visitor message's (`follow_up`); null for a handoff. */
  subjectId: string | null;
}
const DELIVERY_COLUMNS = `id, handoff_id AS handoffId, channel_id AS channelId, channel_type AS channelType, status,
  attempts, round_start AS roundStart, last_error AS lastError, created_at AS createdAt, updated_at AS updatedAt,
  delivered_at AS deliveredAt, next_attempt_at AS nextAttemptAt, kind, subject_id AS subjectId`;

/** The channel id the site configured (or `visitor-email`) that a delivery goes to. */
export function configuredChannelId(delivery: Pick<Delivery, "channelId">): string {
  return delivery.channelId.split(":")[0] ?? delivery.channelId;
}

// The columns a new delivery is stored with, by `insertDelivery` and `insertDeliveryOfStoredReply`.
const INSERT_DELIVERY = `INSERT INTO deliveries (id, handoff_id, channel_id, channel_type, status, attempts, round_start, created_at, updated_at, next_attempt_at, kind, subject_id)`;

/** A delivery's stored channel id: the channel's, with its subject (a reply, a message) after it. */
function storedChannelId(d: { channelId: string; subjectId?: string }): string {
  return d.subjectId ? `${d.channelId}:${d.subjectId}` : d.channelId;
}

/** A statement that stores a pending delivery, due now, for the handoff's batch. */
export function insertDelivery(
  db: D1Database,
  d: {
    id: string;
    handoffId: string;
    channelId: string;
    channelType: string;
    kind?: DeliveryKind;
    subjectId?: string;
  },
  now: string,
): D1PreparedStatement {
  const kind = d.kind ?? "handoff";
  return db
    .prepare(`${INSERT_DELIVERY} VALUES (?, ?, ?, ?, 'pending', 0, 0, ?, ?, ?, ?, ?)`)
    .bind(
      d.id,
      d.handoffId,
      storedChannelId(d),
      d.channelType,
      now,
      now,
      now,
      kind,
      d.subjectId ?? null,
    );
}

/**
 * A statement that stores a pending delivery of a reply, due now, only if that reply's row
 * (`subjectId`) exists: after a reply insert that did nothing (the same Slack message again), the
 * batch then queues nothing either, so no email or Slack post goes out twice.
 */
export function insertDeliveryOfStoredReply(
  db: D1Database,
  d: { id: string; handoffId: string; channelId: string; channelType: string; subjectId: string },
  now: string,
): D1PreparedStatement {
  return db
    .prepare(
      `${INSERT_DELIVERY}
       SELECT ?1, ?2, ?3, ?4, 'pending', 0, 0, ?5, ?5, ?5, 'reply', ?6
       WHERE EXISTS (SELECT 1 FROM replies WHERE id = ?6 AND handoff_id = ?2)`,
    )
    .bind(d.id, d.handoffId, storedChannelId(d), d.channelType, now, d.subjectId);
}

/**
 * A random UUID (v4's shape, as `newId` makes) drawn by SQLite, one per row, for the deliveries
 * an INSERT … SELECT makes: which rows it makes is known only inside the write.
 */
const SQL_NEW_ID = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
  || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;

/**
 * A statement that stores a pending post of reply `replyId` into each Slack app thread the
 * handoff has when it runs (but `exceptChannelId`'s, the thread it was written in), returning
 * the new deliveries' ids. Read inside the reply's batch, not before it: a thread recorded
 * between a read and the batch would otherwise miss the reply, since that thread's own catch-up
 * (`insertRepliesIntoSlackThread`) ran before the reply existed. Nothing when the reply's row
 * does not exist (the same Slack message again: `insertDeliveryOfStoredReply`).
 */
export function insertReplyIntoSlackThreads(
  db: D1Database,
  d: { handoffId: string; replyId: string; exceptChannelId: string | null },
  now: string,
): D1PreparedStatement {
  return db
    .prepare(
      `${INSERT_DELIVERY}
       SELECT ${SQL_NEW_ID}, t.handoff_id, t.channel_id || ':' || r.id, 'slack-app', 'pending', 0, 0, ?3, ?3, ?3, 'reply', r.id
       FROM slack_threads t JOIN replies r ON r.id = ?2 AND r.handoff_id = t.handoff_id
       WHERE t.handoff_id = ?1 AND t.channel_id IS NOT ?4
       ORDER BY t.channel_id
       ON CONFLICT DO NOTHING RETURNING id`,
    )
    .bind(d.handoffId, d.replyId, now, d.exceptChannelId);
}

/**
 * A statement, for the batch that records a handoff's Slack app thread in `channelId`, that
 * stores a pending post into that thread of every team reply the handoff has without one,
 * returning the new deliveries' ids: replies written while the handoff's post was pending
 * reached no thread (the third reliability review, docs/operations.md). A reply written in a
 * thread in the same Slack channel is not echoed back; one a delivery already exists for (the
 * unique key of handoff and channel) is not stored again, so each reply is posted once.
 */
export function insertRepliesIntoSlackThread(
  db: D1Database,
  d: { handoffId: string; channelId: string },
  now: string,
): D1PreparedStatement {
  return db
    .prepare(
      `${INSERT_DELIVERY}
       SELECT ${SQL_NEW_ID}, r.handoff_id, t.channel_id || ':' || r.id, 'slack-app', 'pending', 0, 0, ?3, ?3, ?3, 'reply', r.id
       FROM replies r JOIN slack_threads t ON t.handoff_id = r.handoff_id AND t.channel_id = ?2
       WHERE r.handoff_id = ?1
         AND NOT (r.via = 'slack' AND substr(coalesce(r.source_key, ''), 1, length(t.slack_channel) + 7) = 'slack:' || t.slack_channel || ':')
       ORDER BY r.created_at, r.rowid
       ON CONFLICT DO NOTHING RETURNING id`,
    )
    .bind(d.handoffId, d.channelId, now);
}

/** The status of the handoff's own delivery to channel `channelId` (not a follow-up's), or null. */
export async function getHandoffPostStatus(
  db: D1Database,
  handoffId: string,
  channelId: string,
): Promise<DeliveryStatus | null> {
  const row = await db
    .prepare(
      "SELECT status FROM deliveries WHERE handoff_id = ? AND channel_id = ? AND kind = 'handoff'",
    )
    .bind(handoffId, channelId)
    .first<{ status: DeliveryStatus }>();
  return row?.status ?? null;
}

/**
 * A statement listing the handoff's pending follow-ups to channel `channelId`: for the batch
 * that records the handoff's Slack thread there, whose follow-ups were waiting for it.
 */
export function listPendingFollowUpsStatement(
  db: D1Database,
  d: { handoffId: string; channelId: string },
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT id FROM deliveries WHERE handoff_id = ?1 AND kind = 'follow_up' AND status = 'pending'
         AND substr(channel_id, 1, length(?2) + 1) = ?2 || ':'
       ORDER BY created_at, rowid`,
    )
    .bind(d.handoffId, d.channelId);
}

/**
 * Every delivery of these handoffs, oldest first, by channel; with `followUpsOf`, of the
 * visitor's follow-ups only those of these messages (a page shows the latest messages of a
 * conversation, and a visitor's follow-ups are five a minute per channel without end).
 */
export async function listDeliveries(
  db: D1Database,
  handoffIds: readonly string[],
  followUpsOf?: readonly string[],
): Promise<Delivery[]> {
  if (handoffIds.length === 0) return [];
  const { results } = await db
    .prepare(
      `SELECT ${DELIVERY_COLUMNS} FROM deliveries
       WHERE handoff_id IN (SELECT value FROM json_each(?1))
         AND (?2 IS NULL OR kind <> 'follow_up' OR subject_id IN (SELECT value FROM json_each(?2)))
       ORDER BY created_at, channel_id`,
    )
    .bind(JSON.stringify(handoffIds), followUpsOf ? JSON.stringify(followUpsOf) : null)
    .all<Delivery>();
  return results;
}

/** Which of these handoffs have a delivery that failed (of any kind): what Redeliver would send. */
export async function listHandoffsWithFailures(
  db: D1Database,
  handoffIds: readonly string[],
): Promise<string[]> {
  if (handoffIds.length === 0) return [];
  const { results } = await db
    .prepare(
      `SELECT DISTINCT handoff_id AS id FROM deliveries
       WHERE handoff_id IN (SELECT value FROM json_each(?)) AND status = 'failed'`,
    )
    .bind(JSON.stringify(handoffIds))
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

/** The delivery with this id, or null. */
export async function getDelivery(db: D1Database, id: string): Promise<Delivery | null> {
  return db
    .prepare(`SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE id = ?`)
    .bind(id)
    .first<Delivery>();
}

/**
 * These deliveries by id, each with its handoff's site (null when the handoff is gone), in one
 * round trip: what the consumer reads for a whole batch, so that it knows where every message
 * goes before it claims any. An id without a row is absent from the map.
 */
export async function getDeliveriesWithSite(
  db: D1Database,
  ids: readonly string[],
): Promise<Map<string, { delivery: Delivery; site: string | null }>> {
  if (ids.length === 0) return new Map();
  const { results } = await db
    .prepare(
      `SELECT ${DELIVERY_COLUMNS},
         (SELECT site FROM handoffs WHERE handoffs.id = deliveries.handoff_id) AS site
       FROM deliveries WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .bind(JSON.stringify([...new Set(ids)]))
    .all<Delivery & { site: string | null }>();
  return new Map(results.map(({ site, ...delivery }) => [delivery.id, { delivery, site }]));
}

/**
 * A handoff's deliveries never attempted nor held by an attempt: what a retried request queues
 * again, in case the first request stored them and died before queueing them.
 */
export async function listUnattemptedDeliveries(
  db: D1Database,
  handoffId: string,
  now: string,
): Promise<string[]> {
  const { results } = await db
    .prepare(
      `SELECT id FROM deliveries WHERE handoff_id = ? AND status = 'pending' AND attempts = 0
         AND (leased_until IS NULL OR leased_until <= ?)`,
    )
    .bind(handoffId, now)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

/** Records a successful attempt: delivered, with its attempt count. */
export async function markDelivered(
  db: D1Database,
  id: string,
  attempts: number,
  now: string,
): Promise<void> {
  await markDeliveredStatement(db, id, attempts, now).run();
}

/**
 * `markDelivered` as a statement, to batch with what must be stored with it (a Slack thread).
 * `missing` says what a delivery that is done still lacks (a Slack post Slack named no thread
 * for), kept as its last error for the owner to read; null clears it.
 */
export function markDeliveredStatement(
  db: D1Database,
  id: string,
  attempts: number,
  now: string,
  missing: string | null = null,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE deliveries SET status = 'delivered', attempts = ?, last_error = ?, updated_at = ?, delivered_at = ?,
         next_attempt_at = NULL, leased_until = NULL WHERE id = ? AND status = 'pending'`,
    )
    .bind(attempts, missing, now, now, id);
}

/**
 * Takes the pending delivery for one attempt until `leaseUntil`, unless another attempt holds
 * it (its lease not yet past at `now`). Two queue messages for one delivery then make one send,
 * not two. Recording the attempt's outcome (`markDelivered`, `markRetrying`, `markFailed`) ends
 * the lease. False when another attempt holds it, or it is no longer pending.
 */
export async function claimDelivery(
  db: D1Database,
  id: string,
  now: string,
  leaseUntil: string,
): Promise<boolean> {
  const result = await db
    .prepare(
      `UPDATE deliveries SET leased_until = ?
       WHERE id = ? AND status = 'pending' AND (leased_until IS NULL OR leased_until <= ?)`,
    )
    .bind(leaseUntil, id, now)
    .run();
  return result.meta.changes > 0;
}

/**
 * Gives back a claim without an attempt (the delivery moves to the slow lane unsent): nothing
 * counted, nothing changed but the lease.
 */
export async function releaseDelivery(db: D1Database, id: string): Promise<void> {
  await db
    .prepare("UPDATE deliveries SET leased_until = NULL WHERE id = ? AND status = 'pending'")
    .bind(id)
    .run();
}

/** Records a failed attempt that will be retried at `nextAttemptAt`. */
export async function markRetrying(
  db: D1Database,
  id: string,
  change: { attempts: number; lastError: string; nextAttemptAt: string },
  now: string,
): Promise<void> {
  await db
    .prepare(
      "UPDATE deliveries SET attempts = ?, last_error = ?, updated_at = ?, next_attempt_at = ?, leased_until = NULL WHERE id = ? AND status = 'pending'",
    )
    .bind(change.attempts, change.lastError, now, change.nextAttemptAt, id)
    .run();
}

/** Records the last failed attempt: the delivery is failed with its last error. */
export async function markFailed(
  db: D1Database,
  id: string,
  change: { attempts: number; lastError: string },
  now: string,
): Promise<void> {
  await db
    .prepare(
      "UPDATE deliveries SET status = 'failed', attempts = ?, last_error = ?, updated_at = ?, next_attempt_at = NULL, leased_until = NULL WHERE id = ? AND status = 'pending'",
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
 * Claims up to `limit` pending deliveries whose next attempt is long overdue (before `before`):
 * their queue message was lost (the enqueue failed after the handoff was stored, or the queue
 * refused it). Their due time moves to `due`, so the next page, or the next sweep, doesn't
 * claim them again; answers their ids, oldest first, for the sweeper to send again. One round
 * trip a page.
 */
export async function claimOverdueDeliveries(
  db: D1Database,
  before: string,
  due: string,
  limit: number,
): Promise<string[]> {
  const { results } = await db
    .prepare(
      `UPDATE deliveries SET next_attempt_at = ?
       WHERE id IN (SELECT id FROM deliveries WHERE status = 'pending' AND next_attempt_at < ?
                    ORDER BY next_attempt_at LIMIT ?)
       RETURNING id`,
    )
    .bind(due, before, limit)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

/** One channel's delivery outcomes over a period. */
export interface ChannelOutcomes {
  channelId: string;
  channelType: string;
  delivered: number;
  failed: number;
  pending: number;
}

/** Each channel's delivery outcomes for the site's handoffs since `since`. */
export async function countDeliveriesByChannel(
  db: D1Database,
  site: string,
  since: string,
): Promise<ChannelOutcomes[]> {
  const { results } = await db
    .prepare(
      `SELECT d.channel_id AS channelId, d.channel_type AS channelType,
         SUM(d.status = 'delivered') AS delivered, SUM(d.status = 'failed') AS failed, SUM(d.status = 'pending') AS pending
       FROM deliveries d JOIN handoffs h ON h.id = d.handoff_id
       WHERE h.site = ? AND h.created_at >= ? AND d.kind = 'handoff' GROUP BY d.channel_id, d.channel_type ORDER BY d.channel_id`,
    )
    .bind(site, since)
    .all<ChannelOutcomes>();
  return results;
}

/**
 * The addresses a delivery's email already went to (an email channel with several), recorded as
 * each is sent: a retry sends only to the others (migrations/0018, worker/channels/email.ts).
 */
export async function getEmailSentTo(db: D1Database, id: string): Promise<Set<string>> {
  const row = await db
    .prepare("SELECT sent_to AS sentTo FROM deliveries WHERE id = ?")
    .bind(id)
    .first<{ sentTo: string | null }>();
  const list: unknown = row?.sentTo ? JSON.parse(row.sentTo) : [];
  return new Set(Array.isArray(list) ? list.filter((to) => typeof to === "string") : []);
}

/** Records that the delivery's email went to `to`, before the next address is tried. */
export async function addEmailSentTo(db: D1Database, id: string, to: string): Promise<void> {
  await db
    .prepare(
      "UPDATE deliveries SET sent_to = json_insert(COALESCE(sent_to, '[]'), '$[#]', ?2) WHERE id = ?1",
    )
    .bind(id, to)
    .run();
}
