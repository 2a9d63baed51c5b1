import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { handleDeliveryBatch, sweepOverdueDeliveries } from "../../worker/handoff/dispatch.ts";
import { MAX_ATTEMPTS, retryDelaySeconds } from "../../worker/handoff/backoff.ts";
import { insertConversationIfMissing } from "../../worker/conversations/store.ts";
import { markRetrying } from "../../worker/handoff/deliveries-store.ts";
import {
  env,
  eventually,
  putSite,
  receivedAt,
  receiverPath,
  setReceiverMode,
  uniqueSite,
  storeHandoff,
} from "./helpers.ts";

/** A handoff with one pending webhook delivery that failed three times and is long overdue. */
async function storedPendingDelivery(url: string): Promise<string> {
  const site = uniqueSite();
  await putSite(site, { channels: [{ id: "crm", type: "webhook", url }] });
  const now = new Date().toISOString();
  const [deliveryId = ""] = (await storeHandoff(env.DB, { site, channelIds: ["crm"] })).deliveryIds;
  await markRetrying(
    env.DB,
    deliveryId,
    { attempts: 3, lastError: "HTTP 503", nextAttemptAt: "2000-01-01T00:00:00.000Z" },
    now,
  );
  return deliveryId;
}

const statusOf = (id: string) =>
  env.DB.prepare("SELECT status, last_error AS lastError FROM deliveries WHERE id = ?")
    .bind(id)
    .first<{ status: string; lastError: string }>();

describe("two queue messages for one delivery", () => {
  it("make one send: the second attempt finds the delivery taken and leaves it", async () => {
    const hook = receiverPath();
    const deliveryId = await storedPendingDelivery(hook.url);
    // A sweep's re-send beside the message that was only slow, in one batch.
    const batch = createMessageBatch("clarifier-deliveries", [
      { id: "m1", timestamp: new Date(), attempts: 1, body: { deliveryId } },
      { id: "m2", timestamp: new Date(), attempts: 1, body: { deliveryId } },
    ]);
    const ctx = createExecutionContext();
    await handleDeliveryBatch(batch, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks.sort()).toEqual(["m1", "m2"]);
    expect(await receivedAt(hook.path)).toHaveLength(1);
    expect((await statusOf(deliveryId))?.status).toBe("delivered");
  }, 20_000);
});

describe("the delivery queue consumer", () => {
  it("marks a delivery the queue gave up on (dead-letter queue) failed, keeping its last error", async () => {
    const deliveryId = await storedPendingDelivery("https://crm.example/hook");
    const batch = createMessageBatch("clarifier-deliveries-dlq", [
      { id: "m1", timestamp: new Date(), attempts: 1, body: { deliveryId } },
    ]);
    const ctx = createExecutionContext();
    await handleDeliveryBatch(batch, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks).toEqual(["m1"]);
    expect(await statusOf(deliveryId)).toEqual({ status: "failed", lastError: "HTTP 503" });
  });

  it("acks a malformed message instead of retrying it forever", async () => {
    const batch = createMessageBatch("clarifier-deliveries", [
      { id: "bad", timestamp: new Date(), attempts: 1, body: { nope: true } },
    ]);
    const ctx = createExecutionContext();
    await handleDeliveryBatch(batch, env);
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(["bad"]);
  });

  it("retries a failed attempt with its backoff delay, acking only the ones that are done", async () => {
    const hook = receiverPath();
    await setReceiverMode(hook.path, "fail");
    const failing = await storedPendingDelivery(hook.url);
    const ok = await storedPendingDelivery(receiverPath().url);
    const batch = createMessageBatch("clarifier-deliveries", [
      { id: "a", timestamp: new Date(), attempts: 1, body: { deliveryId: failing } },
      { id: "b", timestamp: new Date(), attempts: 1, body: { deliveryId: ok } },
    ]);
    const ctx = createExecutionContext();
    await handleDeliveryBatch(batch, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks).toEqual(["b"]);
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(["a"]);
    // Its fourth failure: the next try is due after 30 s × 2³, give or take the 20 % jitter.
    const due = await env.DB.prepare("SELECT next_attempt_at AS next FROM deliveries WHERE id = ?")
      .bind(failing)
      .first<string>("next");
    expect(new Date(due ?? 0).getTime() - Date.now()).toBeGreaterThan(
      30 * 2 ** 3 * 0.8 * 1000 - 5_000,
    );
    expect((await statusOf(ok))?.status).toBe("delivered");
  });

  // A handoff whose stored confidence is not a number makes the Slack message builder throw: a
  // crash inside the attempt, not a failed delivery it reports.
  async function crashingDelivery(attempts: number): Promise<string> {
    const site = uniqueSite();
    await putSite(site, {
      channels: [
        { id: "team", type: "slack", webhookUrl: "https://hooks.slack.com/services/T/B/x" },
      ],
    });
    const now = new Date().toISOString();
    const handoffId = crypto.randomUUID();
    const deliveryId = crypto.randomUUID();
    const conversationId = crypto.randomUUID();
    await env.DB.batch([
      env.DB.prepare("INSERT INTO conversations (id, site, created_at) VALUES (?, ?, ?)").bind(
        conversationId,
        site,
        now,
      ),
      env.DB.prepare(
        "INSERT INTO handoffs (id, site, conversation_id, reason, confidence, threshold, site_name, visitor_message, created_at) VALUES (?, ?, ?, 'low_confidence', 'not a number', 0.5, 'Acme', 'help', ?)",
      ).bind(handoffId, site, conversationId, now),
      env.DB.prepare(
        "INSERT INTO deliveries (id, handoff_id, channel_id, channel_type, status, attempts, round_start, created_at, updated_at, next_attempt_at) VALUES (?, ?, 'team', 'slack', 'pending', ?, 0, ?, ?, ?)",
      ).bind(deliveryId, handoffId, attempts, now, now, now),
    ]);
    return deliveryId;
  }

  async function consume(queue: string, deliveryId: string) {
    const batch = createMessageBatch(queue, [
      { id: "m", timestamp: new Date(), attempts: 1, body: { deliveryId } },
    ]);
    const ctx = createExecutionContext();
    await handleDeliveryBatch(batch, env);
    return getQueueResult(batch, ctx);
  }

  const attemptsOf = (id: string) =>
    env.DB.prepare("SELECT attempts FROM deliveries WHERE id = ?")
      .bind(id)
      .first<number>("attempts");

  it("records a crashed attempt as that attempt's error and retries it on the backoff schedule; the dead-letter give-up keeps that error", async () => {
    const deliveryId = await crashingDelivery(0);
    const result = await consume("clarifier-deliveries", deliveryId);
    expect(result.retryMessages).toHaveLength(1);
    // The first failure's delay: 30 s, give or take the 20 % jitter.
    const due = await env.DB.prepare("SELECT next_attempt_at AS next FROM deliveries WHERE id = ?")
      .bind(deliveryId)
      .first<string>("next");
    expect(new Date(due ?? 0).getTime() - Date.now()).toBeGreaterThan(30 * 0.8 * 1000 - 5_000);
    const recorded = await statusOf(deliveryId);
    expect(recorded?.status).toBe("pending");
    expect(recorded?.lastError).toMatch(/^delivery attempt crashed: .*toFixed/);
    expect(await attemptsOf(deliveryId)).toBe(1);

    await consume("clarifier-deliveries-dlq", deliveryId);
    expect(await statusOf(deliveryId)).toEqual({
      status: "failed",
      lastError: recorded?.lastError,
    });
  });

  it("marks a delivery failed when its last attempt crashes", async () => {
    const deliveryId = await crashingDelivery(MAX_ATTEMPTS - 1);
    const result = await consume("clarifier-deliveries", deliveryId);
    expect(result.explicitAcks).toEqual(["m"]);
    expect((await statusOf(deliveryId))?.status).toBe("failed");
    expect(await attemptsOf(deliveryId)).toBe(MAX_ATTEMPTS);
  });

  it("the sweep re-sends pending deliveries whose queue message was lost, and they are delivered", async () => {
    const hook = receiverPath();
    const deliveryId = await storedPendingDelivery(hook.url);
    const swept = await sweepOverdueDeliveries(env);
    expect(swept).toBeGreaterThanOrEqual(1);
    // The sweep queued it again: the real queue consumer delivers it to the receiver.
    const received = await eventually(async () => {
      const requests = await receivedAt(hook.path);
      return requests.length > 0 ? requests : null;
    }, 15_000);
    expect(received[0]?.headers["webhook-id"]).toBe(deliveryId);
    expect(JSON.parse(received[0]?.body ?? "{}")).toMatchObject({
      visitor_message: "talk to a human",
    });
    const row = await eventually(async () => {
      const status = await statusOf(deliveryId);
      return status?.status === "delivered" ? status : null;
    });
    expect(row.status).toBe("delivered");
  });
});

describe("the overdue sweep", () => {
  it("pages through every overdue delivery in one run, not 100, and claims each once", async () => {
    const site = uniqueSite();
    // No channel "gone" is configured: the re-sent messages fail at once, with no request made.
    await putSite(site, { channels: [] });
    const now = new Date().toISOString();
    const handoffId = crypto.randomUUID();
    const conversationId = crypto.randomUUID();
    await env.DB.batch([
      insertConversationIfMissing(env.DB, { id: conversationId, site, createdAt: now }),
      env.DB.prepare(
        "INSERT INTO handoffs (id, site, conversation_id, reason, site_name, visitor_message, created_at) VALUES (?, ?, ?, 'keyword', 'Acme', 'help', ?)",
      ).bind(handoffId, site, conversationId, now),
    ]);
    const ids = Array.from({ length: 250 }, () => crypto.randomUUID());
    // Stored an hour ago, as an overdue delivery is: a channel missing then was removed, not yet
    // to reach this location's KV (dispatch.ts retries those while the delivery is fresh).
    const stored = new Date(Date.now() - 60 * 60_000).toISOString();
    await env.DB.batch(
      ids.map((id, i) =>
        env.DB.prepare(
          "INSERT INTO deliveries (id, handoff_id, channel_id, channel_type, status, attempts, round_start, created_at, updated_at, next_attempt_at) VALUES (?, ?, ?, 'webhook', 'pending', 0, 0, ?, ?, '2000-01-01T00:00:00.000Z')",
        ).bind(id, handoffId, `gone-${i}`, stored, stored),
      ),
    );
    const started = new Date();
    expect(await sweepOverdueDeliveries(env, started)).toBeGreaterThanOrEqual(250);
    const stillOverdue = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM deliveries WHERE handoff_id = ? AND status = 'pending' AND next_attempt_at < ?",
    )
      .bind(handoffId, "2001-01-01")
      .first<number>("n");
    expect(stillOverdue).toBe(0);
    // Claimed as due now: a second sweep right after sends none of them again.
    const again = await sweepOverdueDeliveries(env, started);
    const mineClaimedTwice = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM deliveries WHERE handoff_id = ? AND next_attempt_at < ?",
    )
      .bind(handoffId, started.toISOString())
      .first<number>("n");
    expect(mineClaimedTwice).toBe(0);
    expect(again).toBeLessThan(250);
    // The real queue consumer gets them: each fails for its missing channel, none is lost.
    await eventually(async () => {
      const n = await env.DB.prepare(
        "SELECT COUNT(*) AS n FROM deliveries WHERE handoff_id = ? AND status = 'failed'",
      )
        .bind(handoffId)
        .first<number>("n");
      return n === 250;
    }, 20_000);
  }, 30_000);
});

describe("retryDelaySeconds", () => {
  it("doubles from the base, caps at an hour, and jitters within ±20 %", () => {
    expect(retryDelaySeconds(1, 30, () => 0.5)).toBe(30);
    expect(retryDelaySeconds(4, 30, () => 0.5)).toBe(240);
    expect(retryDelaySeconds(20, 30, () => 0.5)).toBe(3600);
    expect(retryDelaySeconds(1, 30, () => 0)).toBe(24);
    expect(retryDelaySeconds(1, 30, () => 1)).toBe(36);
  });
});
