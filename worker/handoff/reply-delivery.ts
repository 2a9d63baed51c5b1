import { ATTEMPT_TIMEOUT_MS, type DeliveryResult, withTimeout } from "../channels/deliver.ts";
import { sendReplyEmail } from "../channels/reply-email.ts";
import { getSiteConfig } from "../sites/store.ts";
import type { Delivery } from "./deliveries-store.ts";
import { listReplies } from "./replies-store.ts";
import type { Handoff } from "./store.ts";

/**
 * One attempt at emailing a team reply to the visitor: threaded under the handoff's earlier
 * replies, with Reply-To the site's team inbox (its first email channel's first address).
 */
export async function deliverReplyEmail(
  env: Env,
  handoff: Handoff,
  delivery: Delivery,
): Promise<DeliveryResult> {
  const replies = await listReplies(env.DB, [handoff.id]);
  const index = replies.findIndex((r) => r.id === delivery.subjectId);
  const reply = replies[index];
  if (!reply || !handoff.visitorEmail) {
    return { ok: false, error: "the reply or the visitor's address is missing", retryable: false };
  }
  // A config that no longer parses only loses the Reply-To: the visitor still gets the answer.
  const config = await getSiteConfig(env.SITES, handoff.site).catch(() => null);
  const inbox = config?.channels.find((c) => c.type === "email");
  try {
    await withTimeout(
      sendReplyEmail(env.EMAIL, env.EMAIL_FROM, {
        siteName: handoff.siteName,
        visitorEmail: handoff.visitorEmail,
        visitorMessage: handoff.visitorMessage,
        reply,
        earlierReplyIds: replies.slice(0, index).map((r) => r.id),
        replyTo: inbox?.type === "email" ? (inbox.to[0] ?? null) : null,
      }),
      ATTEMPT_TIMEOUT_MS,
    );
    return { ok: true };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `email not sent: ${why}`, retryable: true };
  }
}
