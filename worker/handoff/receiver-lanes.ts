/**
 * How one consumer invocation spends its connections: at most `MAX_IN_FLIGHT` attempts at once
 * (a Worker invocation may hold 6 connections; an attempt past the sixth would wait for one while
 * its own timeout runs), and each receiver in its own lane with its own budget: at most
 * `RECEIVER_SLOTS` of those connections, and no further attempt in this invocation once one got
 * no answer. So a receiver that hangs holds two connections for one timeout, the other receivers
 * keep the rest, and its remaining messages go back on their backoff at once. Free of bindings:
 * the consumer passes in what runs, skips and claims.
 */
import type { AttemptOutcome } from "./circuit.ts";

export const MAX_IN_FLIGHT = 6;
export const RECEIVER_SLOTS = 2;

/** One message's work, once its receiver is known. */
export interface LaneTask {
  /** Null for work no circuit watches (a reply email to a visitor). */
  receiver: string | null;
  /** Makes and records the attempt; what it says of the receiver, or null when it says nothing. */
  run(): Promise<AttemptOutcome | null>;
  /** Records the message as not attempted, to be retried on its normal backoff. */
  skip(reason: string): Promise<void>;
}

/** What the receiver's stored circuit lets this invocation do, and why it skips when it does. */
export interface LaneGate {
  mode: "attempt" | "probe" | "skip";
  skipReason: string;
}

/** Runs `work` with at most `limit` of them at once. */
export type Limiter = <T>(work: () => Promise<T>) => Promise<T>;

export function createLimiter(limit: number): Limiter {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else active += 1;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    }
  };
}

/**
 * Runs every task, receiver by receiver, within the limiter; answers each receiver's outcomes in
 * the order they finished, for its circuit.
 */
export async function runLanes(
  tasks: readonly LaneTask[],
  gateOf: (receiver: string) => LaneGate,
  claimProbe: (receiver: string) => Promise<boolean>,
  limit: Limiter,
): Promise<Map<string, AttemptOutcome[]>> {
  const lanes = new Map<string, LaneTask[]>();
  const unwatched: Promise<unknown>[] = [];
  for (const task of tasks) {
    if (task.receiver === null) unwatched.push(limit(() => task.run()));
    else lanes.set(task.receiver, [...(lanes.get(task.receiver) ?? []), task]);
  }
  const outcomes = new Map<string, AttemptOutcome[]>();
  await Promise.all([
    ...unwatched,
    ...[...lanes].map(async ([receiver, queue]) => {
      outcomes.set(receiver, await runLane(receiver, queue, gateOf(receiver), claimProbe, limit));
    }),
  ]);
  return outcomes;
}

async function runLane(
  receiver: string,
  queue: LaneTask[],
  gate: LaneGate,
  claimProbe: (receiver: string) => Promise<boolean>,
  limit: Limiter,
): Promise<AttemptOutcome[]> {
  const outcomes: AttemptOutcome[] = [];
  let mode: "attempt" | "probe" | "probing" | "skip" = gate.mode;
  let skipReason = gate.skipReason;
  // Another invocation may be probing already: then this one leaves the receiver alone.
  if (mode === "probe" && !(await claimProbe(receiver))) mode = "skip";
  let probing: Promise<void> | null = null;

  const settle = (outcome: AttemptOutcome | null, wasProbe: boolean) => {
    if (outcome) outcomes.push(outcome);
    if (outcome && !outcome.answered) {
      mode = "skip";
      skipReason = `not attempted: ${receiver} gave no answer to another attempt just now (${outcome.error})`;
    } else if (wasProbe) mode = "attempt";
  };

  const worker = async () => {
    for (;;) {
      // While the probe is out, the receiver's other messages wait for its verdict.
      while (probing) await probing;
      const task = queue.shift();
      if (!task) return;
      if (mode === "skip") {
        const reason = skipReason;
        await limit(() => task.skip(reason));
        continue;
      }
      const wasProbe = mode === "probe";
      if (wasProbe) mode = "probing";
      const run = limit(() => task.run()).then(
        (outcome) => settle(outcome, wasProbe),
        () => settle(null, wasProbe),
      );
      if (wasProbe)
        probing = run.then(() => {
          probing = null;
        });
      await run;
    }
  };
  await Promise.all(Array.from({ length: RECEIVER_SLOTS }, worker));
  return outcomes;
}
