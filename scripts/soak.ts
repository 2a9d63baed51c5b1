import { MAX_ATTEMPTS } from "../worker/handoff/backoff.ts";
import {
  expectedPayloads,
  receiverChannelId,
  runDeliveryLoad,
  startSignedReceivers,
  storedDeliveries,
  uniqueDelivered,
} from "./delivery-load.ts";
import { queryLocalD1, startStack } from "./local-stack.ts";
import {
  absorbed,
  type FaultWindow,
  type ReceiverRecord,
  resentAfterCrash,
  soakProblems,
} from "./soak-checks.ts";
import type { Receiver } from "./webhook-receiver.ts";

// `npm run soak -- stall`: the hanging-receiver comparison (scripts/soak-stall.ts) instead.
if (process.argv.includes("stall")) {
  const { runStallSoak } = await import("./soak-stall.ts");
  process.exit(await runStallSoak());
}

const HANDOFFS = Number(process.env.SOAK_HANDOFFS ?? 1_000);
const SITE = "soak";
/** The production retry schedule (30 s doubling, capped at an hour) × this: 1 s doubling, 2 min cap. */
const SCHEDULE_FACTOR = 1 / 30;
const PRODUCTION_BASE_SECONDS = 30;
/** How long the failing receiver stays down, and from what share of its deliveries. */
const DOWN = { fromShare: 0.3, seconds: 30 };
/** How long the hanging receiver hangs (each request past the attempt timeout), and from when. */
const HANG = { fromShare: 0.5, seconds: 25 };
/** Kill and restart the worker once this share of the handoffs has been accepted. */
const RESTART_AT_SHARE = process.env.SOAK_RESTART === "0" ? null : 0.5;
/** The sweep's "lost its queue message" margin (15 minutes in production): 20 s here. */
const OVERDUE_SECONDS = 20;

const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);

const base = PRODUCTION_BASE_SECONDS * SCHEDULE_FACTOR;
log(
  `soak: ${HANDOFFS} handoffs at 50 concurrent; retries on the production schedule × ${SCHEDULE_FACTOR.toFixed(4)} (${base} s doubling, ${MAX_ATTEMPTS} attempts, 10 s attempt timeout, not scaled)`,
);
log(
  `receivers: r0 down for ${DOWN.seconds} s from ${DOWN.fromShare * 100} % of its deliveries; r1 hanging for ${HANG.seconds} s from ${HANG.fromShare * 100} %; r2 failing every other request throughout`,
);

const { secrets, receivers, signatureValid } = await startSignedReceivers(3);
const [down, hanging, flaky] = receivers as [Receiver, Receiver, Receiver];
flaky.setMode("flaky");
const windows: { down: FaultWindow | null; hang: FaultWindow | null } = { down: null, hang: null };

/** Each receiver's handoffs delivered so far, to read the others' rate across a fault. */
const deliveredCounts = () => receivers.map((r, i) => `r${i} ${uniqueDelivered(r)}`).join(", ");
const timers: NodeJS.Timeout[] = [];
/** Starts `receiver`'s fault once it has `fromShare` of the handoffs, and ends it after a stretch. */
function faultWhen(
  receiver: Receiver,
  mode: "fail" | "hang",
  fault: { fromShare: number; seconds: number },
  record: (w: FaultWindow) => void,
) {
  const watch = setInterval(() => {
    if (uniqueDelivered(receiver) < HANDOFFS * fault.fromShare) return;
    clearInterval(watch);
    const window: FaultWindow = { startedAt: Date.now(), endedAt: null };
    record(window);
    receiver.setMode(mode);
    log(
      `${mode === "fail" ? "r0 goes down" : "r1 starts hanging"} for ${fault.seconds} s (delivered so far: ${deliveredCounts()})`,
    );
    timers.push(
      setTimeout(() => {
        receiver.setMode("ok");
        window.endedAt = Date.now();
        log(
          `${mode === "fail" ? "r0 is back" : "r1 answers again"} (delivered so far: ${deliveredCounts()})`,
        );
      }, fault.seconds * 1000),
    );
  }, 100);
  timers.push(watch);
}
faultWhen(down, "fail", DOWN, (w) => {
  windows.down = w;
});
faultWhen(hanging, "hang", HANG, (w) => {
  windows.hang = w;
});

const stack = await startStack({
  vars: {
    DELIVERY_RETRY_BASE_SECONDS: String(base),
    DELIVERY_OVERDUE_SECONDS: String(OVERDUE_SECONDS),
  },
  restartable: RESTART_AT_SHARE !== null,
});
let crashedAt: number | undefined;
let sweeps = 0;
let storedBeforeCrash = 0;
let exitCode = 1;
try {
  const r = await runDeliveryLoad({
    stack,
    site: SITE,
    receivers,
    secrets,
    handoffs: HANDOFFS,
    concurrency: 50,
    deliveryDeadlineMs: 12 * 60_000,
    onProgress: log,
    ...(RESTART_AT_SHARE === null
      ? {}
      : {
          midRun: {
            atShare: RESTART_AT_SHARE,
            run: async () => {
              log(
                `killing wrangler dev (SIGKILL): ${RESTART_AT_SHARE * 100} % of the handoffs accepted`,
              );
              crashedAt = Date.now();
              const { downMs } = await stack.restartWorker();
              log(`worker back after ${(downMs / 1000).toFixed(1)} s`);
            },
          },
          // The cron trigger, as Cloudflare fires it every five minutes, here every few seconds.
          whileDelivering: async () => {
            const res = await fetch(`${stack.worker.url}/__scheduled?cron=*/5+*+*+*+*`).catch(
              () => null,
            );
            await res?.body?.cancel();
            if (res?.ok) sweeps++;
          },
        }),
  });
  if (crashedAt !== undefined) {
    const resent = await queryLocalD1(
      stack.persistTo,
      `SELECT COUNT(*) AS n FROM deliveries d JOIN handoffs h ON h.id = d.handoff_id WHERE h.site = '${SITE}' AND d.created_at < '${new Date(crashedAt).toISOString()}'`,
    );
    storedBeforeCrash = Number(resent[0]?.n ?? 0);
  }
  // The receivers' counts are final once D1 says so: wait for the last records to be written.
  const rows = await storedDeliveries(stack.persistTo, SITE);
  const records: ReceiverRecord[] = receivers.map((receiver, i) => ({
    name: [
      "r0 (down for a stretch)",
      "r1 (hanging for a stretch)",
      "r2 (failing every other request)",
    ][i] as string,
    channelId: receiverChannelId(i),
    requests: receiver.requests,
    signatureValid,
    window: i === 0 ? windows.down : i === 1 ? windows.hang : null,
  }));
  const expected = expectedPayloads(SITE, HANDOFFS);
  const problems = soakProblems({
    accepted: r.accepted,
    sent: r.sent,
    expected,
    rows,
    receivers: records,
    crashedAt,
  });

  log("result");
  console.table({
    "handoffs sent": r.sent,
    answers: JSON.stringify(r.statuses),
    "202 latency p50 / p95 (ms)": `${r.acceptLatencyP50Ms.toFixed(1)} / ${r.acceptLatencyP95Ms.toFixed(1)}`,
    "stored in D1": r.storedInD1,
    "deliveries in D1 by status": JSON.stringify(r.deliveriesByStatus),
    "seconds until every receiver had every handoff":
      r.secondsUntilAllDelivered?.toFixed(1) ?? "not within the deadline",
    "worker killed and restarted at (s)":
      crashedAt === undefined ? "not restarted" : ((crashedAt - started) / 1000).toFixed(1),
    "deliveries stored before the crash": crashedAt === undefined ? "—" : storedBeforeCrash,
    "cron sweeps fired": sweeps,
  });
  const seconds = (t: number | null | undefined) =>
    t == null ? "—" : ((t - started) / 1000).toFixed(1);
  console.table(
    Object.fromEntries(
      records.map((rec) => {
        const a = absorbed(rec);
        return [
          rec.name,
          {
            requests: a.requests,
            "2xx": a.accepted,
            refused: a.refused,
            "hung/dropped": a.hungOrDropped,
            "unique delivered": a.uniqueDelivered,
            duplicates: a.duplicates,
            "of which re-sent after the crash (same webhook-id)": resentAfterCrash(rec, crashedAt),
            "most attempts for one": a.mostAttemptsForOneDelivery,
            "fault (s)": rec.window
              ? `${seconds(rec.window.startedAt)}–${seconds(rec.window.endedAt)}`
              : "throughout",
            "requests in fault": rec.window ? a.duringFault : a.refused,
            "delivered after fault": rec.window ? a.deliveredAfterFault : "—",
            "bad signatures": rec.requests.filter((q) => signatureValid.get(q) !== true).length,
          },
        ];
      }),
    ),
  );
  if (problems.length === 0) {
    console.log(
      `soak passed: every handoff stored once and delivered to every channel, each payload its handoff's, each signature valid, none accepted twice${crashedAt === undefined ? "" : " but for deliveries the killed worker had sent and not recorded, re-sent with the same webhook-id"}`,
    );
    exitCode = 0;
  } else {
    console.log(`soak FAILED:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
} finally {
  for (const t of timers) clearTimeout(t);
  await Promise.all([stack.stop(), ...receivers.map((rc) => rc.close())]);
}
process.exit(exitCode);
