/**
 * One delivery attempt, in two halves: `prepareAttempt` reads what it needs (the delivery, its
 * handoff, the site's channel) and names the receiver; the `send` it returns makes the one
 * request. The consumer schedules the halves by receiver (receiver-lanes.ts); the outcome of
 * either is recorded here.
 */
import { type DeliveryResult, deliverToChannel, emailSettings } from "../channels/deliver.ts";
import { isLocalDevelopment } from "../env.ts";
import type { SiteConfig } from "../sites/config-schema.ts";
import { getSiteConfig } from "../sites/store.ts";
import { MAX_ATTEMPTS, retryDelaySeconds } from "./backoff.ts";
import { receiverOf } from "./circuit.ts";
import {
  configuredChannelId,
  type Delivery,
  getDelivery,
  markDelivered,
  markFailed,
  markRetrying,
} from "./deliveries-store.ts";
import { followUpNotice } from "./follow-up.ts";
import { deliverReplyEmail } from "./reply-delivery.ts";
import { getHandoff } from "./store.ts";

/** When the queue should bring the message back; null means done (ack it). */
export interface AttemptOutcomeDelay {
  retryInSeconds: number | null;
}

export type PreparedAttempt =
  | ({ ready: false } & AttemptOutcomeDelay)
  | {
      ready: true;
      delivery: Delivery;
      /** Null for a reply email to a visitor: no circuit watches those. */
      receiver: string | null;
      send: () => Promise<DeliveryResult>;
    };

/** Reads what an attempt needs; a delivery that cannot be attempted is recorded and done. */
export async function prepareAttempt(env: Env, deliveryId: string): Promise<PreparedAttempt> {
  const delivery = await getDelivery(env.DB, deliveryId);
  if (delivery?.status !== "pending") return { ready: false, retryInSeconds: null };
  const done = async (failure: { error: string; retryable: boolean }) => ({
    ready: false as const,
    ...(await recordFailure(env, delivery, failure)),
  });
  const handoff = await getHandoff(env.DB, delivery.handoffId);
  if (!handoff) return done({ error: "handoff record is missing", retryable: false });
  if (delivery.kind === "reply") {
    return {
      ready: true,
      delivery,
      receiver: null,
      send: () => deliverReplyEmail(env, handoff, delivery),
    };
  }
  let config: SiteConfig | null;
  try {
    config = await getSiteConfig(env.SITES, handoff.site);
  } catch {
    // An invalid stored config is fixable by the operator: keep trying until they do.
    return done({ error: "the site's stored configuration is invalid", retryable: true });
  }
  const channel = config?.channels.find((c) => c.id === configuredChannelId(delivery));
  if (!channel) {
    return done({
      error: `channel "${delivery.channelId}" is no longer configured`,
      retryable: false,
    });
  }
  const notice =
    delivery.kind === "follow_up"
      ? await followUpNotice(env.DB, handoff, delivery.subjectId ?? "")
      : handoff;
  if (!notice) return done({ error: "the follow-up is missing", retryable: false });
  return {
    ready: true,
    delivery,
    receiver: receiverOf(handoff.site, channel),
    send: () =>
      deliverToChannel({
        deliveryId,
        handoff: notice,
        channel,
        now: new Date(),
        email: emailSettings(env),
        localDevelopment: isLocalDevelopment(env),
      }),
  };
}

/** Records what one send returned. */
export function recordResult(
  env: Env,
  delivery: Delivery,
  result: DeliveryResult,
): Promise<AttemptOutcomeDelay> {
  return result.ok ? recordSuccess(env, delivery) : recordFailure(env, delivery, result);
}

async function recordSuccess(env: Env, delivery: Delivery): Promise<{ retryInSeconds: null }> {
  await markDelivered(env.DB, delivery.id, delivery.attempts + 1, new Date().toISOString());
  return { retryInSeconds: null };
}

/**
 * Records a failed attempt: retried on the backoff schedule, or failed after the round's last.
 * A message skipped for its receiver's sake is recorded the same way, so that it backs off too.
 */
export async function recordFailure(
  env: Env,
  delivery: Delivery,
  failure: { error: string; retryable: boolean },
): Promise<AttemptOutcomeDelay> {
  const db = env.DB;
  const baseDelaySeconds = Number(env.DELIVERY_RETRY_BASE_SECONDS) || undefined;
  const attempts = delivery.attempts + 1;
  const now = new Date();
  if (!failure.retryable || attempts - delivery.roundStart >= MAX_ATTEMPTS) {
    await markFailed(db, delivery.id, { attempts, lastError: failure.error }, now.toISOString());
    return { retryInSeconds: null };
  }
  const delay = retryDelaySeconds(attempts - delivery.roundStart, baseDelaySeconds);
  const nextAttemptAt = new Date(now.getTime() + delay * 1000).toISOString();
  await markRetrying(
    db,
    delivery.id,
    { attempts, lastError: failure.error, nextAttemptAt },
    now.toISOString(),
  );
  return { retryInSeconds: delay };
}
