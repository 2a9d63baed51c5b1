import PostalMime from "postal-mime";
import { MAX_INBOUND_EMAIL_BYTES } from "../../shared/limits.ts";
import { adminTokenProblem } from "../admin/auth.ts";
import { getHandoff } from "../handoff/store.ts";
import { postReply, replyAuthorFromName, replyTextSchema } from "../handoff/reply.ts";
import { liveNotifier } from "../live/notify.ts";
import { getSiteConfig } from "../sites/store.ts";
import * as v from "valibot";
import { judgeSender } from "./authentication-results.ts";
import { stripQuotedReply } from "./quoted-text.ts";
import { handoffOfReplyAddress } from "./reply-address.ts";
import { locateHandoff } from "../handoff/locate.ts";

/** The part of an incoming message the handler reads (`ForwardableEmailMessage` has it). */
export type IncomingEmail = Pick<ForwardableEmailMessage, "from" | "to" | "raw" | "setReject">;

type InboundEnv = Env & {
  /**
   * "true": refuse a reply that carries no `Authentication-Results` of Email Routing. Unset or
   * anything else: take it (a verdict that says forged is refused either way).
   */
  REQUIRE_EMAIL_AUTH?: string;
};

/**
 * The worker's `email()` handler: a team member answering a handoff's notification by email.
 * The message must come to that handoff's signed reply address, from one of the addresses the
 * site's email channels notify (the team), and Email Routing's `Authentication-Results` must
 * not say that sender is forged; its new text, without the quoted history, becomes a team reply.
 * Anything else is rejected with a reason the sender's mail system reports back.
 * The visitor is emailed the reply only when the team's message didn't already go to them
 * (the notification's Reply-To names both the visitor and this address).
 */
export async function handleInboundEmail(message: IncomingEmail, env: InboundEnv): Promise<void> {
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
  // Only the message's first MAX_INBOUND_EMAIL_BYTES are read, which hold its text: postal-mime
  // reads what it is given whole and decodes every attachment, and a message of Email Routing's
  // 25 MiB took about 100 MB of buffers (in Node), most of the isolate's 128 MB, which the
  // visitors' requests share; anyone who has a reply address (a visitor sees one when the team
  // answers all) and names a team address in the envelope got that far.
  const { bytes, cut } = await readAtMost(message.raw, MAX_INBOUND_EMAIL_BYTES);
  // postal-mime refuses a message nested deeper than 256 parts or with over 2 MiB of headers
  // (its own limits against parser exhaustion): that is the sender's message, rejected with a
  // reason, not a handler that throws and leaves the team's mail system guessing.
  const email = await PostalMime.parse(bytes).catch(() => null);
  if (!email) return message.setReject("The message could not be read as MIME.");
  // The envelope sender is a team address, but anyone can write that in an envelope: Email
  // Routing's verdict on it decides. postal-mime's header list keeps each header apart and in
  // order (`message.headers.get` joins repeated ones with ", ", and which came first matters).
  const verdict = judgeSender(email.headers, message.from, email.from?.address);
  if (verdict.kind === "forged") {
    return message.setReject(`The sender's address failed authentication (${verdict.why}).`);
  }
  if (verdict.kind === "unchecked" && emailAuthRequired(env)) {
    return message.setReject("The message carries no sender authentication by the mail service.");
  }
  const text = v.safeParse(replyTextSchema, stripQuotedReply(email.text ?? ""));
  if (!text.success) {
    return message.setReject(
      cut
        ? `The message is over ${MAX_INBOUND_EMAIL_BYTES / 1024 / 1024} MB and its first ${MAX_INBOUND_EMAIL_BYTES / 1024 / 1024} MB held no reply: send the text first, without attachments (they never reach the visitor), or answer on the dashboard.`
        : "The reply had no text of its own above the quoted message.",
    );
  }
  const recipients = [...(email.to ?? []), ...(email.cc ?? [])].flatMap((a) =>
    a.address ? [lower(a.address)] : [],
  );
  const visitorHasIt =
    handoff.visitorEmail !== null && recipients.includes(lower(handoff.visitorEmail));
  await postReply(
    shard,
    handoff,
    {
      text: text.output,
      author: replyAuthorFromName(email.from?.name) ?? message.from,
      via: "email",
    },
    liveNotifier(env),
    { emailVisitor: !visitorHasIt },
  );
}

/**
 * The first `max` bytes of `stream` and whether it held more, the rest never read (cancelled).
 *
 * @example
 * await readAtMost(new Response("abcdef").body, 4); // { bytes: "abcd" as bytes, cut: true }
 */
async function readAtMost(
  stream: ReadableStream<Uint8Array>,
  max: number,
): Promise<{ bytes: Uint8Array; cut: boolean }> {
  const reader = stream.getReader();
  const bytes = new Uint8Array(max);
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { bytes: bytes.subarray(0, length), cut: false };
    const room = max - length;
    bytes.set(value.subarray(0, room), length);
    length += Math.min(room, value.byteLength);
    if (value.byteLength > room) {
      await reader.cancel();
      return { bytes, cut: true };
    }
  }
}

/**
 * Whether a reply needs Email Routing's `Authentication-Results`: only when the operator says so.
 * Email Routing's authserv-id (`CLOUDFLARE_AUTHSERV_ID`) is read off delivered messages, not
 * from Cloudflare's documentation; were it wrong, or renamed, requiring the header by default
 * would refuse every team reply. Taking a message without it loses nothing the check gives: a
 * forged sender still arrives under Email Routing's header, which says so and is refused.
 * `wrangler dev`'s local email endpoint and the tests send none.
 */
function emailAuthRequired(env: InboundEnv): boolean {
  return env.REQUIRE_EMAIL_AUTH === "true";
}

/**
 * An address in ASCII lower case, for comparing: only A-Z are folded. `toLowerCase` folds Unicode
 * too, and maps U+212A KELVIN SIGN to "k": a sender "\u212Aate@\u212Aayak.example" matched the
 * team's kate@kayak.example, while the mail service judged the sender's own domain, one nobody
 * can have registered (no SPF, no DMARC: "none", not forged). Team addresses are ASCII (the
 * channel schema's `isValidEmail`), so no other sender can be one of them.
 */
function lower(address: string): string {
  return address.trim().replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
