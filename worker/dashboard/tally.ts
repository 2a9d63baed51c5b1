import type { HandoffReason } from "../../shared/handoff.ts";

/** What one visitor message came to, as the dashboard counts it. */
export interface TalliedMessage {
  decision: "answer" | "handoff";
  reason: HandoffReason | null;
  helpful: boolean | null;
}

/** Visitor messages by what the worker did with them, and the verdicts on its answers. */
export interface MessageTally {
  /** Every message a visitor sent that the worker judged. */
  messages: number;
  /** Answered from the knowledge base. */
  answered: number;
  /** A handoff offered because a keyword matched. */
  keyword: number;
  /** A handoff offered because the confidence was below the threshold. */
  lowConfidence: number;
  /** The visitor pressed "Talk to a person". */
  button: number;
  /** Neither answered nor handed off for one of the reasons above (a decision this code does not know). */
  other: number;
  /** Answers the visitor marked 👍. */
  helpful: number;
  /** Answers the visitor marked 👎. */
  unhelpful: number;
}

/**
 * Counts visitor messages one way for every page (Stats, Threshold): each message once, by the
 * decision the worker recorded on it.
 *
 * @example
 * tallyMessages([{ decision: "answer", reason: null, helpful: false }]);
 * // { messages: 1, answered: 1, unhelpful: 1, keyword: 0, … }
 */
export function tallyMessages(messages: readonly TalliedMessage[]): MessageTally {
  const tally: MessageTally = {
    messages: messages.length,
    answered: 0,
    keyword: 0,
    lowConfidence: 0,
    button: 0,
    other: 0,
    helpful: 0,
    unhelpful: 0,
  };
  for (const m of messages) {
    if (m.decision === "answer") tally.answered++;
    else if (m.decision !== "handoff") tally.other++;
    else if (m.reason === "keyword") tally.keyword++;
    else if (m.reason === "visitor_request") tally.button++;
    else if (m.reason === "low_confidence") tally.lowConfidence++;
    else tally.other++;
    if (m.helpful === true) tally.helpful++;
    if (m.helpful === false) tally.unhelpful++;
  }
  return tally;
}

/** Handoffs a visitor completed (left their message for a person), by trigger. */
export interface HandoffTally {
  total: number;
  keyword: number;
  lowConfidence: number;
  button: number;
}

/**
 * Counts completed handoffs from rows of (trigger, count), as the per-day query returns them, so
 * the total and the breakdown by day always add up.
 *
 * @example
 * tallyHandoffs([{ reason: "keyword", count: 2 }, { reason: "low_confidence", count: 1 }]);
 * // { total: 3, keyword: 2, lowConfidence: 1, button: 0 }
 */
export function tallyHandoffs(
  rows: readonly { reason: HandoffReason; count: number }[],
): HandoffTally {
  const tally: HandoffTally = { total: 0, keyword: 0, lowConfidence: 0, button: 0 };
  for (const r of rows) {
    tally.total += r.count;
    if (r.reason === "keyword") tally.keyword += r.count;
    else if (r.reason === "low_confidence") tally.lowConfidence += r.count;
    else tally.button += r.count;
  }
  return tally;
}

/** `part` as a whole percentage of `whole`, or "–" when there is nothing to divide. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${Math.round((part / whole) * 100)}%`;
}
