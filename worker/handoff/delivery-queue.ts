/**
 * Putting deliveries on a site's delivery queue: the message each one is, and the two ways in,
 * strict (the dispatcher's own re-queues) and lenient (a handoff's, a reply's or a follow-up's
 * first send, which the sweep covers). Below the dispatcher and everything that stores
 * deliveries, so none of them imports another to queue.
 */
import * as v from "valibot";
import { DATABASE_BINDING, type SiteBindings } from "../sites/site-database.ts";

/**
 * The queue message: one per (handoff, channel), naming the D1 binding that holds the delivery
 * (`DB` for a message sent before sites were sharded). Everything else is read from D1 and KV.
 */
export const DeliveryMessageSchema = v.object({
  deliveryId: v.pipe(v.string(), v.minLength(1)),
  db: v.optional(v.pipe(v.string(), v.regex(DATABASE_BINDING))),
});
export type DeliveryMessage = v.InferOutput<typeof DeliveryMessageSchema>;

/** Where a message goes: a site's queue, and the database its deliveries live in. */
type QueueTarget = Pick<SiteBindings, "DELIVERIES" | "DATABASE">;

/** Queues deliveries; a failure here leaves them pending for the sweep (`dispatch.ts`). */
export async function enqueueDeliveries(
  target: QueueTarget,
  deliveryIds: readonly string[],
  delaySeconds = 0,
): Promise<void> {
  if (deliveryIds.length === 0) return;
  await target.DELIVERIES.sendBatch(
    deliveryIds.map((deliveryId) => ({
      body: { deliveryId, db: target.DATABASE } satisfies DeliveryMessage,
    })),
    delaySeconds > 0 ? { delaySeconds } : undefined,
  );
}

/**
 * Queues deliveries just stored (a handoff's, a reply's, a follow-up's) after the response is
 * decided: a queue that fails is logged, not thrown, since the rows are pending in D1 and the
 * sweep sends them. `what` names them in the log.
 */
export async function enqueueOrLeaveForSweep(
  target: QueueTarget,
  deliveryIds: readonly string[],
  what: string,
  /** A new handoff's: `QUESTION_LOG_LAG_SECONDS`, so its payload's last AI reply has landed. */
  delaySeconds = 0,
): Promise<void> {
  try {
    await enqueueDeliveries(target, deliveryIds, delaySeconds);
  } catch (error) {
    console.error(`enqueue failed; the sweep will send ${what}`, error);
  }
}
