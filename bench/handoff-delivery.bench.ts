/**
 * Handoff acceptance and delivery on the local worker (`wrangler dev`, loopback only):
 *   1. time from the visitor's POST to the 202 while the site's only channel takes 5 s;
 *   2. 500 handoffs at 25 concurrent to a site with three webhook channels, one of which fails
 *      every other request: in the end every handoff must reach every channel, counted at the
 *      receivers and deduplicated by webhook-id. Retries start at 1 s here (not 30 s) so the run
 *      stays short; the backoff shape is the same.
 */
import { startStack } from "../test/browser/local-stack.ts";
import { startReceiver } from "../scripts/webhook-receiver.ts";
import { type BenchSection, median, percentile } from "./types.ts";

const LATENCY_SAMPLES = 60;
const LOAD_HANDOFFS = 500;
const CONCURRENCY = 25;
const DEADLINE_MS = 180_000;

export default async function handoffDelivery(): Promise<BenchSection> {
  const stack = await startStack({ vars: { DELIVERY_RETRY_BASE_SECONDS: "1" } });
  const receivers = await Promise.all([startReceiver(), startReceiver(), startReceiver()]);
  const slow = await startReceiver();
  slow.setMode("slow");
  receivers[1]?.setMode("flaky");
  const admin = { authorization: `Bearer ${stack.adminToken}`, "content-type": "application/json" };
  const putSite = (site: string, channels: unknown[]) =>
    fetch(`${stack.worker.url}/admin/api/sites/${site}`, { method: "PUT", headers: admin, body: JSON.stringify({ name: site, channels }) });
  const postHandoff = (site: string, i: number) =>
    fetch(`${stack.worker.url}/v1/handoff`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ site, conversationId: `bench-${site}-${i}-${Date.now()}`, message: `talk to a human (${i})`, email: null, reason: "keyword" }),
    });

  try {
    await putSite("slow-site", [{ id: "slow", type: "webhook", url: `${slow.url}/hook` }]);
    const latencies: number[] = [];
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
      const start = performance.now();
      const res = await postHandoff("slow-site", i);
      latencies.push(performance.now() - start);
      if (res.status !== 202) throw new Error(`handoff answered ${res.status}`);
    }

    await putSite(
      "load-site",
      receivers.map((r, i) => ({ id: `r${i}`, type: "webhook", url: `${r.url}/hook` })),
    );
    let next = 0;
    let accepted = 0;
    const loadStart = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < LOAD_HANDOFFS) {
          const i = next++;
          if ((await postHandoff("load-site", i)).status === 202) accepted++;
        }
      }),
    );
    const acceptSeconds = (performance.now() - loadStart) / 1000;
    const delivered = (r: (typeof receivers)[number]) => r.requests.filter((q) => q.status === 200);
    const unique = () => receivers.map((r) => new Set(delivered(r).map((q) => q.headers["webhook-id"])).size);
    while (unique().some((n) => n < accepted) && performance.now() - loadStart < DEADLINE_MS) {
      await new Promise((r) => setTimeout(r, 500));
    }
    const deliveredSeconds = (performance.now() - loadStart) / 1000;
    const counts = unique();
    const duplicates = receivers.reduce((sum, r, i) => sum + delivered(r).length - (counts[i] ?? 0), 0);
    const refused = receivers.reduce((sum, r) => sum + r.requests.filter((q) => q.status !== 200).length, 0);
    return {
      name: "handoff delivery (wrangler dev, loopback)",
      rows: {
        [`202 latency with a 5 s receiver, median of ${LATENCY_SAMPLES} (ms)`]: Math.round(median(latencies) * 10) / 10,
        [`202 latency with a 5 s receiver, p95 of ${LATENCY_SAMPLES} (ms)`]: Math.round(percentile(latencies, 95) * 10) / 10,
        [`handoffs accepted (of ${LOAD_HANDOFFS}, ${CONCURRENCY} concurrent)`]: accepted,
        "accept throughput (handoffs/s)": Math.round(accepted / acceptSeconds),
        "unique deliveries, channel ok": counts[0] ?? 0,
        "unique deliveries, channel failing half": counts[1] ?? 0,
        "unique deliveries, channel ok (2)": counts[2] ?? 0,
        "lost (accepted minus fewest unique deliveries)": accepted - Math.min(...counts),
        "failed attempts absorbed by retries": refused,
        "duplicate successful deliveries (same webhook-id)": duplicates,
        "time until every channel had every handoff (s)": Math.round(deliveredSeconds * 10) / 10,
      },
    };
  } finally {
    await Promise.all([stack.stop(), slow.close(), ...receivers.map((r) => r.close())]);
  }
}
