import { describe, expect, it } from "vitest";
import { type Circuit, circuitAfter, circuitGate } from "../../../worker/handoff/circuit.ts";
import {
  createLimiter,
  type LaneTask,
  MAX_IN_FLIGHT,
  RECEIVER_SLOTS,
  runLanes,
} from "../../../worker/handoff/receiver-lanes.ts";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const open = { mode: "attempt" as const, skipReason: "" };

describe("runLanes", () => {
  it("keeps at most six attempts in flight, at most two per receiver", async () => {
    let inFlight = 0;
    let most = 0;
    const perReceiver = new Map<string, number>();
    let mostPerReceiver = 0;
    const tasks: LaneTask[] = Array.from({ length: 20 }, (_, i) => {
      const receiver = `r${i % 5}`;
      return {
        receiver,
        run: async () => {
          inFlight += 1;
          perReceiver.set(receiver, (perReceiver.get(receiver) ?? 0) + 1);
          most = Math.max(most, inFlight);
          mostPerReceiver = Math.max(mostPerReceiver, perReceiver.get(receiver) ?? 0);
          await tick(5);
          inFlight -= 1;
          perReceiver.set(receiver, (perReceiver.get(receiver) ?? 0) - 1);
          return { answered: true };
        },
        skip: async () => {},
      };
    });
    const outcomes = await runLanes(
      tasks,
      () => open,
      async () => true,
      createLimiter(MAX_IN_FLIGHT),
    );
    expect(most).toBe(MAX_IN_FLIGHT);
    expect(mostPerReceiver).toBe(RECEIVER_SLOTS);
    expect([...outcomes.values()].flat()).toHaveLength(20);
  });

  it("skips a receiver's remaining messages once one got no answer; a probe goes alone, the rest follow its verdict", async () => {
    const log: string[] = [];
    const task = (receiver: string, name: string, answered: boolean): LaneTask => ({
      receiver,
      run: async () => {
        log.push(`run ${name}`);
        await tick(5);
        return answered ? { answered } : { answered, error: "no answer within 10 s" };
      },
      skip: async (reason) => {
        log.push(`skip ${name}: ${reason.slice(0, 13)}`);
      },
    });
    const outcomes = await runLanes(
      [
        task("hang", "h1", false),
        task("hang", "h2", false),
        task("hang", "h3", false),
        task("back", "b1", true),
        task("back", "b2", true),
        task("back", "b3", true),
      ],
      (receiver) => (receiver === "back" ? { mode: "probe", skipReason: "" } : open),
      async () => true,
      createLimiter(MAX_IN_FLIGHT),
    );
    expect(log.filter((l) => l.startsWith("run h"))).toEqual(["run h1", "run h2"]);
    expect(log).toContain("skip h3: not attempted");
    // b1 probes alone: b2 starts only after its answer.
    expect(log.indexOf("run b2")).toBeGreaterThan(log.indexOf("run b1"));
    expect(log.filter((l) => l.startsWith("run b"))).toHaveLength(3);
    expect(outcomes.get("hang")).toHaveLength(2);
  });

  it("leaves an open receiver alone when another invocation holds its probe", async () => {
    let ran = 0;
    let skipped = 0;
    const task: LaneTask = {
      receiver: "r",
      run: async () => {
        ran += 1;
        return { answered: true };
      },
      skip: async () => {
        skipped += 1;
      },
    };
    await runLanes(
      [task],
      () => ({ mode: "probe", skipReason: "open" }),
      async () => false,
      createLimiter(6),
    );
    expect({ ran, skipped }).toEqual({ ran: 0, skipped: 1 });
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
