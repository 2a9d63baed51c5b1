import * as v from "valibot";
import { ATTEMPT_TIMEOUT_MS, deliverToChannel, emailSettings } from "../channels/deliver.ts";
import { postReplyToSlackApp } from "../channels/slack-app.ts";
import { isLocalDevelopment } from "../env.ts";
import { replyAddress } from "../inbound/reply-address.ts";
import type { SiteConfig } from "../sites/config-schema.ts";
import {
  allDatabases,
  DEFAULT_DATABASE,
  databaseBindings,
  deliveryQueueNames,
  type SiteBindings,
} from "../sites/site-database.ts";
import { getSiteConfig } from "../sites/store.ts";
import { MAX_ATTEMPTS, retryDelaySeconds, untilProbeSeconds } from "./backoff.ts";
import {
  type BatchRoutes,
  deliveryChannel,
  isVisitorEmail,
  readBatchRoutes,
  readOncePerSite,
  type SiteConfigReader,
  suspectDeliveryIds,
} from "./batch-routes.ts";
import { circuitAfter, receiverOf } from "./circuit.ts";
import { claimProbe, getCircuits, putCircuit } from "./circuits-store.ts";
import {
  addEmailSentTo,
  claimDelivery,
  claimOverdueDeliveries,
  type Delivery,
  getDelivery,
  getEmailSentTo,
  getHandoffPostStatus,
  markDelivered,
  markFailed,
  markRetrying,
  releaseDelivery,
  reopenFailedDeliveries,
} from "./deliveries-store.ts";
import { followUpNotice } from "./follow-up.ts";
import { getReply } from "./replies-store.ts";
import { deliverReplyEmail, waitForEarlierReplyPosts } from "./reply-delivery.ts";
import { getSlackThreadTs } from "./slack-threads-store.ts";
import {
  findEarlierSlackPost,
  recordSlackPost,
  type SlackPost,
  SlackPostUnrecorded,
} from "./slack-post-record.ts";
import {
  createLimiter,
  createSendGate,
  isDiverted,
  type LaneReport,
  MAX_IN_FLIGHT,
  SLOW_ANSWER_MS,
  type SendGate,
  sendFreely,
} from "./receiver-lanes.ts";
import { getHandoff } from "./store.ts";
import {
  type DeliveryMessage,
  DeliveryMessageSchema,
  enqueueDeliveries,
  enqueueOrLeaveForSweep,
} from "./delivery-queue.ts";

const DEAD_LETTER_QUEUE = "clarifier-deliveries-dlq";
/** The queue the slow lane's binding (`DELIVERIES_SLOW`) sends to, as wrangler.toml names it. */
export const SLOW_LANE_QUEUE_NAME = "clarifier-deliveries-slow";
/**
 * How long after a delivery is stored a site or channel missing from its config is taken for a
 * stale read rather than a removal: a KV write reaches other locations within about 60 s, so the
 * consumer may read the config from before the owner added the channel the request saw. Before
 * the reliability review of 7 December 2026 such a delivery failed for good on its first attempt.
 */
const CONFIG_PROPAGATION_MS = 120_000;
/** How long one attempt holds its delivery: the attempt's timeout and ample room to record it. */
const ATTEMPT_LEASE_MS = ATTEMPT_TIMEOUT_MS + 50_000;
/** When an attempt whose outcome could not be stored is tried again: just past its lease. */
export const UNRECORDED_RETRY_SECONDS = ATTEMPT_LEASE_MS / 1000 + 5;

/**
 * Starts a fresh round for a handoff's failed deliveries and queues them; returns how many.
 * Delivered and still-pending channels are left alone, so nothing succeeds twice.
 */
export async function redeliverFailed(env: SiteBindings, handoffId: string): Promise<number> {
  const reopened = await reopenFailedDeliveries(env.DB, handoffId, new Date().toISOString());
  await enqueueDeliveries(env, reopened);
  return reopened.length;
}

/**
 * The queue consumer. Each message is acked or retried on its own, so one channel's failure never
 * holds back another's, and a delivery that succeeded is never repeated. Sends go through the
 * invocation's receiver lanes (receiver-lanes.ts): at most 6 at once, 2 per receiver, none to a
 * receiver whose circuit is open (circuit.ts); each receiver's circuit is stored after, in the
 * database of the deliveries that met it. On the delivery queues a send gets a short budget,
 * not the full timeout, and suspect receivers are diverted to the slow lane, so one hanging
 * receiver stalls no one else's batch (receiver-lanes.ts).
 */
export async function handleDeliveryBatch(batch: MessageBatch, env: Env): Promise<void> {
  const deadLetters = batch.queue === DEAD_LETTER_QUEUE;
  const mainLane = !deadLetters && batch.queue !== SLOW_LANE_QUEUE_NAME;
  const byDatabase = new Map<string, { message: Message; body: DeliveryMessage }[]>();
  for (const message of batch.messages) {
    const parsed = v.safeParse(DeliveryMessageSchema, message.body);
    if (!parsed.success) {
      console.error("dropping malformed delivery message", message.id);
      message.ack();
      continue;
    }
    const name = parsed.output.db ?? "DB";
    byDatabase.set(name, [...(byDatabase.get(name) ?? []), { message, body: parsed.output }]);
  }
  const limit = createLimiter(MAX_IN_FLIGHT);
  await Promise.all(
    [...byDatabase].map(async ([name, messages]) => {
      let shard: SiteBindings;
      try {
        shard = databaseBindings(env, name);
      } catch (error) {
        // A binding removed from wrangler.toml: kept until it is declared again, not dropped.
        console.error("delivery names a database this worker does not bind", name, error);
        for (const { message } of messages) message.retry({ delaySeconds: 300 });
        return;
      }
      await handleShardMessages(shard, messages, { deadLetters, mainLane, limit });
    }),
  );
}

/** One database's messages of a batch, with that database's circuits. */
async function handleShardMessages(
  env: SiteBindings,
  messages: { message: Message; body: DeliveryMessage }[],
  options: {
    deadLetters: boolean;
    mainLane: boolean;
    limit: ReturnType<typeof createLimiter>;
  },
): Promise<void> {
  const now = new Date();
  const siteConfig = readOncePerSite((site) => getSiteConfig(env.SITES, site));
  // On the main queues, where each delivery goes is read for the whole batch first, and the
  // deliveries to suspect receivers move to the slow lane before anything is claimed.
  const routes = options.mainLane ? await routeBatch(env, messages, siteConfig) : null;
  const divert = routes ? suspectDeliveryIds(routes) : new Set<string>();
  const suspects: Promise<unknown>[] = [];
  const storeCircuit = (lane: LaneReport) => {
    const next = circuitAfter(lane.circuit, lane.receiver, lane.outcomes, new Date());
    return next ? [putCircuit(env.DB, next)] : [];
  };
  const { gate, reports } = createSendGate({
    loadCircuit: async (receiver) => {
      const known = routes?.circuits;
      if (known?.has(receiver)) return known.get(receiver) ?? null;
      return (await getCircuits(env.DB, [receiver])).get(receiver) ?? null;
    },
    // Half-open for two attempt timeouts: if this invocation dies mid-probe, another may probe.
    claimProbe: (receiver) => {
      const at = Date.now();
      const lease = new Date(at + 2 * ATTEMPT_TIMEOUT_MS).toISOString();
      return claimProbe(env.DB, receiver, new Date(at).toISOString(), lease);
    },
    limit: options.limit,
    now,
    ...(options.mainLane
      ? {
          mainLane: {
            // The contract's full 10 s (an answer within it is delivered, never retried); a
            // send lagging far behind the batch's other receivers is still cut sooner.
            budgetMs: ATTEMPT_TIMEOUT_MS,
            // Stored at once, not after the batch: the next batches divert it from now on.
            onSuspect: (lane: LaneReport) => {
              suspects.push(
                env.DB.batch(storeCircuit(lane)).catch((error) => {
                  console.error("could not mark a receiver suspect", lane.receiver, error);
                }),
              );
            },
          },
        }
      : { slowAfterMs: SLOW_ANSWER_MS }),
  });
  const attempt = ({ message, body }: { message: Message; body: DeliveryMessage }) => {
    const route = routes?.routes.get(body.deliveryId);
    return handleDeliveryMessage(message, body, env, options.deadLetters, gate, {
      ...(route ? { delivery: route.delivery } : {}),
      siteConfig,
    });
  };
  const moving = messages.filter(({ body }) => divert.has(body.deliveryId));
  // Concurrently: a channel that hangs for its whole timeout must not hold up the others.
  await Promise.all([
    ...messages.filter(({ body }) => !divert.has(body.deliveryId)).map(attempt),
    // Beside the attempts, not before them: the move costs the batch no time of its own.
    moving.length > 0
      ? moveToSlowLane(env, moving).then((moved) => {
          // Not moved: attempted here instead, where the gate diverts them one by one.
          if (!moved) return Promise.all(moving.map(attempt));
        })
      : undefined,
  ]);
  await Promise.all(suspects);
  const changed = reports().flatMap(storeCircuit);
  if (changed.length > 0) {
    await env.DB.batch(changed).catch((error) => {
      console.error("could not store receiver circuits", error);
    });
  }
}

/** The batch's reads, or null when they failed: then each message reads its own, as before. */
async function routeBatch(
  env: SiteBindings,
  messages: readonly { body: DeliveryMessage }[],
  siteConfig: SiteConfigReader,
): Promise<BatchRoutes | null> {
  try {
    return await readBatchRoutes(
      env.DB,
      messages.map(({ body }) => body.deliveryId),
      siteConfig,
    );
  } catch (error) {
    console.error("could not read the batch's deliveries; reading them one by one", error);
    return null;
  }
}

/**
 * Moves deliveries to suspect receivers to the slow lane in one send, unclaimed and unsent, and
 * acks their messages; false (none acked) when the send failed.
 */
async function moveToSlowLane(
  env: SiteBindings,
  messages: readonly { message: Message; body: DeliveryMessage }[],
): Promise<boolean> {
  try {
    await env.DELIVERIES_SLOW.sendBatch(
      messages.map(({ body }) => ({
        body: { deliveryId: body.deliveryId, db: env.DATABASE } satisfies DeliveryMessage,
      })),
    );
  } catch (error) {
    console.error("could not move deliveries to the slow lane; attempting them here", error);
    return false;
  }
  for (const { message } of messages) message.ack();
  return true;
}

async function handleDeliveryMessage(
  message: Message,
  body: DeliveryMessage,
  env: SiteBindings,
  deadLetters: boolean,
  gate: SendGate,
  known: KnownReads,
): Promise<void> {
  try {
    if (deadLetters) {
      await giveUp(env.DB, body.deliveryId, "delivery queue gave up on this message");
      message.ack();
      return;
    }
    const outcome = await attemptDelivery(env, body.deliveryId, gate, known);
    if (outcome.divert) {
      // Moved, not attempted: the slow lane's copy carries the delivery from here.
      await env.DELIVERIES_SLOW.send({
        deliveryId: body.deliveryId,
        db: env.DATABASE,
      } satisfies DeliveryMessage);
      message.ack();
    } else if (outcome.retryInSeconds === null) message.ack();
    else message.retry({ delaySeconds: outcome.retryInSeconds });
  } catch (error) {
    console.error("delivery attempt crashed", body.deliveryId, error);
    if (deadLetters) {
      // Giving up could not be stored: nothing was attempted, so only try again.
      message.retry({ delaySeconds: 30 });
      return;
    }
    // A crash is that attempt's outcome: recorded like any failure (counted, its message kept,
    // retried on the backoff schedule, failed after the last attempt), so neither the owner nor
    // the dead-letter queue's give-up is left with "pending, 0 attempts" and no cause.
    try {
      const delivery = await getDelivery(env.DB, body.deliveryId);
      if (delivery?.status !== "pending") {
        message.ack();
        return;
      }
      const reason = error instanceof Error ? error.message : String(error);
      const outcome = await recordFailure(env, delivery, {
        error: `delivery attempt crashed: ${reason.slice(0, 500)}`,
        retryable: true,
        // A Slack post kept in KV: looked for once KV's cached answers have run out.
        ...(error instanceof SlackPostUnrecorded ? { notBefore: error.retryNotBefore } : {}),
      });
      if (outcome.retryInSeconds === null) message.ack();
      else message.retry({ delaySeconds: outcome.retryInSeconds });
    } catch (storageError) {
      // Storage itself failed: the row is untouched and still pending, so let the queue try again,
      // once the attempt's lease has run out. Sooner (30 s, before the second reliability review)
      // the retry found the delivery still held, took it for another attempt's and was acked:
      // the delivery then waited 15 to 20 minutes for the sweep.
      console.error("could not record the crash", body.deliveryId, storageError);
      message.retry({ delaySeconds: UNRECORDED_RETRY_SECONDS });
    }
  }
}

/** What one attempt came to: done (null), retry after so many seconds, or move to the slow lane. */
type AttemptOutcome = { retryInSeconds: number | null; divert?: true };

/**
 * What the consumer already read for an attempt: the delivery's row (null: none), read before
 * the claim as the attempt itself would, and the batch's reader of site configs.
 */
export interface KnownReads {
  delivery?: Delivery | null;
  siteConfig?: SiteConfigReader;
}

/**
 * One attempt at one delivery, with its record updated. `retryInSeconds` null means done. The
 * send goes through `gate`, which may refuse it for its receiver's sake: a retryable failure,
 * recorded and backed off like any other.
 */
export async function attemptDelivery(
  env: Env,
  deliveryId: string,
  gate: SendGate = sendFreely,
  known: KnownReads = {},
): Promise<AttemptOutcome> {
  const delivery =
    known.delivery !== undefined ? known.delivery : await getDelivery(env.DB, deliveryId);
  if (delivery?.status !== "pending") return { retryInSeconds: null };
  // One attempt at a time: a delivery another attempt holds (a sweep's re-send beside a message
  // that was only slow) is left to it, and its own message carries the retries. Every outcome
  // recorded ends the lease; a worker that dies mid-attempt leaves it to expire, and the sweep.
  const now = Date.now();
  const claimed = await claimDelivery(
    env.DB,
    deliveryId,
    new Date(now).toISOString(),
    new Date(now + ATTEMPT_LEASE_MS).toISOString(),
  );
  if (!claimed) return { retryInSeconds: null };
  const handoff = await getHandoff(env.DB, delivery.handoffId);
  if (!handoff)
    return recordFailure(env, delivery, { error: "handoff record is missing", retryable: false });
  if (isVisitorEmail(delivery)) {
    const sent = await gate(null, () => deliverReplyEmail(env, handoff, delivery));
    return sent.ok ? recordSuccess(env, delivery) : recordFailure(env, delivery, sent);
  }
  let config: SiteConfig | null;
  try {
    config = await (known.siteConfig ?? ((site) => getSiteConfig(env.SITES, site)))(handoff.site);
  } catch {
    // An invalid stored config is fixable by the operator: keep trying until they do.
    return recordFailure(env, delivery, {
      error: "the site's stored configuration is invalid",
      retryable: true,
    });
  }
  const channel = deliveryChannel(config, delivery);
  if (!channel) {
    // Fresh, the config read here may be older than the one that stored the delivery: a
    // channel added a minute ago is retried until KV has it everywhere, not failed for good.
    const fresh = Date.now() - Date.parse(delivery.createdAt) < CONFIG_PROPAGATION_MS;
    return recordFailure(env, delivery, {
      error: fresh
        ? `channel "${delivery.channelId}" is not in the site's configuration read here yet`
        : `channel "${delivery.channelId}" is no longer configured`,
      retryable: fresh,
    });
  }
  if (channel.type === "slack-app") {
    // An earlier attempt's post that Slack took but D1 did not: recorded now, not posted again.
    const earlier = await findEarlierSlackPost(env, delivery, handoff.id, channel.id);
    if (earlier) return recordPosted(env, delivery, earlier);
  }
  const notice =
    delivery.kind === "follow_up"
      ? await followUpNotice(env.DB, handoff, delivery.subjectId ?? "")
      : handoff;
  if (!notice) {
    return recordFailure(env, delivery, { error: "the follow-up is missing", retryable: false });
  }
  const slackThreadTs =
    channel.type === "slack-app" && delivery.kind !== "handoff"
      ? await getSlackThreadTs(env.DB, handoff.id, channel.id)
      : null;
  if (
    channel.type === "slack-app" &&
    delivery.kind === "follow_up" &&
    !slackThreadTs &&
    (await getHandoffPostStatus(env.DB, handoff.id, channel.id)) === "pending"
  ) {
    // Posted now it would be a message of its own, before the handoff's, saying "Reply in this
    // thread": a reply there names no handoff's thread and reached no one (the third
    // reliability review). It waits for the handoff's post, which queues it once its thread is
    // recorded (slack-post-record.ts). A handoff whose post failed for good still gets it.
    return recordFailure(env, delivery, {
      error: "waiting for the handoff's own post to this Slack channel, whose thread it goes into",
      retryable: true,
    });
  }
  if (delivery.kind === "reply") {
    // A team reply shown in the Slack thread, so the team there sees the whole conversation.
    const reply = await getReply(env.DB, handoff.id, delivery.subjectId ?? "");
    if (channel.type !== "slack-app" || !reply || !slackThreadTs) {
      return recordFailure(env, delivery, {
        error: "nothing to post this reply to",
        retryable: false,
      });
    }
    // After the earlier replies' posts queued beside it, so the thread reads in order.
    await waitForEarlierReplyPosts(env.DB, delivery.handoffId, channel.id, reply.id);
    const posted = await gate(receiverOf(handoff.site, channel), (timeoutMs, cut) =>
      postReplyToSlackApp(channel, slackThreadTs, reply, isLocalDevelopment(env), {
        timeoutMs,
        signal: cut,
      }),
    );
    if (isDiverted(posted)) return divert(env, delivery);
    return posted.ok
      ? recordPosted(env, delivery, { thread: null })
      : recordFailure(env, delivery, posted);
  }
  // Signed only for the channel that uses it: an email's Reply-To.
  const email = {
    ...emailSettings(env),
    replyAddress:
      channel.type === "email"
        ? await replyAddress(env.ADMIN_TOKEN, env.REPLY_DOMAIN, handoff.id)
        : null,
    // Each address once: an earlier attempt's are skipped, each sent now recorded as it goes.
    sent:
      channel.type === "email"
        ? {
            already: await getEmailSentTo(env.DB, delivery.id),
            record: (to: string) => addEmailSentTo(env.DB, delivery.id, to),
          }
        : undefined,
  };
  // Through the receiver's lane: a receiver that hangs, or whose circuit is open, holds up only
  // its own deliveries (receiver-lanes.ts).
  const result = await gate(receiverOf(handoff.site, channel), (timeoutMs, cut) =>
    deliverToChannel({
      timeoutMs,
      signal: cut,
      deliveryId,
      slackThreadTs,
      handoff: notice,
      channel,
      now: new Date(),
      email,
      localDevelopment: isLocalDevelopment(env),
    }),
  );
  if (isDiverted(result)) return divert(env, delivery);
  if (result.ok && channel.type === "slack-app") {
    // The thread and the success in one write, kept in KV if D1 refuses it (slack-post-record.ts).
    const thread =
      result.slackThread && delivery.kind === "handoff"
        ? {
            handoffId: handoff.id,
            channelId: channel.id,
            slackChannel: result.slackThread.channel,
            ts: result.slackThread.ts,
          }
        : null;
    // What Slack's answer lacked matters for the handoff's own post, the thread's root.
    const missing = delivery.kind === "handoff" ? result.missing : undefined;
    return recordPosted(env, delivery, { thread, missing });
  }
  return result.ok ? recordSuccess(env, delivery) : recordFailure(env, delivery, result);
}

/** A Slack app's post Slack took, stored once (slack-post-record.ts); throws if D1 refuses it. */
async function recordPosted(
  env: Env,
  delivery: Delivery,
  post: SlackPost,
): Promise<{ retryInSeconds: null }> {
  const replies = await recordSlackPost(env, delivery, post);
  // The team replies written and the follow-ups held back while the handoff's post was pending,
  // now that their thread is known: queued after the handoff's success is stored, so they never
  // hold it up, and left to the sweep if the queue refuses them (a follow-up's own retry, too).
  await enqueueOrLeaveForSweep(
    {
      DELIVERIES: env.DELIVERIES,
      DATABASE: (env as Partial<SiteBindings>).DATABASE ?? DEFAULT_DATABASE,
    },
    replies,
    `what waited for handoff ${delivery.handoffId}'s Slack thread on`,
  );
  return { retryInSeconds: null };
}

/**
 * A send the gate diverted to the slow lane: nothing was sent, so the claim is given back
 * uncounted and the consumer moves the message.
 */
async function divert(env: Env, delivery: Delivery): Promise<AttemptOutcome> {
  await releaseDelivery(env.DB, delivery.id);
  return { retryInSeconds: null, divert: true };
}

async function recordSuccess(env: Env, delivery: Delivery): Promise<{ retryInSeconds: null }> {
  await markDelivered(env.DB, delivery.id, delivery.attempts + 1, new Date().toISOString());
  return { retryInSeconds: null };
}

async function recordFailure(
  env: Env,
  delivery: Delivery,
  failure: {
    error: string;
    retryable: boolean;
    notBefore?: string;
    maxAttempts?: number;
    onGivingUp?: string;
  },
): Promise<{ retryInSeconds: number | null }> {
  const db = env.DB;
  const baseDelaySeconds = Number(env.DELIVERY_RETRY_BASE_SECONDS) || undefined;
  const attempts = delivery.attempts + 1;
  const now = new Date();
  // A refusal may allow fewer attempts than the round's (a webhook's 404: refusal.ts).
  const allowed = Math.min(MAX_ATTEMPTS, failure.maxAttempts ?? MAX_ATTEMPTS);
  if (!failure.retryable || attempts - delivery.roundStart >= allowed) {
    const lastError = failure.onGivingUp ? `${failure.error} ${failure.onGivingUp}` : failure.error;
    await markFailed(db, delivery.id, { attempts, lastError }, now.toISOString());
    return { retryInSeconds: null };
  }
  // Skipped for an open circuit: back once its probe may go, not every backoff step before.
  const delay = Math.max(
    retryDelaySeconds(attempts - delivery.roundStart, baseDelaySeconds),
    failure.notBefore ? untilProbeSeconds(failure.notBefore, now) : 0,
  );
  const nextAttemptAt = new Date(now.getTime() + delay * 1000).toISOString();
  await markRetrying(
    db,
    delivery.id,
    { attempts, lastError: failure.error, nextAttemptAt },
    now.toISOString(),
  );
  return { retryInSeconds: delay };
}

async function giveUp(db: D1Database, deliveryId: string, reason: string): Promise<void> {
  const delivery = await getDelivery(db, deliveryId);
  if (delivery?.status !== "pending") return;
  await markFailed(
    db,
    deliveryId,
    { attempts: delivery.attempts, lastError: delivery.lastError ?? reason },
    new Date().toISOString(),
  );
}

// Long enough that a message merely waiting in the queue is not sent twice.
const OVERDUE_AFTER_SECONDS = 15 * 60;

/**
 * How long past its due time a pending delivery counts as having lost its queue message: 15
 * minutes, or the optional var DELIVERY_OVERDUE_SECONDS, which `npm run soak` scales down with
 * the retry schedule. Optional vars are not in the generated `Env`, so it is read here.
 */
function overdueAfterMs(env: Env): number {
  const value = Number((env as unknown as Record<string, unknown>).DELIVERY_OVERDUE_SECONDS);
  return (Number.isFinite(value) && value > 0 ? value : OVERDUE_AFTER_SECONDS) * 1000;
}

// A queue's sendBatch takes at most 100 messages.
const SWEEP_PAGE = 100;
// 2 subrequests a page (one D1 statement, one sendBatch): 400 pages, 40,000 deliveries, stays
// well inside an invocation's 1,000 D1 queries; a larger backlog goes on at the next run.
const MAX_SWEEP_PAGES = 400;

/**
 * The cron safety net: a pending delivery far past its due time lost its queue message (the
 * enqueue after the 202 failed, or the worker died holding it). Send it again so that an accepted handoff is never lost. Pages
 * through every overdue delivery, not one page a run, so that a sustained overflow of the queue
 * is absorbed by the next sweep; answers how many it sent.
 */
export async function sweepOverdueDeliveries(env: Env, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - overdueAfterMs(env)).toISOString();
  const due = now.toISOString();
  // Every bound database (sites are sharded over them), within one invocation's page budget;
  // pages spread over the delivery queues, since any of them reaches the same consumer.
  const queues = deliveryQueueNames(env).map(
    (name) => (env as unknown as Record<string, Queue>)[name] as Queue,
  );
  let sent = 0;
  let page = 0;
  for (const { name, db } of allDatabases(env)) {
    for (; page < MAX_SWEEP_PAGES; page += 1) {
      // Claimed (due now) before they are sent: if the send fails they are overdue again in
      // 15 minutes and the sweep after that tries again.
      const ids = await claimOverdueDeliveries(db, before, due, SWEEP_PAGE);
      const queue = queues[page % queues.length] ?? env.DELIVERIES;
      await enqueueDeliveries({ DELIVERIES: queue, DATABASE: name }, ids);
      sent += ids.length;
      if (ids.length < SWEEP_PAGE) {
        page += 1;
        break;
      }
    }
  }
  return sent;
}
