/**
 * The second reliability review (docs/operations.md): an attempt whose outcome D1 refused to
 * store (the crash's record refused too) comes back once its lease has run out, not while the
 * delivery is still held, when it was taken for another attempt's and acked, leaving the
 * delivery to the sweep 15 to 20 minutes later. Real D1 refusing the writes (a trigger).
 */
import { describe, expect, it } from "vitest";
import { handleDeliveryBatch } from "../../../worker/handoff/dispatch.ts";
import { env, putSite, receivedAt, receiverPath, storeHandoff, uniqueSite } from "../helpers.ts";

/**
 * The delivery's message as the queue hands it over, and what the consumer asked of it: "ack",
 * or a retry's delay (the test pool's getQueueResult drops a retry's delay).
 */
async function consume(deliveryId: string): Promise<"ack" | number | undefined> {
  let outcome: "ack" | number | undefined;
  const message = {
    id: "m0",
    timestamp: new Date(),
    attempts: 1,
    body: { deliveryId },
    ack: () => {
      outcome = "ack";
    },
    retry: (options?: { delaySeconds?: number }) => {
      outcome = options?.delaySeconds;
    },
  };
  await handleDeliveryBatch(
    { queue: "clarifier-deliveries", messages: [message] } as unknown as MessageBatch,
    env,
  );
  return outcome;
}

describe("an attempt whose outcome D1 would not store", () => {
  it("is retried after the attempt's lease, so the retry attempts it rather than acking it as held", async () => {
    const site = uniqueSite();
    const hook = receiverPath();
    await putSite(site, { channels: [{ id: "crm", type: "webhook", url: hook.url }] });
    const { deliveryIds } = await storeHandoff(env.DB, { site, channelIds: ["crm"] });
    const [id = ""] = deliveryIds;
    const trigger = `refuse_${crypto.randomUUID().replace(/-/g, "")}`;
    // The success and the crash's record refused; the claim (the lease only) let through.
    await env.DB.prepare(
      `CREATE TRIGGER ${trigger} BEFORE UPDATE ON deliveries WHEN OLD.id = '${id}' AND (NEW.status <> OLD.status OR NEW.attempts <> OLD.attempts) BEGIN SELECT RAISE(ABORT, 'D1 refused the write'); END`,
    ).run();
    const started = Date.now();
    const delay = await consume(id);
    await env.DB.prepare(`DROP TRIGGER ${trigger}`).run();
    expect(await receivedAt(hook.path)).toHaveLength(1);
    expect(typeof delay).toBe("number");
    const retryAt = started + Number(delay) * 1000;
    const row = await env.DB.prepare(
      "SELECT status, attempts, leased_until AS leasedUntil FROM deliveries WHERE id = ?",
    )
      .bind(id)
      .first<{ status: string; attempts: number; leasedUntil: string }>();
    expect(row).toMatchObject({ status: "pending", attempts: 0 });
    // The queue's retry comes when the lease the lost attempt holds has run out.
    expect(retryAt).toBeGreaterThan(Date.parse(row?.leasedUntil ?? ""));

    // Then (the lease past, as it is by that time) the retry attempts the delivery again.
    await env.DB.prepare("UPDATE deliveries SET leased_until = ? WHERE id = ?")
      .bind(new Date(Math.min(Date.now(), retryAt) - 1_000).toISOString(), id)
      .run();
    expect(await consume(id)).toBe("ack");
    expect(await receivedAt(hook.path)).toHaveLength(2);
  }, 30_000);
});
