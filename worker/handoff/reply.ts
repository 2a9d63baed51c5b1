import * as v from "valibot";
import { isValidEmail } from "../../shared/email.ts";
import { MAX_REPLY_AUTHOR_LENGTH, MAX_REPLY_LENGTH } from "../../shared/limits.ts";
import { hasVisibleText } from "../../shared/visible-text.ts";
import { newId } from "../http/ids.ts";
import { insertDeliveryOfStoredReply, insertReplyIntoSlackThreads } from "./deliveries-store.ts";
import { enqueueOrLeaveForSweep } from "./delivery-queue.ts";
import {
  getReplyFromSource,
  insertReply,
  type Reply,
  type ReplySource,
  type ReplyVia,
} from "./replies-store.ts";
import type { Handoff } from "./store.ts";
import type { SiteBindings } from "../sites/site-database.ts";

/** The channel id of a reply's email to the visitor (`visitor-email:<replyId>` per reply). */
export const VISITOR_EMAIL_CHANNEL = "visitor-email";

/** A team reply's text: something visible, NULs removed, at most `MAX_REPLY_LENGTH`. */
export const replyTextSchema = v.pipe(
  v.string("must be a string."),
  v.transform((text) => text.replaceAll("\u0000", "")),
  v.trim(),
  v.check(hasVisibleText, "must contain some text, not only spaces or invisible characters."),
  v.maxLength(MAX_REPLY_LENGTH, `must be at most ${MAX_REPLY_LENGTH} characters.`),
);

/** Who wrote a reply, when known: a name on one line, or null. */
export const replyAuthorSchema = v.optional(
  v.nullable(
    v.pipe(
      v.string("must be a string or null."),
      v.transform((name) => name.replace(/\s+/g, " ").trim()),
      v.maxLength(
        MAX_REPLY_AUTHOR_LENGTH,
        `must be at most ${MAX_REPLY_AUTHOR_LENGTH} characters.`,
      ),
      v.transform((name) => (hasVisibleText(name) ? name : null)),
    ),
  ),
  null,
);

/**
 * A name another system gives a reply's author (an email's From name, a Slack user's name) as
 * the author, or null: whatever its owner typed, so it is held to what every author is (one
 * line, visible, at most `MAX_REPLY_AUTHOR_LENGTH` characters; longer is cut, not refused, as
 * the reply itself is fine).
 *
 * @example
 * replyAuthorFromName("  Maria\n Jensen "); // "Maria Jensen"
 */
export function replyAuthorFromName(name: string | null | undefined): string | null {
  // Cut in UTF-16 units, as the limit counts, never through a surrogate pair.
  const line = (name ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_REPLY_AUTHOR_LENGTH);
  return v.parse(replyAuthorSchema, line.replace(/[\uD800-\uDBFF]$/, "") || null);
}

/**
 * The live side of a reply: tells an open widget (a no-op where there is none). `site` is the
 * handoff's: a conversation id is unique only per database, so the live object is the site's.
 */
export type ReplyNotifier = (reply: Reply, site: string) => Promise<void>;

/**
 * Stores a team reply to a handoff and, when the visitor left an address (and hasn't got the
 * reply already: `emailVisitor` false), a pending email of it in the same batch, so the reply
 * is kept whatever happens to the sending, and one per Slack app thread of the handoff (but the
 * one it was written in). Then queues them (the cron sweep re-sends them if this fails) and
 * tells an open widget.
 *
 * With a `source` (a Slack message, which Slack may deliver again), a message the handoff
 * already has a reply from stores, queues and tells nothing, and its stored reply is returned:
 * the batch's reply insert does nothing on the unique key and its deliveries need the reply's
 * row, so this holds even when two deliveries of the message run at once.
 */
export async function postReply(
  env: Pick<SiteBindings, "DB" | "DELIVERIES" | "DATABASE">,
  handoff: Handoff,
  /** `authorId`: the signed-in member's id ("admin" for the token holder), for the dashboard. */
  input: { text: string; author: string | null; authorId?: string | null; via: ReplyVia },
  notify: ReplyNotifier,
  options: { emailVisitor?: boolean; fromSlackChannel?: string; source?: ReplySource } = {},
): Promise<Reply> {
  const reply: Reply = {
    id: newId(),
    handoffId: handoff.id,
    conversationId: handoff.conversationId,
    text: input.text,
    author: input.author,
    authorId: input.authorId ?? null,
    via: input.via,
    createdAt: new Date().toISOString(),
  };
  const email =
    options.emailVisitor !== false &&
    handoff.visitorEmail !== null &&
    isValidEmail(handoff.visitorEmail)
      ? {
          id: newId(),
          handoffId: handoff.id,
          channelId: VISITOR_EMAIL_CHANNEL,
          channelType: "email",
          kind: "reply" as const,
          subjectId: reply.id,
        }
      : null;
  const source = options.source ?? null;
  const [stored, posts] = await env.DB.batch<{ id: string }>([
    insertReply(env.DB, reply, source),
    // Into the threads that exist as this batch runs (see insertReplyIntoSlackThreads).
    insertReplyIntoSlackThreads(
      env.DB,
      {
        handoffId: handoff.id,
        replyId: reply.id,
        exceptChannelId: input.via === "slack" ? (options.fromSlackChannel ?? null) : null,
      },
      reply.createdAt,
    ),
    ...(email ? [insertDeliveryOfStoredReply(env.DB, email, reply.createdAt)] : []),
  ]);
  if (source && stored?.meta.changes === 0) {
    return (await getReplyFromSource(env.DB, handoff.id, source)) ?? reply;
  }
  await enqueueOrLeaveForSweep(
    env,
    [...(email ? [email.id] : []), ...(posts?.results ?? []).map((row) => row.id)],
    `reply ${reply.id} on`,
  );
  try {
    await notify(reply, handoff.site);
  } catch (error) {
    // The widget still reads it by polling; nothing is lost.
    console.error("could not tell an open widget of a reply", reply.id, error);
  }
  return reply;
}
