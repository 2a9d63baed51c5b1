/**
 * Handoff acceptance and delivery on the local worker (`wrangler dev`, loopback only):
 *   1. time from the visitor's POST to the 202 while the site's only channel takes 5 s;
 *   2. 500 handoffs at 25 concurrent to a site with three webhook channels, one of which fails
 *      every other request: in the end every handoff must reach every channel, counted at the
 *      receivers and deduplicated by webhook-id. Retries back off from a 0.25 s base here (not 30 s), so
 *      the run stays short; the shape of the backoff is the same.
 */
import { runDeliveryLoad } from "../scripts/delivery-load.ts";
import { startReceiver } from "../scripts/webhook-receiver.ts";
import { startStack } from "../scripts/local-stack.ts";
import { median, percentile } from "../scripts/stats.ts";
import type { BenchSection } from "./types.ts";

const LATENCY_SAMPLES = 60;

export default async function handoffDelivery(): Promise<BenchSection> {
  const stack = await startStack({ vars: { DELIVERY_RETRY_BASE_SECONDS: "0.25" } });
  const slow = await startReceiver();
  const receivers = await Promise.all([startReceiver(), startReceiver(), startReceiver()]);
  slow.setMode("slow");
  receivers[1]?.setMode("flaky");
  try {
    const admin = {
      authorization: `Bearer ${stack.adminToken}`,
      "content-type": "application/json",
    };
    await fetch(`${stack.worker.url}/admin/api/sites/slow-site`, {
      method: "PUT",
      headers: admin,
      body: JSON.stringify({
        name: "Slow",
        channels: [{ id: "slow", type: "webhook", url: `${slow.url}/hook` }],
      }),
    });
    const latencies: number[] = [];
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
      const start = performance.now();
      const res = await fetch(`${stack.worker.url}/v1/handoff`, {
        method: "POST",
        headers: { "content-type": "application/json", "cf-connecting-ip": `198.19.0.${i}` },
        body: JSON.stringify({
          site: "slow-site",
          conversationId: `latency-${i}-${Date.now()}`,
          message: "talk to a human",
          reason: "keyword",
        }),
      });
      latencies.push(performance.now() - start);
      if (res.status !== 202) throw new Error(`handoff answered ${res.status}`);
    }

    const load = await runDeliveryLoad({
      stack,
      site: "load-site",
      receivers,
      handoffs: 500,
      concurrency: 25,
      deliveryDeadlineMs: 300_000,
    });
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      name: "handoff delivery (wrangler dev, loopback)",
      rows: {
        [`202 latency, channel taking 5 s: median of ${LATENCY_SAMPLES} (ms)`]: round(
          median(latencies),
        ),
        [`202 latency, channel taking 5 s: p95 of ${LATENCY_SAMPLES} (ms)`]: round(
          percentile(latencies, 95),
        ),
        "load: handoffs accepted (of 500 at 25 concurrent)": load.accepted,
        "load: 202 latency p50 / p95 (ms)": `${round(load.acceptLatencyP50Ms)} / ${round(load.acceptLatencyP95Ms)}`,
        "load: accepted per second": Math.round(load.acceptPerSecond),
        "load: stored in D1": load.storedInD1,
        "load: unique deliveries per channel (ok / failing half / ok)":
          load.uniquePerReceiver.join(" / "),
        "load: deliveries in D1 by status": JSON.stringify(load.deliveriesByStatus),
        "load: refused attempts absorbed by retries": load.refusedAttempts,
        "load: duplicate deliveries (same webhook-id)": load.duplicateDeliveries,
        "load: missing at a receiver": load.missing,
        "load: seconds until every channel had every handoff":
          load.secondsUntilAllDelivered === null
            ? "not within 300 s"
            : round(load.secondsUntilAllDelivered),
      },
      json: { latencyMedianMs: median(latencies), latencyP95Ms: percentile(latencies, 95), load },
    };
  } finally {
    await Promise.all([stack.stop(), slow.close(), ...receivers.map((r) => r.close())]);
  }
}
