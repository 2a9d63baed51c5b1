/**
 * Retries through the real queue: `wrangler dev` runs the worker's queue consumer with the
 * consumer settings of wrangler.toml, so this sees what production's queue would allow, not what
 * the attempt function would do if called in a loop.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Stack, startStack } from "../../scripts/local-stack.ts";
import { MAX_ATTEMPTS } from "../../worker/handoff/backoff.ts";

interface ListedDelivery {
  status: string;
  attempts: number;
  lastError: string | null;
}

describe("delivery retries through the queue under wrangler dev", () => {
  let stack: Stack;

  beforeAll(async () => {
    // The production schedule (doubling, capped at 120 × the base) at a base of 10 ms: the
    // queue rounds each delay to whole seconds, so the 19 waits take about 15 s in all.
    stack = await startStack({ vars: { DELIVERY_RETRY_BASE_SECONDS: "0.01" } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("makes exactly MAX_ATTEMPTS attempts at a receiver that always fails, then marks it failed with the last error", async () => {
    const site = "retries";
    const path = "/hook/always-fails";
    stack.receiver.setMode("fail", path);
    const admin = { authorization: `Bearer ${stack.adminToken}` };
    const put = await fetch(`${stack.worker.url}/admin/api/sites/${site}`, {
      method: "PUT",
      headers: { ...admin, "content-type": "application/json" },
      body: JSON.stringify({
        name: "Retries",
        channels: [{ id: "crm", type: "webhook", url: `${stack.receiver.url}${path}` }],
      }),
    });
    expect(put.status).toBe(200);
    const handoff = await fetch(`${stack.worker.url}/v1/handoff`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        site,
        conversationId: crypto.randomUUID(),
        message: "talk to a human",
        email: "jane@example.com",
        reason: "keyword",
      }),
    });
    expect(handoff.status).toBe(202);

    const delivery = async (): Promise<ListedDelivery | undefined> => {
      const res = await fetch(`${stack.worker.url}/admin/api/handoffs?site=${site}`, {
        headers: admin,
      });
      const body = (await res.json()) as { handoffs: { deliveries: ListedDelivery[] }[] };
      return body.handoffs[0]?.deliveries[0];
    };
    await expect
      .poll(async () => (await delivery())?.status, { timeout: 60_000, interval: 500 })
      .toBe("failed");
    // Room for an attempt the queue would still make after the record says failed.
    await new Promise((r) => setTimeout(r, 3_000));

    const attempts = stack.receiver.requests.filter((r) => r.path === path);
    expect(attempts).toHaveLength(MAX_ATTEMPTS);
    expect(new Set(attempts.map((a) => a.headers["webhook-id"])).size).toBe(1);
    expect(attempts.every((a) => a.status === 500)).toBe(true);
    expect(await delivery()).toMatchObject({
      status: "failed",
      attempts: MAX_ATTEMPTS,
      lastError: "HTTP 500 Internal Server Error",
    });
  });
});
