import { describe, expect, it } from "vitest";
import {
  type DeliveryRow,
  healthyRate,
  type ReceiverRecord,
  soakProblems,
  stallProblems,
} from "../../scripts/soak-checks.ts";
import type { RecordedRequest } from "../../scripts/webhook-receiver.ts";

const T0 = Date.parse("2026-01-01T00:00:00Z");
const payload = (n: number) => ({
  site_name: "soak",
  visitor_email: `visitor${n}@example.com`,
  visitor_message: `talk to a human (${n})`,
  last_ai_reply: null,
});

function request(id: string, n: number, status: number | null, atSeconds: number): RecordedRequest {
  return {
    method: "POST",
    path: "/hook",
    headers: { "webhook-id": id },
    body: JSON.stringify(payload(n)),
    receivedAt: new Date(T0 + atSeconds * 1000).toISOString(),
    status,
  };
}

/** Two handoffs to one receiver that was down from 10 s to 20 s: refused once, then delivered. */
function cleanRun() {
  const rows: DeliveryRow[] = [0, 1].map((n) => ({
    deliveryId: `d${n}`,
    channelId: "r0",
    status: "delivered",
    attempts: n + 1,
    payload: payload(n),
  }));
  const requests = [request("d0", 0, 200, 5), request("d1", 1, 500, 12), request("d1", 1, 200, 25)];
  const receiver: ReceiverRecord = {
    name: "r0",
    channelId: "r0",
    requests,
    signatureValid: new Map(requests.map((r) => [r, true])),
    window: { startedAt: T0 + 10_000, endedAt: T0 + 20_000 },
  };
  return { accepted: 2, sent: 2, expected: [payload(0), payload(1)], rows, receivers: [receiver] };
}

describe("soakProblems", () => {
  it("finds nothing wrong with a run that kept every promise", () => {
    expect(soakProblems(cleanRun())).toEqual([]);
  });

  it("names a delivery that did not end delivered", () => {
    const run = cleanRun();
    run.rows[1] = { ...(run.rows[1] as DeliveryRow), status: "failed" };
    expect(soakProblems(run)).toEqual(["1 deliveries ended failed, not delivered"]);
  });

  it("names a request whose payload is not its handoff's, or whose signature did not verify", () => {
    const run = cleanRun();
    const receiver = run.receivers[0] as ReceiverRecord;
    const forged = { ...request("d0", 1, 500, 6) };
    const requests = [...receiver.requests, forged];
    run.receivers = [
      { ...receiver, requests, signatureValid: new Map(receiver.requests.map((r) => [r, true])) },
    ];
    expect(soakProblems(run)).toEqual([
      "r0: 1 requests without a valid signature",
      "r0: 1 requests not carrying their handoff's payload",
    ]);
  });

  it("names a handoff one receiver accepted twice", () => {
    const run = cleanRun();
    const receiver = run.receivers[0] as ReceiverRecord;
    const again = request("d0", 0, 200, 30);
    run.receivers = [
      {
        ...receiver,
        requests: [...receiver.requests, again],
        signatureValid: new Map([...receiver.signatureValid, [again, true]]),
      },
    ];
    expect(soakProblems(run)).toEqual(["r0: 1 handoffs accepted more than once"]);
  });

  it("allows a second copy only of a delivery first accepted before the worker was killed", () => {
    const run = cleanRun();
    const receiver = run.receivers[0] as ReceiverRecord;
    // d0 was accepted at 5 s; the worker died at 8 s before recording it, and sent it again.
    const again = request("d0", 0, 200, 30);
    run.receivers = [
      {
        ...receiver,
        requests: [...receiver.requests, again],
        signatureValid: new Map([...receiver.signatureValid, [again, true]]),
      },
    ];
    expect(soakProblems({ ...run, crashedAt: T0 + 8_000 })).toEqual([]);
    // Killed at 4 s, before d0's first copy: nothing excuses the second.
    expect(soakProblems({ ...run, crashedAt: T0 + 4_000 })).toEqual([
      "r0: 1 handoffs accepted more than once",
    ]);
  });

  it("names a fault that no delivery met after it ended", () => {
    const run = cleanRun();
    const receiver = run.receivers[0] as ReceiverRecord;
    run.receivers = [{ ...receiver, window: { startedAt: T0 + 10_000, endedAt: T0 + 30_000 } }];
    expect(soakProblems(run)).toEqual([
      "r0: its fault did not overlap the deliveries (2 during it, 0 delivered after it)",
    ]);
  });
});

describe("healthyRate and stallProblems", () => {
  /** A healthy receiver that accepted handoff n at second `at[n]`, one id each. */
  const healthy = (name: string, at: number[]) => ({
    requests: at.map((s, n) => request(`${name}-${n}`, n, 200, s)),
  });

  it("counts each handoff once, at its first accepted copy, over the run and inside the window", () => {
    const r0 = healthy("r0", [1, 2, 3, 11, 12]);
    // A refused first try and a later copy of the same id: counted once, at its first 2xx.
    const r2 = {
      requests: [
        request("r2-0", 0, 500, 1),
        request("r2-0", 0, 200, 4),
        request("r2-0", 0, 200, 20),
      ],
    };
    const rate = healthyRate([r0, r2], T0, { startedAt: T0 + 2_000, endedAt: T0 + 12_000 });
    expect(rate).toMatchObject({ delivered: 6, seconds: 12, inWindow: 4, windowSeconds: 10 });
    expect(rate.perSecond).toBeCloseTo(0.5);
    expect(rate.windowPerSecond).toBeCloseTo(0.4);
  });

  it("passes a run that kept 90 % of the rate and names one that did not, overall and in the window", () => {
    const window = { startedAt: T0 + 10_000, endedAt: T0 + 20_000 };
    const steady = healthyRate(
      [
        healthy(
          "a",
          Array.from({ length: 30 }, (_, i) => i + 1),
        ),
      ],
      T0,
      window,
    );
    const kept = healthyRate(
      [
        healthy(
          "b",
          Array.from({ length: 30 }, (_, i) => (i + 1) * 1.05),
        ),
      ],
      T0,
      window,
    );
    expect(stallProblems(steady, kept)).toEqual([]);
    // Stalled for the whole window: nothing from 10 s to 20 s, the rest after it.
    const stalled = healthyRate(
      [
        healthy(
          "c",
          Array.from({ length: 30 }, (_, i) => (i < 9 ? i + 1 : i + 11)),
        ),
      ],
      T0,
      window,
    );
    expect(stallProblems(steady, stalled)).toEqual([
      "the healthy receivers kept 75 % of their rate (0.8 of 1.0 handoffs a second), not 90 %",
      "while the receiver hung, the healthy receivers kept 0 % of their rate over the same stretch (0.0 of 1.0 a second), not 90 %",
    ]);
  });
});
