/**
 * `npm run soak`: 1,000 handoffs at 50 concurrent against the local worker (`wrangler dev`,
 * loopback only) while its three webhook receivers fail, hang and recover; then checks in D1 and
 * at the receivers that every handoff was stored and reached every channel. Bounded: it sends
 * 1,000 (SOAK_HANDOFFS) and gives delivery at most 6 minutes. Exits 1 if anything was lost.
 * Retries back off from a 0.25 s base here instead of 30 s, so that recovery fits the run.
 */
import { startStack } from "./local-stack.ts";
import { runDeliveryLoad } from "./delivery-load.ts";
import { startReceiver } from "./webhook-receiver.ts";

const HANDOFFS = Number(process.env.SOAK_HANDOFFS ?? 1_000);
const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);

log(
  `soak: ${HANDOFFS} handoffs at 50 concurrent; receivers: failing for 20 s, hanging for 12 s, failing every other request`,
);
const stack = await startStack({ vars: { DELIVERY_RETRY_BASE_SECONDS: "0.25" } });
const receivers = await Promise.all([startReceiver(), startReceiver(), startReceiver()]);
const [failing, hanging, flaky] = receivers;
failing?.setMode("fail");
hanging?.setMode("hang");
flaky?.setMode("flaky");
const recoveries = [
  setTimeout(() => failing?.setMode("ok"), 20_000),
  setTimeout(() => hanging?.setMode("ok"), 12_000),
];

let exitCode = 1;
try {
  const r = await runDeliveryLoad({
    stack,
    site: "soak",
    receivers,
    handoffs: HANDOFFS,
    concurrency: 50,
    deliveryDeadlineMs: 6 * 60_000,
    onProgress: log,
  });
  log("result");
  console.table({
    "handoffs sent": r.sent,
    answers: JSON.stringify(r.statuses),
    "202 latency p50 / p95 (ms)": `${r.acceptLatencyP50Ms.toFixed(1)} / ${r.acceptLatencyP95Ms.toFixed(1)}`,
    "stored in D1": r.storedInD1,
    "deliveries in D1 by status": JSON.stringify(r.deliveriesByStatus),
    "unique deliveries per receiver (failing 20 s / hanging 12 s / failing half)":
      r.uniquePerReceiver.join(" / "),
    "refused or hung attempts absorbed by retries": r.refusedAttempts,
    "duplicate deliveries (same webhook-id)": r.duplicateDeliveries,
    "missing at a receiver": r.missing,
    "seconds until every receiver had every handoff":
      r.secondsUntilAllDelivered?.toFixed(1) ?? "not within the deadline",
  });
  const whole = r.accepted === r.sent && r.storedInD1 === r.accepted && r.missing === 0;
  console.log(
    whole
      ? "soak passed: every handoff stored and delivered to every channel"
      : "soak FAILED: a handoff was refused, not stored, or not delivered to every channel",
  );
  exitCode = whole ? 0 : 1;
} finally {
  for (const t of recoveries) clearTimeout(t);
  await Promise.all([stack.stop(), ...receivers.map((rc) => rc.close())]);
}
process.exit(exitCode);
