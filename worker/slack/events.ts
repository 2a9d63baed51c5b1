import { Hono } from "hono";
import { isLocalDevelopment, type AppEnv } from "../env.ts";
import { AppError } from "../errors.ts";
import { slackUserName } from "../channels/slack-app.ts";
import { postReply, replyAuthorFromName, replyTextSchema } from "../handoff/reply.ts";
import { findHandoffOfSlackThread } from "../handoff/slack-threads-store.ts";
import { getHandoff } from "../handoff/store.ts";
import { siteIdFromPath } from "../http/ids.ts";
import { enforceSlackEventLimit } from "../http/rate-limit.ts";
import { readBytesUpTo } from "../http/read-body.ts";
import { liveNotifier } from "../live/notify.ts";
import { getSiteConfig } from "../sites/store.ts";
import * as v from "valibot";
import { couldBeSlackSigned, isSlackSignature } from "./signature.ts";
import { siteBindings } from "../sites/site-database.ts";

const MAX_EVENT_BYTES = 64 * 1024;

/** The parts of a Slack Events API request Clarifier reads. */
const EventSchema = v.variant("type", [
  v.object({ type: v.literal("url_verification"), challenge: v.string() }),
  v.object({
    type: v.literal("event_callback"),
    event_id: v.optional(v.string()),
    event: v.looseObject({
      type: v.string(),
      subtype: v.optional(v.string()),
      bot_id: v.optional(v.string()),
      user: v.optional(v.string()),
      text: v.optional(v.string()),
      channel: v.optional(v.string()),
      ts: v.optional(v.string()),
      thread_ts: v.optional(v.string()),
    }),
  }),
]);

/**
 * `POST /slack/events/{site}`: the Events API endpoint of a site's Slack app. Only a request
 * signed with the signing secret of one of the site's Slack app channels is read (401 otherwise);
 * Slack's URL check is answered. A person's message in a handoff's thread becomes a team reply,
 * under their Slack name, exactly once: Slack retries (`x-slack-retry-num`) an event when our
 * answer failed or took over 3 s, so a retry is handled like the first delivery, and the reply
 * is keyed by the message (channel and ts) and the event_id, so a message already turned into a
 * reply (by an earlier delivery, or one still running) adds nothing. A request without a fresh,
 * well-formed signature is a 401 before anything is read; past its sender's budget
 * (`enforceSlackEventLimit`) a 429 before the body, the config or any HMAC.
 */
export const slackRoutes = new Hono<AppEnv>().post("/events/:site", async (c) => {
  const site = siteIdFromPath(c.req.param("site"));
  const now = Math.floor(Date.now() / 1000);
  const timestamp = c.req.header("x-slack-request-timestamp");
  const signature = c.req.header("x-slack-signature");
  // What costs nothing first: a request that cannot be signed now is refused without counting.
  if (!couldBeSlackSigned(timestamp, signature, now)) throw notSigned();
  // Then the sender's budget, before the body, the site's config and the HMACs (docs/security.md,
  // the sixth pass): signed or not, a request past it is a 429, which Slack retries.
  await enforceSlackEventLimit(c);
  const raw = new TextDecoder().decode(await readBytesUpTo(c.req.raw, MAX_EVENT_BYTES));
  const config = await getSiteConfig(c.env.SITES, site).catch(() => null);
  let channel = null;
  for (const candidate of config?.channels ?? []) {
    if (
      candidate.type === "slack-app" &&
      (await isSlackSignature(candidate.signingSecret, timestamp, raw, signature, now))
    ) {
      channel = candidate;
      break;
    }
  }
  if (!channel) throw notSigned();
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError("invalid_json", "The body is not valid JSON.");
  }
  const parsed = v.safeParse(EventSchema, json);
  // Other kinds of callback (app_rate_limited, …) need no answer but an acknowledgement.
  if (!parsed.success) return c.body(null, 200);
  const body = parsed.output;
  if (body.type === "url_verification") return c.json({ challenge: body.challenge });
  const event = body.event;
  const inThread = event.thread_ts && event.ts && event.thread_ts !== event.ts;
  // The bot's own posts, edits and joins are not the team writing to the visitor.
  if (event.type !== "message" || event.subtype || event.bot_id || !inThread || !event.channel) {
    return c.body(null, 200);
  }
  // The site's shard: its Slack threads and handoffs live there.
  const shard = siteBindings(c.env, site, config);
  const handoffId = await findHandoffOfSlackThread(
    shard.DB,
    channel.id,
    event.channel,
    event.thread_ts ?? "",
  );
  // Only this site's handoff: channel ids are each site's own names ("team-slack" on many
  // sites), sites share a database, and this request is proven to be only this site's app.
  const found = handoffId ? await getHandoff(shard.DB, handoffId) : null;
  const handoff = found?.site === site ? found : null;
  const text = v.safeParse(replyTextSchema, slackToPlainText(event.text ?? ""));
  if (!handoff || !text.success) return c.body(null, 200);
  // Whatever the Slack user typed (a guest's or a Slack Connect partner's too): held to the
  // author rule, as an email's From name is.
  const author = event.user
    ? replyAuthorFromName(await slackUserName(channel, event.user, isLocalDevelopment(c.env)))
    : null;
  // Not posted back into the thread it was written in.
  await postReply(
    shard,
    handoff,
    { text: text.output, author, via: "slack" },
    liveNotifier(c.env),
    {
      fromSlackChannel: channel.id,
      source: { key: `slack:${event.channel}:${event.ts}`, eventId: body.event_id ?? null },
    },
  );
  return c.body(null, 200);
});

function notSigned(): AppError {
  return new AppError("unauthorized", "This request is not signed by the site's Slack app.");
}

/**
 * Slack's message text as the visitor should read it: `<url|label>` as the label and the URL,
 * `<url>` as the URL, mentions dropped to their label, and `&lt; &gt; &amp;` unescaped (the
 * widget renders text, never markup).
 *
 * @example
 * slackToPlainText("See <https://acme.example/track|tracking> &amp; thanks"); // "See tracking (https://acme.example/track) & thanks"
 */
export function slackToPlainText(text: string): string {
  return text
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, "$2 ($1)")
    .replace(/<(https?:[^>]+)>/g, "$1")
    .replace(/<[@#!][^|>]*\|([^>]+)>/g, "$1")
    .replace(/<[@#!][^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
