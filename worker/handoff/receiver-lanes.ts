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
 * Two lanes keep a hanging receiver from stalling anyone, on Cloudflare and under `wrangler dev`
 * (which runs one batch of a queue at a time) alike. On the main delivery queues a send gets
 * the full attempt timeout, but less when the other receivers answered long before
 * (`CUT_FLOOR_MS`, `CUT_FACTOR`): a receiver that has not answered by then has its attempt fail
 * (retried on its backoff like any other) and is marked suspect at once, in this invocation and
 * in its stored circuit. A suspect receiver (any circuit but a
 * clean closed one) is not sent to on the main queues: its deliveries are diverted, unsent, to
 * the slow lane queue, where the full timeout, the circuit's cool-down and its probe run among
 * suspects only. An answer there within the budget clears it, and its next deliveries take the
 * main queues again; a slower answer delivers but keeps it on the slow lane. (A hand-over to
 * `waitUntil` would not do: a consumer acks its batch only once its `waitUntil` work is done.)
 *
 * Free of bindings: the consumer passes in how to read a circuit, claim a probe and limit.
 */
import { type AttemptOutcome, type Circuit, circuitGate } from "./circuit.ts";

export const MAX_IN_FLIGHT = 6;
export const RECEIVER_SLOTS = 2;
/**
 * Above this an answer is slow: on the slow lane it keeps its receiver suspect. Far above what a
 * healthy receiver takes (tens to hundreds of milliseconds). A send on the main queues may take
 * the full attempt timeout (10 s: the contract retries only an answer that didn't come in 10 s),
 * unless it lags far behind the batch's other receivers (`CUT_FLOOR_MS`, `CUT_FACTOR`).
 */
export const SLOW_ANSWER_MS = 5_000;
/**
 * Sooner than the budget, a send is cut once the invocation's other receivers have answered and
 * it has taken `CUT_FACTOR` times the slowest of their answers, and at least `CUT_FLOOR_MS`: a
 * receiver that hangs while the others answer costs its batch about that long, not the budget.
 * Relative, so a machine or network slow for everyone does not make every receiver suspect.
 */
export const CUT_FLOOR_MS = 1_500;
export const CUT_FACTOR = 10;

/** A send's failure as the gate reads it (a channel's `DeliveryResult` is one). */
type SendFailure = {
  ok: false;
  error: string;
  retryable: boolean;
  timedOut?: boolean;
  /**
   * Skipped for an open circuit: when its probe may go, so the delivery waits for it rather
   * than coming back (a claim and a record each time) on its own shorter backoff.
   */
  notBefore?: string;
};
export type SendResult = { ok: true } | SendFailure;

/** What the gate answers for a suspect receiver on the main lane: nothing sent, move it. */
export type Diverted = { ok: false; diverted: true; error: string; retryable: true };

/** Whether the gate diverted the send to the slow lane rather than making it. */
export function isDiverted<R extends SendResult>(
  result: R | SendFailure | Diverted,
): result is Diverted {
  return "diverted" in result;
}

/**
 * Wraps one send to `receiver` (null: a send no circuit watches, such as a reply email to a
 * visitor): runs it when the lane allows, or answers a retryable failure without sending.
 */
export type SendGate = <R extends SendResult>(
  receiver: string | null,
  send: (timeoutMs: number | undefined, cut?: AbortSignal) => Promise<R>,
) => Promise<R | SendFailure | Diverted>;

/** No lanes, no limit: one attempt on its own (tests, the dashboard's redelivery). */
export const sendFreely: SendGate = (_receiver, send) => send(undefined);

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
  /** Skipping for an open circuit: when its cool-down ends. */
  skipUntil: string | null;
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
   * receivers, give each send `budgetMs`, and call `onSuspect` with the receiver's lane the
   * moment it turns suspect, so its circuit is stored before the batch ends.
   */
  mainLane?: { budgetMs: number; onSuspect: (lane: LaneReport) => void };
  /** Above this, an answer on the slow lane is slow: it keeps the receiver suspect. */
  slowAfterMs?: number;
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
        skipUntil: null,
        inFlight: 0,
        waiting: [],
        probe: null,
        outcomes: [],
      };
      created.ready = options.loadCircuit(receiver).then(
        (circuit) => {
          created.circuit = circuit;
          created.mode = circuitGate(circuit, options.now);
          if (created.mode === "skip") created.skipUntil = circuit?.retryAt ?? null;
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
    ...(lane.skipUntil ? { notBefore: lane.skipUntil } : {}),
  });

  const diverted = (lane: Lane): Diverted => ({
    ok: false,
    diverted: true,
    error: lane.skipReason,
    retryable: true,
  });

  // The invocation's answers so far, for cutting a send that lags far behind them.
  let answers = 0;
  let slowestAnswerMs = 0;

  /** Sends on the main lane, cut short once it lags far behind the others' answers. */
  const sendWithCut = <R extends SendResult>(
    send: (timeoutMs: number | undefined, cut?: AbortSignal) => Promise<R>,
    budgetMs: number,
  ): Promise<R> => {
    const controller = new AbortController();
    const startedAt = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const elapsed = Date.now() - startedAt;
      const cutAt = Math.max(CUT_FLOOR_MS, CUT_FACTOR * slowestAnswerMs);
      if (answers > 0 && elapsed >= cutAt) {
        const waited = (elapsed / 1000).toFixed(1);
        const others = (slowestAnswerMs / 1000).toFixed(1);
        controller.abort(
          new Error(
            `no answer within ${waited} s, while the other receivers answered within ${others} s`,
          ),
        );
        return;
      }
      timer = setTimeout(check, answers > 0 ? cutAt - elapsed : 250);
    };
    timer = setTimeout(check, CUT_FLOOR_MS);
    return send(budgetMs, controller.signal).finally(() => {
      if (timer !== undefined) clearTimeout(timer);
    });
  };

  const run = async <R extends SendResult>(
    receiver: string,
    lane: Lane,
    send: (timeoutMs: number | undefined, cut?: AbortSignal) => Promise<R>,
  ): Promise<R> => {
    lane.inFlight += 1;
    try {
      const main = options.mainLane;
      let startedAt = Date.now();
      const result = await options.limit(() => {
        startedAt = Date.now();
        return main ? sendWithCut(send, main.budgetMs) : send(undefined);
      });
      const tookMs = Date.now() - startedAt;
      const slow = options.slowAfterMs !== undefined && tookMs > options.slowAfterMs;
      if (result.ok || !result.timedOut) {
        answers += 1;
        slowestAnswerMs = Math.max(slowestAnswerMs, tookMs);
      }
      if (!result.ok && result.timedOut) {
        lane.outcomes.push({ answered: false, error: result.error });
        if (main) {
          // Suspect from now on: the rest of its deliveries go to the slow lane, unsent.
          const first = lane.mode !== "divert";
          lane.mode = "divert";
          lane.skipReason = `not attempted here: ${receiver} is slow to answer (${result.error}); moved to the slow lane`;
          if (first) main.onSuspect(reportOf(receiver, lane));
        } else {
          lane.mode = "skip";
          lane.skipReason = `not attempted: ${receiver} gave no answer to another attempt just now (${result.error})`;
        }
      } else {
        lane.outcomes.push(slow ? { answered: true, slow: true } : { answered: true });
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
    send: (timeoutMs: number | undefined) => Promise<R>,
  ): Promise<R | SendFailure | Diverted> => {
    if (receiver === null) return options.limit(() => send(undefined));
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
