import { ATTEMPT_TIMEOUT_MS, type DeliveryResult, withTimeout } from "../channels/deliver.ts";
import { emailRefusal } from "../channels/refusal.ts";
import { sendReplyEmail } from "../channels/reply-email.ts";
import { replyEmailLanguage } from "../channels/reply-email-words.ts";
import { getSiteConfig } from "../sites/store.ts";
import type { Delivery } from "./deliveries-store.ts";
import { listReplies, type Reply, setReplyEmailMessageId } from "./replies-store.ts";
import type { Handoff } from "./store.ts";

/**
 * One attempt at emailing a team reply to the visitor: threaded under the handoff's earlier
 * replies, with Reply-To the site's team inbox (its first email channel's first address), in the
 * language the visitor wrote in (`replyEmailLanguage`).
 */
export async function deliverReplyEmail(
  env: Env,
  handoff: Handoff,
  delivery: Delivery,
): Promise<DeliveryResult> {
  const replies = await repliesOnceEarlierSent(env.DB, handoff.id, delivery.subjectId ?? "");
  const index = replies.findIndex((r) => r.id === delivery.subjectId);
  const reply = replies[index];
  if (!reply || !handoff.visitorEmail) {
    return { ok: false, error: "the reply or the visitor's address is missing", retryable: false };
  }
  // A config that no longer parses only loses the Reply-To: the visitor still gets the answer.
  const config = await getSiteConfig(env.SITES, handoff.site).catch(() => null);
  const inbox = config?.channels.find((c) => c.type === "email");
  try {
    const messageId = await withTimeout(
      sendReplyEmail(env.EMAIL, env.EMAIL_FROM, {
        siteName: handoff.siteName,
        visitorEmail: handoff.visitorEmail,
        visitorMessage: handoff.visitorMessage,
        reply,
        thread: replies
          .slice(0, index)
          .flatMap((r) => (r.emailMessageId ? [r.emailMessageId] : [])),
        replyTo: inbox?.type === "email" ? (inbox.to[0] ?? null) : null,
        language: replyEmailLanguage(
          handoff.visitorMessage,
          handoff.lastAiReply,
          config?.language ?? null,
        ),
      }),
      ATTEMPT_TIMEOUT_MS,
    );
    await setReplyEmailMessageId(env.DB, reply.id, messageId);
    return { ok: true };
  } catch (error) {
    // The visitor's address refused for good (malformed, suppressed) is tried a few times only.
    return { ok: false, ...emailRefusal(error, "visitor") };
  }
}

const WAIT_STEP_MS = 250;
const MAX_WAIT_MS = 5_000;

/**
 * The handoff's replies, read once the emails of those before `replyId` that are still being
 * sent have gone (two replies in one queue batch are sent side by side): only a sent email has
 * the Message-ID the next one threads under. An earlier email that has failed once already, or
 * is still unsent after five seconds, is not waited for: this one then threads under the rest.
 */
async function repliesOnceEarlierSent(
  db: D1Database,
  handoffId: string,
  replyId: string,
): Promise<Reply[]> {
  for (let waited = 0; ; waited += WAIT_STEP_MS) {
    const replies = await listReplies(db, [handoffId]);
    const earlier = replies.slice(
      0,
      Math.max(
        0,
        replies.findIndex((r) => r.id === replyId),
      ),
    );
    const unsent = earlier.filter((r) => !r.emailMessageId).map((r) => r.id);
    if (unsent.length === 0 || waited >= MAX_WAIT_MS) return replies;
    const pending = await db
      .prepare(
        `SELECT 1 AS found FROM deliveries WHERE handoff_id = ? AND kind = 'reply' AND status = 'pending'
           AND attempts = 0 AND subject_id IN (SELECT value FROM json_each(?)) LIMIT 1`,
      )
      .bind(handoffId, JSON.stringify(unsent))
      .first();
    if (!pending) return replies;
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
}

/**
 * Waits while a post of an earlier reply of the handoff into the same Slack thread
 * (`channelId`'s) is still untried: pending, no attempt counted. Replies queued together (the
 * catch-up when a handoff's thread is recorded, two replies in one batch) are attempted side by
 * side, and the team should read them in the order they were written. As for the emails, an
 * earlier post that has failed once already, or is still untried after five seconds, is not
 * waited for: a failing post never holds back the next.
 */
export async function waitForEarlierReplyPosts(
  db: D1Database,
  handoffId: string,
  channelId: string,
  replyId: string,
): Promise<void> {
  for (let waited = 0; waited < MAX_WAIT_MS; waited += WAIT_STEP_MS) {
    const pending = await db
      .prepare(
        `SELECT 1 AS found FROM deliveries d JOIN replies r ON r.id = d.subject_id
         WHERE d.handoff_id = ?1 AND d.kind = 'reply' AND d.status = 'pending' AND d.attempts = 0
           AND d.channel_id = ?2 || ':' || r.id
           AND (r.created_at, r.rowid) < (SELECT created_at, rowid FROM replies WHERE id = ?3)
         LIMIT 1`,
      )
      .bind(handoffId, channelId, replyId)
      .first();
    if (!pending) return;
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
}
