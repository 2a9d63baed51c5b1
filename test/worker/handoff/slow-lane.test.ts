import { createExecutionContext, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { handleDeliveryBatch } from "../../../worker/handoff/dispatch.ts";
import {
  deliveryBatch,
  env,
  putSite,
  receivedAt,
  receiverPath,
  uniqueSite,
  storeHandoff,
} from "../helpers.ts";

const MAIN = "clarifier-deliveries";
const SLOW_LANE = "clarifier-deliveries-slow";

/**
 * A receiver on a host of its own (nothing listens there: a send to it would fail and count an
 * attempt), with a stored circuit that makes it suspect: one silence not yet answered for.
 */
async function suspectReceiver(): Promise<string> {
  const host = `suspect-${crypto.randomUUID().slice(0, 8)}.example`;
  await env.DB.prepare(
    "INSERT INTO receiver_circuits (receiver, state, failures, trips, last_error, updated_at) VALUES (?, 'closed', 1, 0, 'no answer within 1.5 s', ?)",
  )
    .bind(host, new Date().toISOString())
    .run();
  return `https://${host}/hook`;
}

/** A site whose channels post to `urls`, with one handoff and its pending deliveries. */
async function handoffTo(urls: readonly string[]): Promise<string[]> {
  const site = uniqueSite();
  const channels = urls.map((url, i) => ({ id: `c${i}`, type: "webhook", url }));
  await putSite(site, { channels });
  const stored = await storeHandoff(env.DB, { site, channelIds: channels.map((c) => c.id) });
  return stored.deliveryIds;
}

const deliveryRow = (id: string) =>
  env.DB.prepare(
    "SELECT status, attempts, last_error AS lastError, leased_until AS leasedUntil FROM deliveries WHERE id = ?",
  )
    .bind(id)
    .first<{ status: string; attempts: number; lastError: string | null; leasedUntil: string }>();

/** The real slow-lane queue, with what was sent to it recorded (`fail` refuses those calls). */
function recordingSlowLane(fail: { sendBatch?: boolean; send?: boolean } = {}) {
  const sendBatches: string[][] = [];
  const sends: string[] = [];
  const idOf = (body: unknown) => (body as { deliveryId: string }).deliveryId;
  const queue = {
    send: (body: unknown, options?: QueueSendOptions) => {
      if (fail.send) return Promise.reject(new Error("slow lane down"));
      sends.push(idOf(body));
      return env.DELIVERIES_SLOW.send(body, options);
    },
    sendBatch: (messages: Iterable<MessageSendRequest>, options?: QueueSendBatchOptions) => {
      if (fail.sendBatch) return Promise.reject(new Error("slow lane down"));
      const list = [...messages];
      sendBatches.push(list.map((m) => idOf(m.body)));
      return env.DELIVERIES_SLOW.sendBatch(list, options);
    },
  };
  return { bindings: { ...env, DELIVERIES_SLOW: queue } as unknown as Env, sendBatches, sends };
}

async function consumeOnMain(deliveryIds: readonly string[], bindings: Env, queue = MAIN) {
  const batch = deliveryBatch(queue, deliveryIds);
  const ctx = createExecutionContext();
  await handleDeliveryBatch(batch, bindings);
  return getQueueResult(batch, ctx);
}

describe("a suspect receiver's deliveries on the main delivery queues", () => {
  it("move to the slow lane in one send, before any is claimed, while the others are delivered", async () => {
    const suspectUrl = await suspectReceiver();
    const healthy = [receiverPath(), receiverPath()];
    // Two handoffs, each to the suspect receiver and one healthy channel.
    const [toSuspectA, toHealthyA] = await handoffTo([suspectUrl, healthy[0]?.url ?? ""]);
    const [toSuspectB, toHealthyB] = await handoffTo([suspectUrl, healthy[1]?.url ?? ""]);
    const suspectIds = [toSuspectA ?? "", toSuspectB ?? ""];
    // Another attempt holds one of them: the main queues move it without touching its row
    // (a claim and a release would have cleared this lease).
    const held = new Date(Date.now() + 60_000).toISOString();
    await env.DB.prepare("UPDATE deliveries SET leased_until = ? WHERE id = ?")
      .bind(held, toSuspectB ?? "")
      .run();

    const slow = recordingSlowLane();
    const result = await consumeOnMain(
      [toSuspectA ?? "", toHealthyA ?? "", toSuspectB ?? "", toHealthyB ?? ""],
      slow.bindings,
    );

    expect(result.explicitAcks.sort()).toEqual(["m0", "m1", "m2", "m3"]);
    expect(result.retryMessages).toEqual([]);
    // One send for the batch's moved deliveries, none one by one.
    expect(slow.sendBatches).toEqual([suspectIds]);
    expect(slow.sends).toEqual([]);
    expect(await deliveryRow(toSuspectA ?? "")).toMatchObject({
      status: "pending",
      attempts: 0,
      lastError: null,
      leasedUntil: null,
    });
    expect(await deliveryRow(toSuspectB ?? "")).toMatchObject({
      status: "pending",
      attempts: 0,
      leasedUntil: held,
    });
    for (const [i, id] of [toHealthyA, toHealthyB].entries()) {
      expect((await deliveryRow(id ?? ""))?.status).toBe("delivered");
      expect(await receivedAt(healthy[i]?.path ?? "")).toHaveLength(1);
    }
  });

  it("are claimed and moved one by one, as before, when the slow lane refuses the batch's send", async () => {
    const suspectUrl = await suspectReceiver();
    const healthy = receiverPath();
    const [toSuspect, toHealthy] = await handoffTo([suspectUrl, healthy.url]);

    const slow = recordingSlowLane({ sendBatch: true });
    const result = await consumeOnMain([toSuspect ?? "", toHealthy ?? ""], slow.bindings);

    expect(result.explicitAcks.sort()).toEqual(["m0", "m1"]);
    expect(slow.sends).toEqual([toSuspect]);
    // Claimed, given back uncounted, and queued on the slow lane: nothing sent, nothing lost.
    expect(await deliveryRow(toSuspect ?? "")).toMatchObject({
      status: "pending",
      attempts: 0,
      leasedUntil: null,
    });
    expect((await deliveryRow(toHealthy ?? ""))?.status).toBe("delivered");
  });

  it("stay pending and come back on the main queue's backoff when the slow lane refuses every send", async () => {
    const suspectUrl = await suspectReceiver();
    const [toSuspect] = await handoffTo([suspectUrl]);

    const slow = recordingSlowLane({ sendBatch: true, send: true });
    const result = await consumeOnMain([toSuspect ?? ""], slow.bindings);

    // Not acked: retried on the backoff, recorded as a crashed attempt; nothing reached the receiver.
    expect(result.explicitAcks).toEqual([]);
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(["m0"]);
    expect(await deliveryRow(toSuspect ?? "")).toMatchObject({
      status: "pending",
      attempts: 1,
      lastError: "delivery attempt crashed: slow lane down",
      leasedUntil: null,
    });
  });
});

describe("a receiver whose circuit is open, on the slow lane", () => {
  it("has its deliveries skipped, counted and kept until its probe may go, not retried on their shorter backoff", async () => {
    const host = `open-${crypto.randomUUID().slice(0, 8)}.example`;
    const retryAt = new Date(Date.now() + 10 * 60_000).toISOString();
    await env.DB.prepare(
      "INSERT INTO receiver_circuits (receiver, state, failures, trips, retry_at, last_error, updated_at) VALUES (?, 'open', 3, 1, ?, 'no answer within 10 s', ?)",
    )
      .bind(host, retryAt, new Date().toISOString())
      .run();
    const ids = await handoffTo([`https://${host}/hook`, `https://${host}/other`]);

    const result = await consumeOnMain(ids, env, SLOW_LANE);

    // Both back on the queue once the probe may go (its next attempt in D1 says when), where
    // the first attempt's backoff alone would have been about 30 s.
    expect(result.retryMessages.map((m) => m.msgId).sort()).toEqual(["m0", "m1"]);
    const latest = Date.now() + 12 * 60_000 + 1_000;
    for (const id of ids) {
      const row = await env.DB.prepare(
        "SELECT status, attempts, last_error AS lastError, next_attempt_at AS nextAttemptAt FROM deliveries WHERE id = ?",
      )
        .bind(id)
        .first<{ status: string; attempts: number; lastError: string; nextAttemptAt: string }>();
      expect(row).toMatchObject({ status: "pending", attempts: 1 });
      expect(row?.lastError).toMatch(/circuit open until/);
      const next = Date.parse(row?.nextAttemptAt ?? "");
      expect(next).toBeGreaterThanOrEqual(Date.parse(retryAt) - 1_000);
      expect(next).toBeLessThanOrEqual(latest);
    }
  });
});
