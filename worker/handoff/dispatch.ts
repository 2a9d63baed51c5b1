import * as v from "valibot";
import { ATTEMPT_TIMEOUT_MS } from "../channels/deliver.ts";
import { prepareAttempt, recordFailure, recordResult } from "./attempt.ts";
import { type Circuit, circuitAfter, circuitGate } from "./circuit.ts";
import { claimProbe, getCircuits, putCircuit } from "./circuits-store.ts";
import {
  claimOverdueDeliveries,
  getDelivery,
  markFailed,
  reopenFailedDeliveries,
} from "./deliveries-store.ts";
import {
  createLimiter,
  type LaneGate,
  type LaneTask,
  MAX_IN_FLIGHT,
  runLanes,
} from "./receiver-lanes.ts";

/** The queue message: one per (handoff, channel). Everything else is read from D1 and KV. */
export const DeliveryMessageSchema = v.object({ deliveryId: v.pipe(v.string(), v.minLength(1)) });
export type DeliveryMessage = v.InferOutput<typeof DeliveryMessageSchema>;

const DEAD_LETTER_QUEUE = "clarifier-deliveries-dlq";

/** Queues deliveries; a failure here leaves them pending for `sweepOverdueDeliveries`. */
export async function enqueueDeliveries(
  queue: Queue,
  deliveryIds: readonly string[],
): Promise<void> {
  if (deliveryIds.length === 0) return;
  await queue.sendBatch(
    deliveryIds.map((deliveryId) => ({ body: { deliveryId } satisfies DeliveryMessage })),
  );
}

/**
 * Starts a fresh round for a handoff's failed deliveries and queues them; returns how many.
 * Delivered and still-pending channels are left alone, so nothing succeeds twice.
 */
export async function redeliverFailed(env: Env, handoffId: string): Promise<number> {
  const reopened = await reopenFailedDeliveries(env.DB, handoffId, new Date().toISOString());
  await enqueueDeliveries(env.DELIVERIES, reopened);
  return reopened.length;
}

/**
 * The queue consumer. Each message is acked or retried on its own, so one channel's failure never
 * holds back another's, and a delivery that succeeded is never repeated. Attempts run receiver by
 * receiver within the invocation's connections (receiver-lanes.ts), and a receiver whose circuit
 * is open is not attempted at all (circuit.ts).
 */
export async function handleDeliveryBatch(batch: MessageBatch, env: Env): Promise<void> {
  if (batch.queue === DEAD_LETTER_QUEUE) {
    await Promise.all(batch.messages.map((message) => handleDeadLetter(message, env)));
    return;
  }
  const limit = createLimiter(MAX_IN_FLIGHT);
  const prepared = await Promise.all(
    batch.messages.map((message) => limit(() => prepareMessage(message, env))),
  );
  const tasks = prepared.filter((task): task is LaneTask => task !== null);
  const receivers = [...new Set(tasks.flatMap((t) => (t.receiver ? [t.receiver] : [])))];
  const now = new Date();
  let circuits = new Map<string, Circuit>();
  try {
    circuits = await getCircuits(env.DB, receivers);
  } catch (error) {
    // Without the circuits every receiver is treated as closed: deliveries go on regardless.
    console.error("could not read receiver circuits", error);
  }
  const outcomes = await runLanes(
    tasks,
    (receiver) => gateOf(circuits.get(receiver) ?? null, now),
    async (receiver) => {
      const lease = new Date(now.getTime() + 2 * ATTEMPT_TIMEOUT_MS).toISOString();
      return claimProbe(env.DB, receiver, now.toISOString(), lease).catch(() => false);
    },
    limit,
  );
  const changed = [...outcomes].flatMap(([receiver, list]) => {
    const next = circuitAfter(circuits.get(receiver) ?? null, receiver, list, new Date());
    return next ? [putCircuit(env.DB, next)] : [];
  });
  if (changed.length > 0) {
    await env.DB.batch(changed).catch((error) => {
      console.error("could not store receiver circuits", error);
    });
  }
}

function gateOf(circuit: Circuit | null, now: Date): LaneGate {
  const until = circuit?.retryAt ? ` until ${circuit.retryAt}` : "";
  return {
    mode: circuitGate(circuit, now),
    skipReason: `not attempted: ${circuit?.receiver} is not answering (circuit open${until}; last: ${circuit?.lastError ?? "no answer"})`,
  };
}

function settle(message: Message, outcome: { retryInSeconds: number | null }): void {
  if (outcome.retryInSeconds === null) message.ack();
  else message.retry({ delaySeconds: outcome.retryInSeconds });
}

/** Reads one message's delivery; a task to schedule, or null when the message is settled. */
async function prepareMessage(message: Message, env: Env): Promise<LaneTask | null> {
  const parsed = v.safeParse(DeliveryMessageSchema, message.body);
  if (!parsed.success) {
    console.error("dropping malformed delivery message", message.id);
    message.ack();
    return null;
  }
  const { deliveryId } = parsed.output;
  try {
    const attempt = await prepareAttempt(env, deliveryId);
    if (!attempt.ready) {
      settle(message, attempt);
      return null;
    }
    return {
      receiver: attempt.receiver,
      run: async () => {
        try {
          const result = await attempt.send();
          settle(message, await recordResult(env, attempt.delivery, result));
          if (result.ok || !result.timedOut) return { answered: true };
          return { answered: false, error: result.error };
        } catch (error) {
          await recordCrash(message, env, deliveryId, error);
          return null;
        }
      },
      skip: async (reason) => {
        try {
          settle(
            message,
            await recordFailure(env, attempt.delivery, { error: reason, retryable: true }),
          );
        } catch (error) {
          await recordCrash(message, env, deliveryId, error);
        }
      },
    };
  } catch (error) {
    await recordCrash(message, env, deliveryId, error);
    return null;
  }
}

async function handleDeadLetter(message: Message, env: Env): Promise<void> {
  const parsed = v.safeParse(DeliveryMessageSchema, message.body);
  if (!parsed.success) {
    console.error("dropping malformed delivery message", message.id);
    message.ack();
    return;
  }
  try {
    await giveUp(env.DB, parsed.output.deliveryId, "delivery queue gave up on this message");
    message.ack();
  } catch (error) {
    // Giving up could not be stored: nothing was attempted, so only try again.
    console.error("could not give up on a delivery", parsed.output.deliveryId, error);
    message.retry({ delaySeconds: 30 });
  }
}

async function recordCrash(
  message: Message,
  env: Env,
  deliveryId: string,
  error: unknown,
): Promise<void> {
  console.error("delivery attempt crashed", deliveryId, error);
  // A crash is that attempt's outcome: recorded like any failure (counted, its message kept,
  // retried on the backoff schedule, failed after the last attempt), so neither the owner nor
  // the dead-letter queue's give-up is left with "pending, 0 attempts" and no cause.
  try {
    const delivery = await getDelivery(env.DB, deliveryId);
    if (delivery?.status !== "pending") {
      message.ack();
      return;
    }
    const reason = error instanceof Error ? error.message : String(error);
    settle(
      message,
      await recordFailure(env, delivery, {
        error: `delivery attempt crashed: ${reason.slice(0, 500)}`,
        retryable: true,
      }),
    );
  } catch (storageError) {
    // Storage itself failed: the row is untouched and still pending, so let the queue try again.
    console.error("could not record the crash", deliveryId, storageError);
    message.retry({ delaySeconds: 30 });
  }
}

/** One attempt at one delivery, with its record updated. `retryInSeconds` null means done. */
export async function attemptDelivery(
  env: Env,
  deliveryId: string,
): Promise<{ retryInSeconds: number | null }> {
  const attempt = await prepareAttempt(env, deliveryId);
  if (!attempt.ready) return { retryInSeconds: attempt.retryInSeconds };
  return recordResult(env, attempt.delivery, await attempt.send());
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
const OVERDUE_AFTER_MS = 15 * 60 * 1000;
// A queue's sendBatch takes at most 100 messages.
const SWEEP_PAGE = 100;
// 2 subrequests a page (one D1 statement, one sendBatch): 400 pages, 40,000 deliveries, stays
// well inside an invocation's 1,000 D1 queries; a larger backlog goes on at the next run.
const MAX_SWEEP_PAGES = 400;

/**
 * The cron safety net: a pending delivery far past its due time lost its queue message (the
 * enqueue after the 202 failed). Send it again so that an accepted handoff is never lost. Pages
 * through every overdue delivery, not one page a run, so that a sustained overflow of the queue
 * is absorbed by the next sweep; answers how many it sent.
 */
export async function sweepOverdueDeliveries(env: Env, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - OVERDUE_AFTER_MS).toISOString();
  const due = now.toISOString();
  let sent = 0;
  for (let page = 0; page < MAX_SWEEP_PAGES; page += 1) {
    // Claimed (due now) before they are sent: if the send fails they are overdue again in
    // 15 minutes and the sweep after that tries again.
    const ids = await claimOverdueDeliveries(env.DB, before, due, SWEEP_PAGE);
    await enqueueDeliveries(env.DELIVERIES, ids);
    sent += ids.length;
    if (ids.length < SWEEP_PAGE) break;
  }
  return sent;
}
