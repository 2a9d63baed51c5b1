/**
 * The visitor writing again after a handoff: their message joins that handoff (reopening it if
 * resolved) and goes to every channel as a follow-up, never as a new handoff.
 */
import type { HandoffReason } from "../../shared/handoff.ts";
import type { HandoffNotice } from "../channels/notice.ts";
import { insertVisitorMessage } from "../conversations/store.ts";
import { newId } from "../http/ids.ts";
import type { SiteConfig } from "../sites/config-schema.ts";
import { insertDelivery } from "./deliveries-store.ts";
import { enqueueOrLeaveForSweep } from "./delivery-queue.ts";
import { moveHandoff } from "./handoff-counts.ts";
import { HANDOFF_COLUMNS, type Handoff } from "./store.ts";
import type { SiteBindings } from "../sites/site-database.ts";

/**
 * The statements that record a message the widget handed off by itself (a keyword it caught),
 * so the transcript is whole: judged a handoff by the re-check, with no confidence.
 */
export function insertUnjudgedMessage(
  db: D1Database,
  conversationId: string,
  u: UnjudgedMessage,
  threshold: number,
  now: string,
  visitor: string | null = null,
): D1PreparedStatement[] {
  return insertVisitorMessage(
    db,
    {
      id: u.id,
      conversationId,
      text: u.text,
      confidence: null,
      decision: "handoff",
      reason: u.reason,
      matched: u.matched,
      threshold,
      visitor,
    },
    now,
  );
}

/** A visitor message the worker never judged, with the re-check's verdict on it. */
export interface UnjudgedMessage {
  id: string;
  text: string;
  reason: HandoffReason;
  matched: string | null;
}

/** The conversation's latest handoff, or null: the one a follow-up joins. */
export async function findConversationHandoff(
  db: D1Database,
  conversationId: string,
): Promise<Handoff | null> {
  return conversationHandoffQuery(db, conversationId).first<Handoff>();
}

/**
 * `findConversationHandoff` as a statement, to ride in a batch with a request's writes (one
 * round trip instead of two); read its answer with `handoffFromBatch`.
 */
export function conversationHandoffQuery(
  db: D1Database,
  conversationId: string,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT ${HANDOFF_COLUMNS} FROM handoffs WHERE conversation_id = ?
       ORDER BY created_at DESC, rowid DESC LIMIT 1`,
    )
    .bind(conversationId);
}

/** The handoff a batched `conversationHandoffQuery` found, or null. */
export function handoffFromBatch(result: D1Result | undefined): Handoff | null {
  return (result?.results[0] as Handoff | undefined) ?? null;
}

/**
 * Joins the stored visitor message `messageId` to `handoff`: reopens it, keeps an email the
 * visitor gives now if the handoff had none, and queues one follow-up delivery per channel of
 * the site (in one batch, so none is lost; the cron sweep sends them if the queue send fails).
 */
export async function addFollowUp(
  env: Pick<SiteBindings, "DB" | "DELIVERIES" | "DATABASE">,
  handoff: Handoff,
  follow: {
    messageId: string;
    email: string | null;
    /** The message itself, when the worker never judged it (the widget caught a keyword). */
    unjudged?: UnjudgedMessage | null;
    /** `email` replaces the handoff's: the visitor corrected it (else it fills only a blank). */
    replaceEmail?: boolean;
  },
  config: SiteConfig,
): Promise<void> {
  const now = new Date().toISOString();
  const u = follow.unjudged;
  const record = u
    ? insertUnjudgedMessage(env.DB, handoff.conversationId, u, config.threshold, now)
    : [];
  const deliveries = config.channels.map((channel) => ({
    id: newId(),
    handoffId: handoff.id,
    channelId: channel.id,
    channelType: channel.type,
    kind: "follow_up" as const,
    subjectId: follow.messageId,
  }));
  await env.DB.batch([
    ...record,
    // A resolved handoff the follow-up reopens moves to the open ones in the list's counts.
    moveHandoff(env.DB, handoff.id, { status: "open" }),
    env.DB.prepare(
      // Reopening a resolved handoff here is the visitor's doing, no one's on the team: the
      // record of the team's last reopening goes with the resolution, so it is not misread.
      `UPDATE handoffs SET
         reopened_at = CASE WHEN status = 'resolved' THEN NULL ELSE reopened_at END,
         reopened_by = CASE WHEN status = 'resolved' THEN NULL ELSE reopened_by END,
         reopened_by_id = CASE WHEN status = 'resolved' THEN NULL ELSE reopened_by_id END,
         status = 'open', resolved_at = NULL, resolved_by = NULL, resolved_by_id = NULL,
         visitor_email = COALESCE(?, visitor_email, ?) WHERE id = ?`,
    ).bind(follow.replaceEmail ? follow.email : null, follow.email, handoff.id),
    ...deliveries.map((d) => insertDelivery(env.DB, d, now)),
  ]);
  await enqueueOrLeaveForSweep(
    env,
    deliveries.map((d) => d.id),
    `handoff ${handoff.id}'s follow-up`,
  );
}

/** How long a visitor message sent again is taken for the widget's retry of the first copy. */
const RESENT_WITHIN_MS = 10 * 60_000;

/**
 * Whether the visitor sent this same text in the conversation in the 10 minutes before this
 * copy (stored at `message.createdAt`): the widget sends a message again when its answer never
 * came (a timeout, a reload mid-request), though the first copy may have landed and gone to the
 * team. That follow-up went out then; the team is not sent it twice (reliability review, 7
 * December 2026). Both copies stay in the transcript. Only an earlier copy counts (by time, then
 * id), so of two sent at once exactly one goes out.
 */
export async function isResentMessage(
  db: D1Database,
  message: { conversationId: string; id: string; text: string; createdAt: string },
): Promise<boolean> {
  const since = new Date(Date.parse(message.createdAt) - RESENT_WITHIN_MS).toISOString();
  const earlier = await db
    .prepare(
      `SELECT 1 FROM messages WHERE conversation_id = ?1 AND created_at >= ?2 AND role = 'visitor'
         AND text = ?3 AND (created_at < ?4 OR (created_at = ?4 AND id < ?5)) LIMIT 1`,
    )
    .bind(message.conversationId, since, message.text, message.createdAt, message.id)
    .first();
  return earlier !== null;
}

/**
 * Whether `handoffId` already has a follow-up of the visitor message `messageId`, or of one with
 * this text stored since `since`: a request for it again is a retry.
 */
export async function hasFollowUpOf(
  db: D1Database,
  handoffId: string,
  of: { messageId: string | null; text: string; since: string },
): Promise<boolean> {
  const row = await db
    .prepare(
      `SELECT 1 FROM deliveries d JOIN messages m ON m.id = d.subject_id
       WHERE d.handoff_id = ? AND d.kind = 'follow_up'
         AND (m.id = ? OR (m.text = ? AND m.created_at >= ?)) LIMIT 1`,
    )
    .bind(handoffId, of.messageId, of.text, of.since)
    .first();
  return row !== null;
}

/**
 * What a channel is told of a follow-up: the handoff, with the visitor's new message and, as
 * the last reply, the team's latest (else the assistant's) before it.
 */
export async function followUpNotice(
  db: D1Database,
  handoff: Handoff,
  messageId: string,
): Promise<HandoffNotice | null> {
  const message = await db
    .prepare("SELECT text, created_at AS createdAt FROM messages WHERE id = ?")
    .bind(messageId)
    .first<{ text: string; createdAt: string }>();
  if (!message) return null;
  const lastReply = await db
    .prepare(
      `SELECT text FROM replies WHERE handoff_id = ? AND created_at <= ?
       ORDER BY created_at DESC, rowid DESC LIMIT 1`,
    )
    .bind(handoff.id, message.createdAt)
    .first<{ text: string }>();
  return {
    ...handoff,
    visitorMessage: message.text,
    lastAiReply: lastReply?.text ?? handoff.lastAiReply,
    createdAt: message.createdAt,
    followUp: true,
  };
}
