import PostalMime from "postal-mime";
import { MAX_REPLY_AUTHOR_LENGTH } from "../../shared/limits.ts";
import { adminTokenProblem } from "../admin/auth.ts";
import { getHandoff } from "../handoff/store.ts";
import { postReply, replyAuthorSchema, replyTextSchema } from "../handoff/reply.ts";
import { liveNotifier } from "../live/notify.ts";
import { getSiteConfig } from "../sites/store.ts";
import * as v from "valibot";
import { stripQuotedReply } from "./quoted-text.ts";
import { handoffOfReplyAddress } from "./reply-address.ts";
import { locateHandoff } from "../handoff/locate.ts";

/** The part of an incoming message the handler reads (`ForwardableEmailMessage` has it). */
export type IncomingEmail = Pick<ForwardableEmailMessage, "from" | "to" | "raw" | "setReject">;

/**
 * The worker's `email()` handler: a team member answering a handoff's notification by email.
 * The message must come to that handoff's signed reply address, from one of the addresses the
 * site's email channels notify (the team); its new text, without the quoted history, becomes a
 * team reply. Anything else is rejected with a reason the sender's mail system reports back.
 * The visitor is emailed the reply only when the team's message didn't already go to them
 * (the notification's Reply-To names both the visitor and this address).
 */
export async function handleInboundEmail(message: IncomingEmail, env: Env): Promise<void> {
  // Reply addresses are signed with ADMIN_TOKEN: unset or short enough to guess (admin access
  // is closed then, answerIdKey refuses it too), a signature proves nothing, and anyone could
  // write a "team reply" into any handoff whose id they know (a visitor knows their own).
  if (adminTokenProblem(env.ADMIN_TOKEN)) {
    return message.setReject("Answering handoffs by email is closed on this installation.");
  }
  const handoffId = await handoffOfReplyAddress(env.ADMIN_TOKEN, message.to);
  const found = handoffId ? await locateHandoff(env, handoffId, getHandoff) : null;
  if (!found) return message.setReject("This reply address is not one Clarifier gave out.");
  const { handoff, shard } = found;
  const config = await getSiteConfig(env.SITES, handoff.site).catch(() => null);
  const team = new Set(
    (config?.channels ?? []).flatMap((c) => (c.type === "email" ? c.to : [])).map(lower),
  );
  if (!team.has(lower(message.from))) {
    return message.setReject("Only the site's team can answer this handoff by email.");
  }
  const email = await PostalMime.parse(message.raw);
  const text = v.safeParse(replyTextSchema, stripQuotedReply(email.text ?? ""));
  if (!text.success) {
    return message.setReject("The reply had no text of its own above the quoted message.");
  }
  const recipients = [...(email.to ?? []), ...(email.cc ?? [])].flatMap((a) =>
    a.address ? [lower(a.address)] : [],
  );
  const visitorHasIt =
    handoff.visitorEmail !== null && recipients.includes(lower(handoff.visitorEmail));
  await postReply(
    shard,
    handoff,
    { text: text.output, author: authorOf(email.from?.name) ?? message.from, via: "email" },
    liveNotifier(env),
    { emailVisitor: !visitorHasIt },
  );
}

/**
 * The From header's name as a reply's author, or null: whatever the sending client wrote, so it
 * is held to what every author is (one line, visible, at most `MAX_REPLY_AUTHOR_LENGTH`
 * characters; longer is cut, not refused, as the answer itself is fine).
 */
function authorOf(name: string | undefined): string | null {
  // Cut in UTF-16 units, as the limit counts, never through a surrogate pair.
  const line = (name ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_REPLY_AUTHOR_LENGTH);
  return v.parse(replyAuthorSchema, line.replace(/[\uD800-\uDBFF]$/, "") || null);
}

function lower(address: string): string {
  return address.trim().toLowerCase();
}
