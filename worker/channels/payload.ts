import type { WebhookPayload } from "../../shared/api.ts";
import type { Handoff } from "../handoff/store.ts";

/**
 * The generic webhook's body: exactly the spec's four fields, null where absent.
 *
 * @example
 * JSON.stringify(buildWebhookPayload(handoff));
 * // {"site_name":"Acme","visitor_email":null,"visitor_message":"…","last_ai_reply":null}
 */
export function buildWebhookPayload(handoff: Handoff): WebhookPayload {
  return {
    site_name: handoff.siteName,
    visitor_email: handoff.visitorEmail,
    visitor_message: handoff.visitorMessage,
    last_ai_reply: handoff.lastAiReply,
  };
}

/** How the handoff fired, in words a support person reads at a glance. */
export function describeTrigger(handoff: Handoff): string {
  switch (handoff.reason) {
    case "keyword":
      return `keyword "${handoff.matched ?? "?"}"`;
    case "low_confidence":
      return `low confidence ${formatScore(handoff.confidence)} (threshold ${formatScore(handoff.threshold)})`;
    case "visitor_request":
      return 'visitor pressed "Talk to a person"';
  }
}

function formatScore(value: number | null): string {
  return value === null ? "?" : value.toFixed(2);
}
