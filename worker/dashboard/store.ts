import type { HandoffReason } from "../../shared/api.ts";
import { type Delivery, LABELLED_HANDOFF_COLUMNS, type LabelledHandoff } from "../handoff/store.ts";

export interface TranscriptMessage {
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

/** A judged visitor message, the evidence the threshold tools count. */
export interface LoggedQuestion {
  confidence: number;
  decision: "answer" | "handoff";
  reason: HandoffReason | null;
}

export async function getLabelledHandoff(
  db: D1Database,
  id: string,
): Promise<LabelledHandoff | null> {
  return db
    .prepare(`SELECT ${LABELLED_HANDOFF_COLUMNS} FROM handoffs WHERE id = ?`)
    .bind(id)
    .first<LabelledHandoff>();
}

/** Sets or clears the "the AI could have answered this" label; false when no such handoff. */
export async function setCouldHaveAnswered(
  db: D1Database,
  id: string,
  labelled: boolean,
  now: string,
): Promise<boolean> {
  const result = await db
    .prepare("UPDATE handoffs SET could_have_answered_at = ? WHERE id = ?")
    .bind(labelled ? now : null, id)
    .run();
  return result.meta.changes > 0;
}

/** Every message of these conversations, oldest first. */
export async function listTranscripts(
  db: D1Database,
  conversationIds: readonly string[],
): Promise<TranscriptMessage[]> {
  if (conversationIds.length === 0) return [];
  const { results } = await db
    .prepare(
      `SELECT conversation_id AS conversationId, role, text, confidence, decision, reason, matched, threshold,
         created_at AS createdAt
       FROM messages WHERE conversation_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, rowid`,
    )
    .bind(JSON.stringify([...new Set(conversationIds)]))
    .all<TranscriptMessage>();
  return results;
}

/** The site's visitor messages since `since` that the worker scored (keyword-only ones have no score). */
export async function listLoggedQuestions(
  db: D1Database,
  site: string,
  since: string,
): Promise<LoggedQuestion[]> {
  const { results } = await db
    .prepare(
      `SELECT m.confidence AS confidence, m.decision AS decision, m.reason AS reason
       FROM messages m JOIN conversations c ON c.id = m.conversation_id
       WHERE c.site = ? AND m.role = 'visitor' AND m.confidence IS NOT NULL AND m.decision IS NOT NULL
         AND m.created_at >= ?`,
    )
    .bind(site, since)
    .all<LoggedQuestion>();
  return results;
}

/** Confidence of each labelled low-confidence handoff since `since`: what a new threshold could fix. */
export async function listCouldHaveAnswered(
  db: D1Database,
  site: string,
  since: string,
): Promise<{ reason: HandoffReason; confidence: number | null }[]> {
  const { results } = await db
    .prepare(
      `SELECT reason, confidence FROM handoffs
       WHERE site = ? AND could_have_answered_at IS NOT NULL AND created_at >= ?`,
    )
    .bind(site, since)
    .all<{ reason: HandoffReason; confidence: number | null }>();
  return results;
}

export interface DailyHandoffs {
  day: string;
  reason: HandoffReason;
  count: number;
}

/** Handoffs per UTC day and trigger since `since`. */
export async function countHandoffsByDay(
  db: D1Database,
  site: string,
  since: string,
): Promise<DailyHandoffs[]> {
  const { results } = await db
    .prepare(
      `SELECT substr(created_at, 1, 10) AS day, reason, COUNT(*) AS count FROM handoffs
       WHERE site = ? AND created_at >= ? GROUP BY day, reason ORDER BY day`,
    )
    .bind(site, since)
    .all<DailyHandoffs>();
  return results;
}

/** Visitor messages and how many of them the worker handed off, since `since`. */
export async function countQuestions(
  db: D1Database,
  site: string,
  since: string,
): Promise<{ questions: number; handedOff: number }> {
  const row = await db
    .prepare(
      `SELECT COUNT(*) AS questions, COALESCE(SUM(m.decision = 'handoff'), 0) AS handedOff
       FROM messages m JOIN conversations c ON c.id = m.conversation_id
       WHERE c.site = ? AND m.role = 'visitor' AND m.created_at >= ?`,
    )
    .bind(site, since)
    .first<{ questions: number; handedOff: number }>();
  return row ?? { questions: 0, handedOff: 0 };
}

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
       WHERE h.site = ? AND h.created_at >= ? GROUP BY d.channel_id, d.channel_type ORDER BY d.channel_id`,
    )
    .bind(site, since)
    .all<ChannelOutcomes>();
  return results;
}

export type { Delivery };
