/**
 * A Slack app's post recorded so that it is made once. Slack's `chat.postMessage` takes no
 * idempotency key, and the app's scopes (`chat:write`, `users:read`) cannot read the channel's
 * history to look a message up, so the only way not to post twice is to never lose the fact
 * that Slack said 200. Before the second reliability review (docs/operations.md) a D1 failure
 * storing the thread after Slack's 200 made the attempt a crash, and its retry posted the
 * handoff again: two messages in the team's channel, and replies in the first reached no one.
 *
 * Now the thread and the delivery's success are one D1 batch (both or neither), tried a few
 * times within the attempt; if D1 still refuses, the post is written to KV, a store apart from
 * D1, before the attempt fails, and the next attempt finds it there (or, for a handoff, the
 * thread in D1) and records it instead of posting. What remains: a worker that dies between
 * Slack's 200 and these writes, an answer cut off before its ts was read, or a retry read at
 * another location before KV's write reached it (about a minute), post again.
 */
import {
  configuredChannelId,
  type Delivery,
  insertRepliesIntoSlackThread,
  listPendingFollowUpsStatement,
  markDeliveredStatement,
} from "./deliveries-store.ts";
import {
  getSlackThreadTs,
  type SlackThread,
  saveSlackThreadStatement,
} from "./slack-threads-store.ts";

/** Waits before each try of the D1 write after a post: at once, then 0.25 s, then 1 s. */
const RECORD_WAITS_MS = [0, 250, 1_000];
/** How long KV keeps a post D1 would not take: past the 20 attempts' 13 hours, with room. */
const KEPT_SECONDS = 7 * 24 * 60 * 60;

/**
 * How long KV may answer "missing" for a key it was asked about before it was written: a read
 * caches its answer at that location for 60 s, a miss too. A post kept in KV is looked for only
 * once that long has passed since any read of the key: the first attempt of a fresh delivery
 * does not look, and a post kept is tried again no sooner (`SlackPostUnrecorded`).
 */
export const KV_READ_CACHE_MS = 60_000;

/**
 * Thrown when Slack took a post and D1 refused to record it, after the post was kept in KV: the
 * attempt crashed, and its retry must wait out KV's cache (`retryNotBefore`).
 */
export class SlackPostUnrecorded extends Error {
  readonly retryNotBefore: string;
  constructor(cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Slack took the post but D1 refused to record it (kept to be recorded): ${reason}`, {
      cause,
    });
    this.name = "SlackPostUnrecorded";
    this.retryNotBefore = new Date(Date.now() + KV_READ_CACHE_MS + 5_000).toISOString();
  }
}

/** The KV key of a Slack post D1 would not take, by delivery. */
export const slackPostKey = (deliveryId: string): string => `v1:slack-posted:${deliveryId}`;

/**
 * What a post made: a handoff's thread (to save), or nothing to save (a follow-up, a reply);
 * `kept` when it was read back from KV, to be removed there once D1 has it.
 */
export type SlackPost = { thread: SlackThread | null; missing?: string; kept?: true };

/**
 * Stores a post Slack answered 200: the handoff's thread, if any, with the delivery's success.
 * For a handoff's post, answers what was waiting for its thread, to be queued now: the posts
 * into it it stored for the team replies written while the post was pending
 * (`insertRepliesIntoSlackThread`; in the same batch, so a reply is either seen by it or sees
 * the thread itself), and the visitor's follow-ups to this channel still pending (held back
 * until the thread exists: dispatch.ts). Throws `SlackPostUnrecorded` when D1 refuses every
 * try, after writing the post to KV for the next attempt.
 */
export async function recordSlackPost(
  env: { DB: D1Database; SITES: KVNamespace },
  delivery: Delivery,
  post: SlackPost,
): Promise<string[]> {
  const now = () => new Date().toISOString();
  const into = { handoffId: delivery.handoffId, channelId: configuredChannelId(delivery) };
  const statements = () => [
    markDeliveredStatement(env.DB, delivery.id, delivery.attempts + 1, now(), post.missing),
    ...(post.thread ? [saveSlackThreadStatement(env.DB, post.thread)] : []),
    // A handoff's post: its thread is in D1 after this batch (saved now, or by an earlier
    // attempt), so what was written meanwhile goes into it.
    ...(delivery.kind === "handoff"
      ? [
          insertRepliesIntoSlackThread(env.DB, into, now()),
          listPendingFollowUpsStatement(env.DB, into),
        ]
      : []),
  ];
  let failure: unknown;
  for (const wait of RECORD_WAITS_MS) {
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    try {
      const results = await env.DB.batch<{ id: string }>(statements());
      // Kept in KV by an earlier attempt and in D1 now: the copy is no longer needed.
      if (post.kept) await env.SITES.delete(slackPostKey(delivery.id)).catch(() => undefined);
      if (delivery.kind !== "handoff") return [];
      const [replies, followUps] = results.slice(-2);
      return [...(replies?.results ?? []), ...(followUps?.results ?? [])].map((row) => row.id);
    } catch (error) {
      failure = error;
    }
  }
  const kept = { thread: post.thread, missing: post.missing };
  await env.SITES.put(slackPostKey(delivery.id), JSON.stringify(kept), {
    expirationTtl: KEPT_SECONDS,
  });
  throw new SlackPostUnrecorded(failure);
}

/**
 * A post an earlier attempt made and could not fully record, or null: the handoff's thread in D1
 * (stored by an attempt before the two writes were one batch), or the post kept in KV.
 */
export async function findEarlierSlackPost(
  env: { DB: D1Database; SITES: KVNamespace },
  delivery: Delivery,
  handoffId: string,
  channelId: string,
): Promise<SlackPost | null> {
  if (delivery.kind === "handoff" && (await getSlackThreadTs(env.DB, handoffId, channelId))) {
    return { thread: null };
  }
  // A delivery's first attempt, fresh: nothing can be kept yet, and a read now would cache a
  // miss that could hide the post this attempt may keep (KV_READ_CACHE_MS).
  const fresh = Date.now() - Date.parse(delivery.createdAt) < KV_READ_CACHE_MS;
  if (delivery.attempts === 0 && fresh) return null;
  const kept = await env.SITES.get<SlackPost>(slackPostKey(delivery.id), "json");
  return kept ? { thread: kept.thread ?? null, missing: kept.missing, kept: true } : null;
}
