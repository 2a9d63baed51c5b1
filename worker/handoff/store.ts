/**
 * The handoffs table: one row per accepted handoff, with the site owner's label. Statement
 * builders (`insert…`) return a statement for the caller's batch; readers take the binding.
 */
import type { HandoffReason } from "../../shared/handoff.ts";
import { bytesToHex } from "../http/base64.ts";
import { countStoredHandoff, moveHandoff } from "./handoff-counts.ts";

/** A stored handoff: what the visitor asked, why it fired, and what the team is told. */
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

/** The columns of a `Handoff`, for this table's readers. */
export const HANDOFF_COLUMNS = `id, site, conversation_id AS conversationId, reason, matched, confidence, threshold,
  site_name AS siteName, visitor_email AS visitorEmail, visitor_message AS visitorMessage,
  last_ai_reply AS lastAiReply, created_at AS createdAt`;

/**
 * What makes two handoff requests the same handoff: the conversation and the message (as a
 * SHA-256, so the unique index stays small). Stored in `dedupe_key`, unique, so requests that
 * arrive at once cannot both be stored: the second batch fails whole and its caller answers with
 * the first one's id.
 *
 * @example
 * await handoffDedupeKey("c1", "talk to a human"); // "c1:4f1c…"
 */
export async function handoffDedupeKey(conversationId: string, message: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(message));
  return `${conversationId}:${bytesToHex(digest)}`;
}

/** Whether a failed D1 write failed on a unique constraint: another request stored it first. */
export function isUniqueViolation(error: unknown): boolean {
  return String(error instanceof Error ? error.message : error).includes(
    "UNIQUE constraint failed",
  );
}

/**
 * The statements that store a new handoff under its `dedupeKey` (`handoffDedupeKey`) and the
 * client's `Idempotency-Key` if it sent one, and count it in the list's counts
 * (`handoff-counts.ts`), for the batch that also stores its deliveries: when another request
 * stored it first, the batch fails whole and counts nothing.
 */
export function insertHandoff(
  db: D1Database,
  h: Handoff,
  dedupeKey: string | null = null,
  idempotencyKey: string | null = null,
): D1PreparedStatement[] {
  const insert = db
    .prepare(
      `INSERT INTO handoffs (id, site, conversation_id, reason, matched, confidence, threshold, site_name,
         visitor_email, visitor_message, last_ai_reply, created_at, dedupe_key, idempotency_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
      dedupeKey,
      idempotencyKey,
    );
  return [insert, countStoredHandoff(db, h.id)];
}

/** The handoff with this id, or null. */
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

/** The handoff the client stored earlier in this conversation with this Idempotency-Key. */
export async function findHandoffByIdempotencyKey(
  db: D1Database,
  conversationId: string,
  key: string,
): Promise<Handoff | null> {
  return db
    .prepare(
      `SELECT ${HANDOFF_COLUMNS} FROM handoffs WHERE conversation_id = ? AND idempotency_key = ?`,
    )
    .bind(conversationId, key)
    .first<Handoff>();
}

/** A handoff as the lists show it: the stored row plus the site owner's label. */
export interface LabelledHandoff extends Handoff {
  /** When the site owner marked it "the AI could have answered this"; null when not marked. */
  couldHaveAnsweredAt: string | null;
  /** Whether the team is still working it; resolved with when and by whom. */
  status: "open" | "resolved";
  resolvedAt: string | null;
  resolvedBy: string | null;
  /**
   * Who resolved it by id (migrations/0013): a member's id, "admin" for the token holder, null
   * when no signed-in member did (the admin API, or resolved before ids were kept).
   */
  resolvedById: string | null;
  /** The team's last reopening, when, by name and by id as for resolving; null when none. */
  reopenedAt: string | null;
  reopenedBy: string | null;
  reopenedById: string | null;
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
  status?: "open" | "resolved";
  /** Only handoffs listed after this one (its id): the next page, without gaps or repeats while new handoffs arrive. */
  before?: string;
  limit: number;
}

const LABELLED_HANDOFF_COLUMNS = `${HANDOFF_COLUMNS}, could_have_answered_at AS couldHaveAnsweredAt, status,
  resolved_at AS resolvedAt, resolved_by AS resolvedBy, resolved_by_id AS resolvedById,
  reopened_at AS reopenedAt, reopened_by AS reopenedBy, reopened_by_id AS reopenedById`;

/** The condition "listed after the handoff whose id is bound here", in the lists' order. */
const OLDER_THAN = "(created_at, rowid) < (SELECT created_at, rowid FROM handoffs WHERE id = ?)";

/** The WHERE clause (empty, or starting with WHERE) of every filter given but `before`, and its values. */
function filterConditions(filter: Omit<HandoffFilter, "before" | "limit">): {
  where: string;
  binds: string[];
} {
  const where: string[] = [];
  const binds: string[] = [];
  const add = (condition: string, ...values: string[]) => {
    where.push(condition);
    binds.push(...values);
  };
  if (filter.site) add("site = ?", filter.site);
  if (filter.reason) add("reason = ?", filter.reason);
  if (filter.from) add("created_at >= ?", filter.from);
  if (filter.until) add("created_at < ?", filter.until);
  if (filter.labelledOnly) add("could_have_answered_at IS NOT NULL");
  if (filter.status) add("status = ?", filter.status);
  return { where: where.length ? `WHERE ${where.join(" AND ")}` : "", binds };
}

/** Newest first, narrowed by every filter given: the admin API's list and the dashboard's. */
export async function listHandoffs(
  db: D1Database,
  filter: HandoffFilter,
): Promise<LabelledHandoff[]> {
  const { where, binds } = filterConditions(filter);
  const after = filter.before ? `${where ? `${where} AND` : "WHERE"} ${OLDER_THAN}` : where;
  const sql = `SELECT ${LABELLED_HANDOFF_COLUMNS} FROM handoffs ${after}
    ORDER BY created_at DESC, rowid DESC LIMIT ?`;
  const { results } = await db
    .prepare(sql)
    .bind(...binds, ...(filter.before ? [filter.before] : []), filter.limit)
    .all<LabelledHandoff>();
  return results;
}

/**
 * How many handoffs match the filters on this database, by counting their rows: what the list's
 * total reads when it names dates, which the kept counts (`handoff-counts.ts`) do not hold. The
 * rows of those days only, along the index on time. One query.
 */
export async function countHandoffs(
  db: D1Database,
  filter: Omit<HandoffFilter, "before" | "limit">,
): Promise<number> {
  const { where, binds } = filterConditions(filter);
  const row = await db
    .prepare(`SELECT COUNT(*) AS total FROM handoffs ${where}`)
    .bind(...binds)
    .first<{ total: number }>();
  return row?.total ?? 0;
}

/** Whether a handoff with this id exists: a paging cursor must name one. */
export async function handoffExists(db: D1Database, id: string): Promise<boolean> {
  return (
    (await db.prepare("SELECT 1 AS found FROM handoffs WHERE id = ?").bind(id).first()) !== null
  );
}

/** The handoff with this id and its label, or null. */
export async function getLabelledHandoff(
  db: D1Database,
  id: string,
): Promise<LabelledHandoff | null> {
  return db
    .prepare(`SELECT ${LABELLED_HANDOFF_COLUMNS} FROM handoffs WHERE id = ?`)
    .bind(id)
    .first<LabelledHandoff>();
}

/**
 * Sets or clears the "the AI could have answered this" label, moving the handoff in the list's
 * counts in the same batch; false when no such handoff.
 */
export async function setCouldHaveAnswered(
  db: D1Database,
  id: string,
  labelled: boolean,
  now: string,
): Promise<boolean> {
  const [, result] = await db.batch([
    moveHandoff(db, id, { labelled }),
    db
      .prepare("UPDATE handoffs SET could_have_answered_at = ? WHERE id = ?")
      .bind(labelled ? now : null, id),
  ]);
  return (result?.meta.changes ?? 0) > 0;
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

/** How many handoffs one trigger caused on one UTC day. */
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

/** One page of the handoff list and the cursor of the next. */
export interface HandoffPage {
  handoffs: LabelledHandoff[];
  /** Pass as `before` for the next page; null on the last one. */
  nextBefore: string | null;
}

/**
 * A page of `limit` handoffs, newest first, after `filter.before`: the admin API's list and the
 * dashboard's. One more row than asked says whether there is a next page.
 */
export async function listHandoffPage(db: D1Database, filter: HandoffFilter): Promise<HandoffPage> {
  const rows = await listHandoffs(db, { ...filter, limit: filter.limit + 1 });
  const handoffs = rows.slice(0, filter.limit);
  const last = handoffs[handoffs.length - 1];
  return { handoffs, nextBefore: rows.length > filter.limit && last ? last.id : null };
}
