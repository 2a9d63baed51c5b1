import { describe, expect, it } from "vitest";
import { untilProbeSeconds } from "../../../worker/handoff/backoff.ts";
import { type Circuit, circuitAfter, circuitGate } from "../../../worker/handoff/circuit.ts";
import {
  createLimiter,
  CUT_FLOOR_MS,
  createSendGate,
  isDiverted,
  isSuspect,
  MAX_IN_FLIGHT,
  RECEIVER_SLOTS,
  SLOW_ANSWER_MS,
  type SendGate,
} from "../../../worker/handoff/receiver-lanes.ts";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Result = Awaited<ReturnType<SendGate>>;
const ok: Result = { ok: true };
const timedOut: Result = {
  ok: false,
  error: "no answer within 10 s",
  retryable: true,
  timedOut: true,
};

function gateWith(circuits: Record<string, Circuit> = {}, claim = true) {
  return createSendGate({
    loadCircuit: async (receiver) => circuits[receiver] ?? null,
    claimProbe: async () => claim,
    limit: createLimiter(MAX_IN_FLIGHT),
    now: new Date("2026-12-01T12:00:00.000Z"),
  });
}

const openCircuit = (receiver: string, retryAt: string): Circuit => ({
  receiver,
  state: "open",
  failures: 3,
  trips: 1,
  retryAt,
  lastError: "no answer within 10 s",
  updatedAt: "2026-12-01T11:59:00.000Z",
});

describe("the send gate", () => {
  it("keeps at most six sends in flight, at most two per receiver", async () => {
    const { gate, reports } = gateWith();
    let inFlight = 0;
    let most = 0;
    const perReceiver = new Map<string, number>();
    let mostPerReceiver = 0;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const receiver = `r${i % 5}`;
        return gate(receiver, async () => {
          inFlight += 1;
          perReceiver.set(receiver, (perReceiver.get(receiver) ?? 0) + 1);
          most = Math.max(most, inFlight);
          mostPerReceiver = Math.max(mostPerReceiver, perReceiver.get(receiver) ?? 0);
          await tick(5);
          inFlight -= 1;
          perReceiver.set(receiver, (perReceiver.get(receiver) ?? 0) - 1);
          return ok;
        });
      }),
    );
    expect(most).toBe(MAX_IN_FLIGHT);
    expect(mostPerReceiver).toBe(RECEIVER_SLOTS);
    expect(reports().flatMap((r) => r.outcomes)).toHaveLength(20);
  });

  it("stops sending to a receiver once a send timed out; the rest come back as retryable failures", async () => {
    const { gate, reports } = gateWith();
    let sent = 0;
    const results = await Promise.all(
      [1, 2, 3, 4].map(() =>
        gate("hang", async () => {
          sent += 1;
          await tick(5);
          return timedOut;
        }),
      ),
    );
    expect(sent).toBe(RECEIVER_SLOTS);
    const notAttempted = results.filter((r) => !r.ok && r.error.startsWith("not attempted:"));
    expect(notAttempted).toHaveLength(2);
    expect(notAttempted.every((r) => !r.ok && r.retryable)).toBe(true);
    expect(reports()[0]?.outcomes).toHaveLength(2);
  });

  it("skips an open circuit without sending; past its cool-down one probe goes alone and the rest follow its answer", async () => {
    const { gate } = gateWith({
      shut: openCircuit("shut", "2026-12-01T12:01:00.000Z"),
      back: openCircuit("back", "2026-12-01T11:59:30.000Z"),
    });
    const log: string[] = [];
    const send = (name: string) => async () => {
      log.push(`start ${name}`);
      await tick(5);
      log.push(`end ${name}`);
      return ok;
    };
    const shut = await gate("shut", send("s1"));
    expect(shut).toMatchObject({ ok: false, retryable: true });
    expect(!shut.ok && shut.error).toMatch(/circuit open until 2026-12-01T12:01:00.000Z/);
    // It waits for the probe, not its own backoff (untilProbeSeconds below).
    expect(shut).toMatchObject({ notBefore: "2026-12-01T12:01:00.000Z" });
    await Promise.all([
      gate("back", send("b1")),
      gate("back", send("b2")),
      gate("back", send("b3")),
    ]);
    expect(log.slice(0, 2)).toEqual(["start b1", "end b1"]);
    expect(log.filter((l) => l.startsWith("start"))).toHaveLength(3);
  });

  it("leaves an open receiver alone when another invocation holds its probe", async () => {
    const { gate } = gateWith({ r: openCircuit("r", "2026-12-01T11:00:00.000Z") }, false);
    let sent = 0;
    const result = await gate("r", async () => {
      sent += 1;
      return ok;
    });
    expect(sent).toBe(0);
    expect(result.ok).toBe(false);
    // The probe's verdict is near (its lease is short): back on the normal backoff.
    expect(result).not.toHaveProperty("notBefore");
  });

  it("limits sends no circuit watches, without a lane", async () => {
    const { gate, reports } = gateWith();
    expect(await gate(null, async () => ok)).toEqual(ok);
    expect(reports()).toEqual([]);
  });
});

describe("untilProbeSeconds", () => {
  const now = new Date("2026-12-01T12:00:00.000Z");
  it("waits until the circuit's probe may go, spread over a fifth more, and not at all once it may", () => {
    expect(untilProbeSeconds("2026-12-01T12:01:00.000Z", now, () => 0)).toBe(60);
    expect(untilProbeSeconds("2026-12-01T12:01:00.000Z", now, () => 0.999)).toBe(72);
    expect(untilProbeSeconds("2026-12-01T11:59:00.000Z", now, () => 0.5)).toBe(0);
    expect(untilProbeSeconds("not a time", now)).toBe(0);
  });
});

describe("circuitAfter", () => {
  const now = new Date("2026-12-01T12:00:00.000Z");
  const silence = { answered: false as const, error: "no answer within 10 s" };

  it("writes nothing for a healthy receiver, counts silences in a row, and opens at three", () => {
    expect(circuitAfter(null, "r", [{ answered: true }], now)).toBeNull();
    const one = circuitAfter(null, "r", [silence], now);
    expect(one).toMatchObject({ state: "closed", failures: 1 });
    const reset = circuitAfter(one, "r", [silence, { answered: true }], now);
    expect(reset).toMatchObject({ state: "closed", failures: 0 });
    const tripped = circuitAfter(one, "r", [silence, silence], now) as Circuit;
    expect(tripped).toMatchObject({ state: "open", failures: 3, trips: 1 });
    expect(tripped.retryAt).toBe("2026-12-01T12:01:00.000Z");
    expect(circuitGate(tripped, now)).toBe("skip");
    expect(circuitGate(tripped, new Date("2026-12-01T12:01:00.000Z"))).toBe("probe");
    // A probe met by silence opens it again, for twice as long.
    const again = circuitAfter({ ...tripped, state: "half_open" }, "r", [silence], now);
    expect(again).toMatchObject({ state: "open", trips: 2, retryAt: "2026-12-01T12:02:00.000Z" });
    expect(circuitAfter(again, "r", [{ answered: true }], now)).toMatchObject({
      state: "closed",
      trips: 0,
    });
  });
});

describe("the send gate on the main delivery queues", () => {
  const suspects: string[] = [];
  const mainGate = (circuits: Record<string, Circuit> = {}) =>
    createSendGate({
      loadCircuit: async (receiver) => circuits[receiver] ?? null,
      claimProbe: async () => true,
      limit: createLimiter(MAX_IN_FLIGHT),
      now: new Date("2026-12-01T12:00:00.000Z"),
      mainLane: {
        budgetMs: SLOW_ANSWER_MS,
        onSuspect: (lane) => suspects.push(lane.receiver),
      },
    });

  it("gives each send the short budget, and diverts the receiver's other sends once one ran out of it", async () => {
    const { gate, reports } = mainGate();
    const budgets: (number | undefined)[] = [];
    const results = await Promise.all(
      [1, 2, 3, 4].map(() =>
        gate("slow", async (timeoutMs) => {
          budgets.push(timeoutMs);
          await tick(5);
          return timedOut;
        }),
      ),
    );
    expect(budgets).toEqual([SLOW_ANSWER_MS, SLOW_ANSWER_MS]);
    expect(results.filter((r) => isDiverted(r))).toHaveLength(2);
    expect(suspects).toEqual(["slow"]);
    expect(circuitAfter(null, "slow", reports()[0]?.outcomes ?? [], new Date())).toMatchObject({
      state: "closed",
      failures: 2,
    });
  });

  it("cuts a send short once the other receivers answered and it lags far behind them", async () => {
    const { gate } = mainGate();
    const started = Date.now();
    const [quick, hung] = await Promise.all([
      gate("quick", async () => {
        await tick(5);
        return ok;
      }),
      // Hangs until the gate cuts it, as a fetch given the signal would.
      gate(
        "hung",
        (_timeoutMs, cut) =>
          new Promise<Awaited<ReturnType<SendGate>>>((resolve) => {
            cut?.addEventListener("abort", () =>
              resolve({
                ok: false,
                error: String((cut.reason as Error).message),
                retryable: true,
                timedOut: true,
              }),
            );
          }),
      ),
    ]);
    const took = Date.now() - started;
    expect(quick).toEqual(ok);
    expect(hung).toMatchObject({ ok: false, timedOut: true });
    expect(!hung.ok && hung.error).toMatch(
      /^no answer within 1\.\d s, while the other receivers answered within 0\.0 s$/,
    );
    expect(took).toBeGreaterThanOrEqual(CUT_FLOOR_MS);
    expect(took).toBeLessThan(SLOW_ANSWER_MS);
  });

  it("diverts a suspect or open receiver without sending, and sends to a clean one", async () => {
    const suspect: Circuit = {
      ...openCircuit("suspect", "2026-12-01T11:00:00.000Z"),
      state: "closed",
      failures: 1,
    };
    const { gate } = mainGate({ suspect, open: openCircuit("open", "2026-12-01T11:00:00.000Z") });
    let sent = 0;
    const send = async () => {
      sent += 1;
      return ok;
    };
    expect(isDiverted(await gate("suspect", send))).toBe(true);
    expect(isDiverted(await gate("open", send))).toBe(true);
    expect(sent).toBe(0);
    expect(await gate("clean", send)).toEqual(ok);
    expect(sent).toBe(1);
  });
});

describe("the slow lane", () => {
  it("keeps a receiver that answers, but past the budget, suspect; a prompt answer clears it", async () => {
    const gate = createSendGate({
      loadCircuit: async () => null,
      claimProbe: async () => true,
      limit: createLimiter(MAX_IN_FLIGHT),
      now: new Date(),
      slowAfterMs: 20,
    });
    const late = await gate.gate("late", async (timeoutMs) => {
      expect(timeoutMs).toBeUndefined();
      await tick(40);
      return ok;
    });
    expect(late).toEqual(ok);
    const [lane] = gate.reports();
    const kept = circuitAfter(null, "late", lane?.outcomes ?? [], new Date());
    expect(kept).toMatchObject({ state: "closed", failures: 1 });
    expect(isSuspect(kept)).toBe(true);
    const cleared = circuitAfter(kept, "late", [{ answered: true }], new Date());
    expect(cleared).toMatchObject({ state: "closed", failures: 0 });
    expect(isSuspect(cleared)).toBe(false);
  });
});
