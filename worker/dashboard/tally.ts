/**
 * The one place the dashboard counts. Every figure Stats, Threshold, Answers and Handoffs show
 * comes from `tallySite`, with one vocabulary:
 * - a visitor message is every message a visitor typed (answered, small talk, or a handoff
 *   offered), each counted once;
 * - **answered**: the AI answered it from the knowledge base;
 * - **small talk**: a greeting, thanks, goodbye or question about the assistant, given a social
 *   reply;
 * - **offered**: the worker offered a handoff (a keyword, low confidence, or the button);
 * - **sent**: the visitor went on and left their message for a person (a stored handoff, what
 *   the Handoffs page lists).
 */
import type { HandoffReason } from "../../shared/handoff.ts";

/** What one visitor message came to, as the worker recorded it. */
export interface TalliedMessage {
  /** Null for small talk: neither answered from the knowledge base nor handed off. */
  decision: "answer" | "handoff" | null;
  reason: HandoffReason | null;
  helpful: boolean | null;
  /** How many messages alike this stands for (a group counted in SQL); 1 when absent. */
  count?: number;
}

/** Handoffs by what triggered them. */
export interface ByTrigger {
  total: number;
  keyword: number;
  lowConfidence: number;
  button: number;
}

/** Every figure the dashboard shows about a site's visitor messages and handoffs. */
export interface SiteTally {
  /** Every message a visitor sent: answered + smallTalk + offered.total + other. */
  messages: number;
  /** Answered from the knowledge base. */
  answered: number;
  /** Greetings, thanks, goodbyes: a social reply, neither an answer nor a handoff. */
  smallTalk: number;
  /** Messages the worker answered with a handoff offer, by trigger. */
  offered: ByTrigger;
  /** Handoffs the visitor completed (left their message for a person), by trigger. */
  sent: ByTrigger;
  /** A decision this code does not know (a newer worker's): counted, never dropped. */
  other: number;
  /** Answers the visitor marked 👍. */
  helpful: number;
  /** Answers the visitor marked 👎. */
  unhelpful: number;
}

const noneByTrigger = (): ByTrigger => ({ total: 0, keyword: 0, lowConfidence: 0, button: 0 });

function addTrigger(tally: ByTrigger, reason: HandoffReason | null, count: number): boolean {
  if (reason === "keyword") tally.keyword += count;
  else if (reason === "low_confidence") tally.lowConfidence += count;
  else if (reason === "visitor_request") tally.button += count;
  else return false;
  tally.total += count;
  return true;
}

/**
 * Counts a site's visitor messages and its sent handoffs (rows of trigger and count, as the
 * per-day query returns them, so Stats' daily table adds up to the same total).
 *
 * @example
 * tallySite(
 *   [{ decision: "answer", reason: null, helpful: true }, { decision: null, reason: null, helpful: null }],
 *   [{ reason: "keyword", count: 1 }],
 * );
 * // { messages: 2, answered: 1, smallTalk: 1, offered: { total: 0, … }, sent: { total: 1, keyword: 1, … }, … }
 */
export function tallySite(
  messages: readonly TalliedMessage[],
  sentRows: readonly { reason: HandoffReason; count: number }[],
): SiteTally {
  const tally: SiteTally = {
    messages: 0,
    answered: 0,
    smallTalk: 0,
    offered: noneByTrigger(),
    sent: noneByTrigger(),
    other: 0,
    helpful: 0,
    unhelpful: 0,
  };
  for (const m of messages) {
    const n = m.count ?? 1;
    tally.messages += n;
    if (m.decision === "answer") tally.answered += n;
    else if (m.decision === null) tally.smallTalk += n;
    else if (m.decision !== "handoff" || !addTrigger(tally.offered, m.reason, n)) tally.other += n;
    if (m.helpful === true) tally.helpful += n;
    if (m.helpful === false) tally.unhelpful += n;
  }
  for (const r of sentRows) addTrigger(tally.sent, r.reason, r.count);
  return tally;
}

/** `part` as a whole percentage of `whole`, or "–" when there is nothing to divide. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${Math.round((part / whole) * 100)}%`;
}

/** "1 answer", "2 answers": a count and its noun, as every figure on the dashboard reads. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
