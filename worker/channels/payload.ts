import type { WebhookPayload } from "../../shared/api.ts";
import type { HandoffNotice } from "./notice.ts";

/**
 * The generic webhook's body: exactly the spec's four fields, null where absent.
 *
 * @example
 * JSON.stringify(buildWebhookPayload(handoff));
 * // {"site_name":"Acme","visitor_email":null,"visitor_message":"…","last_ai_reply":null}
 */
export function buildWebhookPayload(handoff: HandoffNotice): WebhookPayload {
  return {
    site_name: handoff.siteName,
    visitor_email: handoff.visitorEmail,
    visitor_message: handoff.visitorMessage,
    last_ai_reply: handoff.lastAiReply,
  };
}
