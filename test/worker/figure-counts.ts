/**
 * The dashboard's counts (`message_counts`, `rated_answers`) against a count of the stored rows
 * made here, in the test's own terms: each visitor message's slider step found by comparing
 * with `SLIDER_STEPS` as the replay does, its twentieth as the histogram bins it.
 */
import { expect } from "vitest";
import { SLIDER_STEPS } from "../../worker/dashboard/threshold-preview.ts";

interface StoredMessage {
  day: string;
  decision: string | null;
  reason: string | null;
  helpful: number | null;
  confidence: number | null;
}

/** The slider step a confidence falls on: the last step at or below it (-1 below all). */
function stepOf(confidence: number | null): number {
  if (confidence === null) return -2;
  let step = -1;
  for (const [i, t] of SLIDER_STEPS.entries()) if (confidence >= t) step = i;
  return step;
}

function sliceOf(confidence: number | null): number {
  if (confidence === null) return -1;
  return Math.min(19, Math.max(0, Math.floor(confidence * 20)));
}

function keyOf(m: StoredMessage): string {
  return [
    m.day,
    m.decision ?? "",
    m.reason ?? "",
    m.helpful ?? -1,
    stepOf(m.confidence),
    sliceOf(m.confidence),
  ].join("|");
}

/** The site's visitor messages as stored, each counted once in its group. */
export async function countsFromRows(db: D1Database, site: string): Promise<Map<string, number>> {
  const { results } = await db
    .prepare(
      `SELECT substr(m.created_at, 1, 10) AS day, m.decision, m.reason, m.helpful, m.confidence
       FROM messages m JOIN conversations c ON c.id = m.conversation_id
       WHERE c.site = ? AND m.role = 'visitor'`,
    )
    .bind(site)
    .all<StoredMessage>();
  const counts = new Map<string, number>();
  for (const m of results) counts.set(keyOf(m), (counts.get(keyOf(m)) ?? 0) + 1);
  return counts;
}

/** The site's counts as kept, groups at zero left out; each group's stand-in checked against it. */
export async function keptCounts(db: D1Database, site: string): Promise<Map<string, number>> {
  const { results } = await db
    .prepare(
      `SELECT day, decision, reason, helpful, step, slice, confidence, messages
       FROM message_counts WHERE site = ? AND messages != 0`,
    )
    .bind(site)
    .all<{
      day: string;
      decision: string;
      reason: string;
      helpful: number;
      step: number;
      slice: number;
      confidence: number | null;
      messages: number;
    }>();
  const counts = new Map<string, number>();
  for (const r of results) {
    // The group's confidence stands for every message of it: it falls on the same step and slice.
    expect([stepOf(r.confidence), sliceOf(r.confidence)]).toEqual([r.step, r.slice]);
    const key = [r.day, r.decision, r.reason, r.helpful, r.step, r.slice].join("|");
    counts.set(key, (counts.get(key) ?? 0) + r.messages);
  }
  return counts;
}

/**
 * Expects the site's kept counts to be the rows' count, and its `rated_answers` to be its rated
 * answers as stored.
 */
export async function expectCountsOfRows(db: D1Database, site: string): Promise<void> {
  expect(Object.fromEntries(await keptCounts(db, site))).toEqual(
    Object.fromEntries(await countsFromRows(db, site)),
  );
  const rated = (sql: string) =>
    db
      .prepare(sql)
      .bind(site)
      .all()
      .then((r) => r.results);
  expect(
    await rated(
      `SELECT message_id AS id, confidence, helpful, helpful_by AS by, helpful_at AS at,
         source_doc_id AS doc, created_at AS createdAt
       FROM rated_answers WHERE site = ? ORDER BY message_id`,
    ),
  ).toEqual(
    await rated(
      `SELECT m.id, m.confidence, m.helpful, m.helpful_by AS by, COALESCE(m.helpful_at, m.created_at) AS at,
         m.source_doc_id AS doc, m.created_at AS createdAt
       FROM messages m JOIN conversations c ON c.id = m.conversation_id
       WHERE c.site = ? AND m.role = 'visitor' AND m.decision = 'answer' AND m.helpful IS NOT NULL
       ORDER BY m.id`,
    ),
  );
}

/** The double next to `x`, below it (-1) or above it (1): where a hundredfold rounds onto a step. */
export function nextTo(x: number, way: -1 | 1): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  if (x === 0) return way * Number.MIN_VALUE;
  view.setBigUint64(0, view.getBigUint64(0) + BigInt(x > 0 ? way : -way));
  return view.getFloat64(0);
}
