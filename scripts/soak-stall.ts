import {
  expectedPayloads,
  receiverChannelId,
  runDeliveryLoad,
  startSignedReceivers,
  storedDeliveries,
  uniqueDelivered,
} from "./delivery-load.ts";
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startStack } from "./local-stack.ts";
import {
  absorbed,
  type FaultWindow,
  type HealthyRate,
  healthyRate,
  type ReceiverRecord,
  soakProblems,
  stallProblems,
} from "./soak-checks.ts";
import type { RecordedRequest, Receiver } from "./webhook-receiver.ts";

const HANDOFFS = Number(process.env.SOAK_HANDOFFS ?? 1_000);
const HANG = {
  fromShare: Number(process.env.SOAK_HANG_FROM ?? 0.2),
  seconds: Number(process.env.SOAK_HANG_SECONDS ?? 40),
};
const SITE = "soak";
/**
 * SOAK_TRACE=<dir>: for profiling, wrangler's output (each queue batch and its time) and every
 * receiver's requests (when each came, how it was answered) written there per run.
 */
const TRACE = process.env.SOAK_TRACE;
/** The production retry schedule × 1/30, as in the main soak: 1 s doubling, 2 min cap. */
const RETRY_BASE_SECONDS = 1;

const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);

interface PhaseResult {
  hang: boolean;
  rate: HealthyRate;
  problems: string[];
  window: FaultWindow | null;
  hangingRequestsInWindow: number;
  secondsUntilAllDelivered: number | null;
}

/** One run of the load: with r1 hanging for a stretch, or with the stretch only marked. */
async function phase(hang: boolean): Promise<PhaseResult> {
  const name = hang ? "with the hang" : "without the hang";
  log(
    `${name}: ${HANDOFFS} handoffs at 50 concurrent; r1 ${hang ? "hangs" : "would hang"} for ${HANG.seconds} s from ${HANG.fromShare * 100} % of its deliveries`,
  );
  const { secrets, receivers, signatureValid } = await startSignedReceivers(3);
  const hanging = receivers[1] as Receiver;
  const counts = () => receivers.map((r, i) => `r${i} ${uniqueDelivered(r)}`).join(", ");
  let window: FaultWindow | null = null;
  const timers: NodeJS.Timeout[] = [];
  const watch = setInterval(() => {
    if (uniqueDelivered(hanging) < HANDOFFS * HANG.fromShare) return;
    clearInterval(watch);
    const w: FaultWindow = { startedAt: Date.now(), endedAt: null };
    window = w;
    if (hang) hanging.setMode("hang");
    log(
      `${hang ? "r1 starts hanging" : "the same stretch starts"} (delivered so far: ${counts()})`,
    );
    timers.push(
      setTimeout(() => {
        hanging.setMode("ok");
        w.endedAt = Date.now();
        log(`${hang ? "r1 answers again" : "the stretch ends"} (delivered so far: ${counts()})`);
      }, HANG.seconds * 1000),
    );
  }, 50);
  timers.push(watch);

  const traceFile = (suffix: string) =>
    path.join(TRACE ?? "", `${hang ? "with" : "without"}-${suffix}`);
  if (TRACE) {
    mkdirSync(TRACE, { recursive: true });
    writeFileSync(traceFile("wrangler.log"), "");
  }
  const stack = await startStack({
    vars: { DELIVERY_RETRY_BASE_SECONDS: String(RETRY_BASE_SECONDS) },
    ...(TRACE
      ? {
          log: (line: string) =>
            appendFileSync(traceFile("wrangler.log"), `${Date.now()} ${line}\n`),
        }
      : {}),
  });
  try {
    const phaseStarted = Date.now();
    const r = await runDeliveryLoad({
      stack,
      site: SITE,
      receivers,
      secrets,
      handoffs: HANDOFFS,
      concurrency: 50,
      deliveryDeadlineMs: 12 * 60_000,
      onProgress: log,
    });
    const rows = await storedDeliveries(stack.persistTo, SITE);
    if (TRACE) {
      const trace = receivers.map((rc) =>
        rc.requests.map((q) => ({
          at: q.receivedAt,
          status: q.status,
          id: q.headers["webhook-id"],
        })),
      );
      writeFileSync(traceFile("requests.json"), JSON.stringify({ window, phaseStarted, trace }));
    }
    const records: ReceiverRecord[] = receivers.map((receiver, i) => ({
      name: i === 1 ? `r1 (${hang ? "hanging for a stretch" : "healthy"})` : `r${i} (healthy)`,
      channelId: receiverChannelId(i),
      requests: receiver.requests,
      signatureValid,
      window: hang && i === 1 ? window : null,
    }));
    const expected = expectedPayloads(SITE, HANDOFFS);
    const problems = soakProblems({
      accepted: r.accepted,
      sent: r.sent,
      expected,
      rows,
      receivers: records,
    }).map((p) => `${name}: ${p}`);
    const w = window as FaultWindow | null;
    // Without the hang the run may end before the stretch does: it ends where it would have.
    if (w && w.endedAt === null) w.endedAt = w.startedAt + HANG.seconds * 1000;
    const rate = healthyRate([records[0], records[2]] as ReceiverRecord[], phaseStarted, w);
    console.table(
      Object.fromEntries(
        records.map((rec) => {
          const a = absorbed(rec);
          return [
            rec.name,
            {
              requests: a.requests,
              "2xx": a.accepted,
              "hung/dropped": a.hungOrDropped,
              "unique delivered": a.uniqueDelivered,
              duplicates: a.duplicates,
              "bad signatures": rec.requests.filter((q) => signatureValid.get(q) !== true).length,
            },
          ];
        }),
      ),
    );
    const at = (q: RecordedRequest) => Date.parse(q.receivedAt);
    return {
      hang,
      rate,
      problems,
      window: w,
      hangingRequestsInWindow: w
        ? hanging.requests.filter((q) => at(q) >= w.startedAt && at(q) < (w.endedAt ?? 0)).length
        : 0,
      secondsUntilAllDelivered: r.secondsUntilAllDelivered,
    };
  } finally {
    for (const t of timers) clearTimeout(t);
    await Promise.all([stack.stop(), ...receivers.map((rc) => rc.close())]);
  }
}

/** Runs the phases SOAK_PHASE asks for (both by default); answers the exit code. */
export async function runStallSoak(): Promise<number> {
  const which = process.env.SOAK_PHASE ?? "both";
  const results: PhaseResult[] = [];
  if (which !== "with") results.push(await phase(false));
  if (which !== "without") results.push(await phase(true));
  const problems = results.flatMap((r) => r.problems);
  const without = results.find((r) => !r.hang);
  const withHang = results.find((r) => r.hang);
  const row = (r: PhaseResult | undefined) =>
    r
      ? {
          "healthy handoffs delivered (r0 + r2)": r.rate.delivered,
          "seconds to the last": r.rate.seconds.toFixed(1),
          "healthy handoffs a second": r.rate.perSecond.toFixed(2),
          "of them in the stretch": `${r.rate.inWindow} in ${r.rate.windowSeconds.toFixed(1)} s`,
          "a second in the stretch": r.rate.windowPerSecond.toFixed(2),
          "requests reaching r1 in the stretch": r.hangingRequestsInWindow,
          "seconds until every receiver had every handoff":
            r.secondsUntilAllDelivered?.toFixed(1) ?? "not within the deadline",
        }
      : {};
  log("result");
  console.table({ "without the hang": row(without), "with the hang": row(withHang) });
  if (without && withHang) {
    const ratio = (a: number, b: number) => (b > 0 ? `${((a / b) * 100).toFixed(1)} %` : "—");
    console.log(
      `healthy rate kept with the hang: ${ratio(withHang.rate.perSecond, without.rate.perSecond)} over the run, ${ratio(withHang.rate.windowPerSecond, without.rate.windowPerSecond)} over the stretch`,
    );
    problems.push(...stallProblems(without.rate, withHang.rate));
  }
  if (problems.length === 0) {
    console.log(
      "stall soak passed: the healthy receivers kept their rate while r1 hung, and every handoff reached every receiver exactly once, signed, in both runs",
    );
    return 0;
  }
  console.log(`stall soak FAILED:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  return 1;
}
