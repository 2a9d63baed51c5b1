/**
 * The handoff model's words, in one place: why a handoff fired, and how that reads to a person.
 * The reason list is the source of the type, the worker's validation (`v.picklist`), the labels
 * and the migration's CHECK (a test holds the SQL to this list). Worker-side presentation lives
 * here too so that email, Slack and the dashboard describe a trigger with one function; the
 * widget imports only the type.
 *
 * @example
 * HANDOFF_REASONS.includes("keyword"); // true
 */
export const HANDOFF_REASONS = ["keyword", "low_confidence", "visitor_request"] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];

/** Each reason as a site owner reads it in a list or a filter. */
export const REASON_LABELS: Readonly<Record<HandoffReason, string>> = {
  keyword: "Keyword",
  low_confidence: "Low confidence",
  visitor_request: "Handoff button",
};

/**
 * Whether `value` is one of the reasons, e.g. a filter from a query string.
 *
 * @example
 * isHandoffReason("keyword"); // true
 * isHandoffReason("bogus"); // false
 */
export function isHandoffReason(value: string | undefined): value is HandoffReason {
  return (HANDOFF_REASONS as readonly (string | undefined)[]).includes(value);
}

/** What a trigger description needs of a handoff. */
export interface Trigger {
  reason: HandoffReason;
  matched: string | null;
  confidence: number | null;
  threshold: number | null;
}

/**
 * How a handoff fired, in one line: `notice` for the team's email and Slack message (read at a
 * glance beside the visitor's words), `dashboard` for the site owner's handoff page.
 *
 * @example
 * describeTrigger({ reason: "keyword", matched: "talk to a human", confidence: null, threshold: 0.4 }, "notice");
 * // 'keyword "talk to a human"'
 * describeTrigger({ reason: "low_confidence", matched: null, confidence: 0.21, threshold: 0.4 }, "dashboard");
 * // "Confidence 0.21 below threshold 0.40"
 */
export function describeTrigger(trigger: Trigger, style: "notice" | "dashboard"): string {
  const notice = style === "notice";
  switch (trigger.reason) {
    case "keyword":
      return notice
        ? `keyword "${trigger.matched ?? "?"}"`
        : `Keyword “${trigger.matched ?? "?"}” matched`;
    case "low_confidence": {
      const unknown = notice ? "?" : "–";
      const confidence = formatScore(trigger.confidence, unknown);
      const threshold = formatScore(trigger.threshold, unknown);
      return notice
        ? `low confidence ${confidence} (threshold ${threshold})`
        : `Confidence ${confidence} below threshold ${threshold}`;
    }
    case "visitor_request":
      return notice
        ? 'visitor pressed "Talk to a person"'
        : "The visitor pressed the handoff button";
  }
}

/**
 * A confidence or threshold as two decimals, or `unknown` when there is none.
 *
 * @example
 * formatScore(0.4); // "0.40"
 * formatScore(null); // "–"
 */
export function formatScore(value: number | null, unknown = "–"): string {
  return value === null ? unknown : value.toFixed(2);
}
