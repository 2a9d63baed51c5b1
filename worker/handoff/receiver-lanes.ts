/**
 * How one consumer invocation spends its connections: at most `MAX_IN_FLIGHT` sends at once (a
 * Worker invocation may hold 6 connections; a send past the sixth would wait for one while its
 * own timeout runs), and each receiver in its own lane with its own budget: at most
 * `RECEIVER_SLOTS` of those connections, and no further send in this invocation once one got no
 * answer in time. So a receiver that hangs holds two connections for one timeout, the other
 * receivers keep the rest, and its remaining messages go back on their backoff at once. A lane
 * starts from the receiver's stored circuit: closed, it sends; open, it skips; past its
 * cool-down, one send probes it while the lane's others wait for the verdict.
 *
 * Two queues keep a hanging receiver from stalling anyone, on Cloudflare and under `wrangler dev`
 * (which runs one batch of a queue at a time) alike. On the main delivery queues a lane never
 * waits for a receiver past `SLOW_ATTEMPT_BUDGET_MS`: a send still unanswered then is handed
 * over (it goes on in the background and records its own outcome, the consumer retries its
 * message later) and the receiver is marked suspect at once, in this invocation and in its
 * stored circuit. A suspect receiver (any circuit but a clean closed one) is not sent to on the
 * main queues: its deliveries are diverted, unattempted, to the slow lane queue, where the
 * circuit's full timeout, cool-down and probe run among suspects only. An answer there closes
 * the circuit and its next deliveries take the main queues again.
 *
 * Free of bindings: the consumer passes in how to read a circuit, claim a probe and limit.
 */
import { type AttemptOutcome, type Circuit, circuitGate } from "./circuit.ts";

export const MAX_IN_FLIGHT = 6;
export const RECEIVER_SLOTS = 2;
/**
 * How long a main-queue batch waits for one send before handing it over: far above what a
 * healthy receiver takes (tens to hundreds of milliseconds), far below the 10 s attempt timeout.
 */
export const SLOW_ATTEMPT_BUDGET_MS = 1_500;

/** A send's failure as the gate reads it (a channel's `DeliveryResult` is one). */
type SendFailure = { ok: false; error: string; retryable: boolean; timedOut?: boolean };
export type SendResult = { ok: true } | SendFailure;

/**
 * What the gate answers instead of a result when it did not wait for one:
 * - `divert`: the receiver is suspect; nothing was sent, the delivery belongs on the slow lane.
 * - `handedOver`: the send is still running past the budget; `outcome` settles with its result.
 */
export type GateDetour<R> =
  | { ok: false; detour: "divert"; error: string; retryable: true }
  | { ok: false; detour: "handedOver"; error: string; retryable: true; outcome: Promise<R> };

/** Whether the gate's answer is a detour rather than a send's own result. */
export function isDetour<R>(result: R | SendFailure | GateDetour<R>): result is GateDetour<R> {
  return typeof result === "object" && result !== null && "detour" in result;
}

/**
 * Wraps one send to `receiver` (null: a send no circuit watches, such as a reply email to a
 * visitor): runs it when the lane allows, or answers a retryable failure without sending.
 */
export type SendGate = <R extends SendResult>(
  receiver: string | null,
  send: () => Promise<R>,
) => Promise<R | SendFailure | GateDetour<R>>;

/** No lanes, no limit: one attempt on its own (tests, the dashboard's redelivery). */
export const sendFreely: SendGate = (_receiver, send) => send();

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

/** One receiver's lane in this invocation: its stored circuit and what its sends got. */
export interface LaneReport {
  receiver: string;
  circuit: Circuit | null;
  /** In the order the sends finished; sends skipped or crashed are not in it. */
  outcomes: AttemptOutcome[];
}

interface Lane {
  ready: Promise<void>;
  circuit: Circuit | null;
  mode: "attempt" | "probe" | "probing" | "skip" | "divert";
  skipReason: string;
  inFlight: number;
  waiting: (() => void)[];
  probe: Promise<void> | null;
  outcomes: AttemptOutcome[];
}

/** The gate for one invocation, and the lanes' reports once its sends are done. */
export function createSendGate(options: {
  loadCircuit: (receiver: string) => Promise<Circuit | null>;
  claimProbe: (receiver: string) => Promise<boolean>;
  limit: Limiter;
  now: Date;
  /**
   * The main queues' rules (absent: the slow lane's, or a lone attempt's): divert suspect
   * receivers, hand over a send past `budgetMs`, and call `onSuspect` with the receiver's lane
   * the moment it turns suspect, so its circuit can be stored before the batch ends.
   */
  mainLane?: { budgetMs: number; onSuspect: (lane: LaneReport) => void };
}): { gate: SendGate; reports: () => LaneReport[] } {
  const lanes = new Map<string, Lane>();

  const laneOf = (receiver: string): Lane => {
    let lane = lanes.get(receiver);
    if (!lane) {
      const created: Lane = {
        ready: Promise.resolve(),
        circuit: null,
        mode: "attempt",
        skipReason: "",
        inFlight: 0,
        waiting: [],
        probe: null,
        outcomes: [],
      };
      created.ready = options.loadCircuit(receiver).then(
        (circuit) => {
          created.circuit = circuit;
          created.mode = circuitGate(circuit, options.now);
          if (options.mainLane && isSuspect(circuit)) created.mode = "divert";
          const until = circuit?.retryAt ? ` until ${circuit.retryAt}` : "";
          created.skipReason = `not attempted: ${receiver} is not answering (circuit open${until}; last: ${circuit?.lastError ?? "no answer"})`;
        },
        // Without its circuit the receiver is treated as closed: deliveries go on regardless.
        () => undefined,
      );
      lanes.set(receiver, created);
      lane = created;
    }
    return lane;
  };

  const skipped = (lane: Lane): SendFailure => ({
    ok: false,
    error: lane.skipReason,
    retryable: true,
  });

  const diverted = (lane: Lane): GateDetour<never> => ({
    ok: false,
    detour: "divert",
    error: lane.skipReason,
    retryable: true,
  });

  /**
   * On the main lane: the send's result, or a hand-over once it has run `budgetMs` unanswered
   * (the send keeps its connection and goes on; the lane turns suspect and diverts the rest).
   */
  const withinBudget = async <R extends SendResult>(
    receiver: string,
    lane: Lane,
    sending: Promise<R>,
  ): Promise<R | GateDetour<R>> => {
    const main = options.mainLane;
    if (!main) return sending;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), main.budgetMs);
    });
    const first = await Promise.race([sending, late]);
    if (timer !== undefined) clearTimeout(timer);
    if (first !== "late") return first;
    const error = `no answer within ${main.budgetMs} ms: handed over, ${receiver} is suspect`;
    lane.outcomes.push({ answered: false, error });
    if (lane.mode !== "divert") {
      lane.mode = "divert";
      lane.skipReason = `not attempted here: ${receiver} is slow to answer (${error})`;
      main.onSuspect(reportOf(receiver, lane));
    }
    return { ok: false, detour: "handedOver", error, retryable: true, outcome: sending };
  };

  const run = async <R extends SendResult>(
    receiver: string,
    lane: Lane,
    send: () => Promise<R>,
  ): Promise<R | GateDetour<R>> => {
    lane.inFlight += 1;
    try {
      const result = await withinBudget(receiver, lane, options.limit(send));
      if (isDetour(result)) return result;
      if (!result.ok && result.timedOut) {
        lane.outcomes.push({ answered: false, error: result.error });
        lane.mode = "skip";
        lane.skipReason = `not attempted: ${receiver} gave no answer to another attempt just now (${result.error})`;
      } else {
        lane.outcomes.push({ answered: true });
        if (lane.mode === "probing") lane.mode = "attempt";
      }
      return result;
    } finally {
      lane.inFlight -= 1;
      // Everyone waiting looks again: a slot is free, or the lane now skips.
      for (const wake of lane.waiting.splice(0)) wake();
    }
  };

  const gate: SendGate = async <R extends SendResult>(
    receiver: string | null,
    send: () => Promise<R>,
  ): Promise<R | SendFailure> => {
    if (receiver === null) return options.limit(send);
    const lane = laneOf(receiver);
    await lane.ready;
    for (;;) {
      if (lane.mode === "divert") return diverted(lane);
      if (lane.mode === "skip") return skipped(lane);
      if (lane.mode === "probing") {
        await lane.probe;
        continue;
      }
      if (lane.mode === "probe") {
        // The first send to an open circuit past its cool-down probes it, if no other
        // invocation already is; the lane's other sends wait for the verdict.
        lane.mode = "probing";
        let finish = () => {};
        lane.probe = new Promise<void>((resolve) => {
          finish = resolve;
        });
        try {
          if (!(await options.claimProbe(receiver).catch(() => false))) {
            lane.mode = "skip";
            return skipped(lane);
          }
          return await run(receiver, lane, send);
        } finally {
          // A probe that crashed says nothing of the receiver: the others may try.
          if (lane.mode === "probing") lane.mode = "attempt";
          lane.probe = null;
          finish();
        }
      }
      if (lane.inFlight >= RECEIVER_SLOTS) {
        await new Promise<void>((resolve) => lane.waiting.push(resolve));
        continue;
      }
      return run(receiver, lane, send);
    }
  };

  const reportOf = (receiver: string, lane: Lane): LaneReport => ({
    receiver,
    circuit: lane.circuit,
    outcomes: [...lane.outcomes],
  });
  const reports = () => [...lanes].map(([receiver, lane]) => reportOf(receiver, lane));
  return { gate, reports };
}

/**
 * Whether a receiver's deliveries belong on the slow lane: its circuit is open or half-open, or
 * closed with silences not yet answered for. A receiver that has always answered has none.
 */
export function isSuspect(circuit: Circuit | null): boolean {
  return circuit !== null && (circuit.state !== "closed" || circuit.failures > 0);
}
