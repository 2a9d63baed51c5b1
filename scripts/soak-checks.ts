/**
 * What `npm run soak` asserts, as plain functions of what the receivers recorded and what D1
 * holds, so that the claims are checked by code that can be tested without a stack.
 */
import type { RecordedRequest } from "./webhook-receiver.ts";

/** A delivery row joined with its handoff, as the soak reads it from D1. */
export interface DeliveryRow {
  deliveryId: string;
  channelId: string;
  status: string;
  attempts: number;
  payload: {
    site_name: string;
    visitor_email: string | null;
    visitor_message: string;
    last_ai_reply: string | null;
  };
}

/** A stretch of time during which a receiver was told to misbehave. */
export interface FaultWindow {
  startedAt: number;
  endedAt: number | null;
}

/** One receiver as the soak saw it. */
export interface ReceiverRecord {
  name: string;
  channelId: string;
  requests: readonly RecordedRequest[];
  /** Whether each request's signature verified, checked when it arrived. */
  signatureValid: ReadonlyMap<RecordedRequest, boolean>;
  /** The receiver's fault stretch; null for one that misbehaves throughout or never. */
  window: FaultWindow | null;
}

/** What a receiver absorbed, for the table the soak prints. */
export interface Absorbed {
  requests: number;
  accepted: number;
  refused: number;
  hungOrDropped: number;
  uniqueDelivered: number;
  duplicates: number;
  mostAttemptsForOneDelivery: number;
  duringFault: number;
  deliveredAfterFault: number;
}

const isSuccess = (r: RecordedRequest) => r.status !== null && r.status >= 200 && r.status < 300;

/** Counts what one receiver took: answered, refused, hung, and how its fault overlapped. */
export function absorbed(receiver: ReceiverRecord): Absorbed {
  const byId = new Map<string, RecordedRequest[]>();
  for (const r of receiver.requests) {
    const id = r.headers["webhook-id"] ?? "";
    byId.set(id, [...(byId.get(id) ?? []), r]);
  }
  const successes = receiver.requests.filter(isSuccess);
  const uniqueDelivered = new Set(successes.map((r) => r.headers["webhook-id"])).size;
  const window = receiver.window;
  const at = (r: RecordedRequest) => Date.parse(r.receivedAt);
  return {
    requests: receiver.requests.length,
    accepted: successes.length,
    refused: receiver.requests.filter((r) => r.status !== null && !isSuccess(r)).length,
    hungOrDropped: receiver.requests.filter((r) => r.status === null).length,
    uniqueDelivered,
    duplicates: successes.length - uniqueDelivered,
    mostAttemptsForOneDelivery: Math.max(0, ...[...byId.values()].map((rs) => rs.length)),
    duringFault: window
      ? receiver.requests.filter(
          (r) => at(r) >= window.startedAt && (window.endedAt === null || at(r) < window.endedAt),
        ).length
      : 0,
    deliveredAfterFault:
      window?.endedAt != null
        ? successes.filter((r) => at(r) >= (window.endedAt ?? Number.POSITIVE_INFINITY)).length
        : 0,
  };
}

/**
 * Every way the run fell short of its claims, as sentences; empty when it held: every handoff
 * stored, every delivery `delivered`, every payload its handoff's, every signature valid, no
 * handoff delivered twice to one receiver, and every fault stretch met by deliveries both during
 * it and after it.
 */
export function soakProblems(input: {
  accepted: number;
  sent: number;
  /** The payload each accepted handoff must arrive as: what the run sent. */
  expected: readonly DeliveryRow["payload"][];
  rows: readonly DeliveryRow[];
  receivers: readonly ReceiverRecord[];
  /**
   * When the worker was killed mid-run (epoch ms). A delivery it had sent but not yet recorded
   * is sent again after the restart, with the same webhook-id (at-least-once: the receiver
   * deduplicates on it); only such a copy, whose first acceptance came before the crash, is
   * allowed twice.
   */
  crashedAt?: number;
}): string[] {
  const problems: string[] = [];
  const expected = new Set(input.expected.map(canonical));
  if (input.accepted !== input.sent) {
    problems.push(`${input.sent - input.accepted} of ${input.sent} handoffs were not accepted`);
  }
  const handoffs = input.rows.length / Math.max(1, input.receivers.length);
  if (handoffs !== input.accepted) {
    problems.push(`D1 holds deliveries for ${handoffs} handoffs, not ${input.accepted}`);
  }
  const notDelivered = input.rows.filter((r) => r.status !== "delivered");
  if (notDelivered.length > 0) {
    const statuses = [...new Set(notDelivered.map((r) => r.status))].join(", ");
    problems.push(`${notDelivered.length} deliveries ended ${statuses}, not delivered`);
  }
  const rowById = new Map(input.rows.map((r) => [r.deliveryId, r]));
  for (const receiver of input.receivers) {
    const unsigned = receiver.requests.filter((r) => receiver.signatureValid.get(r) !== true);
    if (unsigned.length > 0) {
      problems.push(`${receiver.name}: ${unsigned.length} requests without a valid signature`);
    }
    let wrongPayloads = 0;
    for (const request of receiver.requests) {
      const row = rowById.get(request.headers["webhook-id"] ?? "");
      if (!row || row.channelId !== receiver.channelId || !samePayload(request.body, row.payload))
        wrongPayloads += 1;
    }
    if (wrongPayloads > 0) {
      problems.push(
        `${receiver.name}: ${wrongPayloads} requests not carrying their handoff's payload`,
      );
    }
    const stored = input.rows.filter((r) => r.channelId === receiver.channelId);
    const storedPayloads = new Set(stored.map((r) => canonical(r.payload)));
    if (
      storedPayloads.size !== expected.size ||
      [...expected].some((p) => !storedPayloads.has(p))
    ) {
      problems.push(`${receiver.name}: the stored handoffs are not the ones sent`);
    }
    const counts = absorbed(receiver);
    if (counts.uniqueDelivered !== input.expected.length) {
      problems.push(
        `${receiver.name}: ${counts.uniqueDelivered} handoffs received, not ${input.expected.length}`,
      );
    }
    // A 2xx answer is final for the worker, and on loopback no answer is lost, so at-least-once
    // allows no second accepted copy of a delivery here, but of one the crash interrupted.
    const unexplained = counts.duplicates - resentAfterCrash(receiver, input.crashedAt);
    if (unexplained > 0) {
      problems.push(`${receiver.name}: ${unexplained} handoffs accepted more than once`);
    }
    if (receiver.window) {
      if (receiver.window.endedAt === null) {
        problems.push(`${receiver.name}: its fault never ended`);
      } else if (counts.duringFault === 0 || counts.deliveredAfterFault === 0) {
        problems.push(
          `${receiver.name}: its fault did not overlap the deliveries (${counts.duringFault} during it, ${counts.deliveredAfterFault} delivered after it)`,
        );
      }
    }
  }
  return problems;
}

/**
 * Second and later accepted copies of deliveries whose first copy was accepted before
 * `crashedAt`: the worker may have died before recording it delivered. 0 without a crash.
 */
export function resentAfterCrash(receiver: ReceiverRecord, crashedAt: number | undefined): number {
  if (crashedAt === undefined) return 0;
  const firstAccepted = new Map<string, number>();
  let resent = 0;
  for (const r of [...receiver.requests].filter(isSuccess).sort(byArrival)) {
    const id = r.headers["webhook-id"] ?? "";
    const first = firstAccepted.get(id);
    if (first === undefined) firstAccepted.set(id, Date.parse(r.receivedAt));
    else if (first < crashedAt) resent++;
  }
  return resent;
}

const byArrival = (a: RecordedRequest, b: RecordedRequest) =>
  Date.parse(a.receivedAt) - Date.parse(b.receivedAt);

function canonical(payload: DeliveryRow["payload"]): string {
  return JSON.stringify([
    payload.site_name,
    payload.visitor_email,
    payload.visitor_message,
    payload.last_ai_reply,
  ]);
}

function samePayload(body: string, expected: DeliveryRow["payload"]): boolean {
  try {
    const got = JSON.parse(body) as Record<string, unknown>;
    const keys = Object.keys(got).sort();
    return (
      keys.join() === Object.keys(expected).sort().join() &&
      keys.every((k) => got[k] === expected[k as keyof DeliveryRow["payload"]])
    );
  } catch {
    return false;
  }
}

/** How fast the healthy receivers got their handoffs over one run of the stall soak. */
export interface HealthyRate {
  /** Handoffs the healthy receivers accepted (unique webhook-ids, summed over them). */
  delivered: number;
  /** From the run's start to the last of those first acceptances. */
  seconds: number;
  perSecond: number;
  /**
   * Of them, first accepted inside the window (the hang, or the same stretch without it), cut
   * at the healthy receivers' last delivery: the rate while they still had something to get.
   */
  inWindow: number;
  windowSeconds: number;
  windowPerSecond: number;
}

/**
 * The healthy receivers' delivery rate: each one's handoffs at their first accepted copy, from
 * `startedAt`, over the whole run and inside `window` (the hang's stretch in the run with the
 * hang, the same trigger's stretch in the run without it).
 */
export function healthyRate(
  healthy: readonly Pick<ReceiverRecord, "requests">[],
  startedAt: number,
  window: FaultWindow | null,
): HealthyRate {
  const firsts: number[] = [];
  for (const receiver of healthy) {
    const first = new Map<string, number>();
    for (const r of receiver.requests) {
      if (!isSuccess(r)) continue;
      const id = r.headers["webhook-id"] ?? "";
      const at = Date.parse(r.receivedAt);
      first.set(id, Math.min(first.get(id) ?? Number.POSITIVE_INFINITY, at));
    }
    firsts.push(...first.values());
  }
  const last = Math.max(startedAt, ...firsts);
  const seconds = (last - startedAt) / 1000;
  const from = window?.startedAt ?? 0;
  // A run whose healthy deliveries end inside the window is measured up to its last one.
  const until = Math.min(window?.endedAt ?? from, last + 1);
  const inWindow = window ? firsts.filter((t) => t >= from && t < until).length : 0;
  const windowSeconds = Math.max(0, until - from) / 1000;
  return {
    delivered: firsts.length,
    seconds,
    perSecond: seconds > 0 ? firsts.length / seconds : 0,
    inWindow,
    windowSeconds,
    windowPerSecond: windowSeconds > 0 ? inWindow / windowSeconds : 0,
  };
}

/** The share of its rate without the hang that the healthy receivers must keep with it. */
export const HEALTHY_RATE_KEPT = 0.9;

/**
 * Whether the healthy receivers kept `HEALTHY_RATE_KEPT` of their rate while one receiver hung,
 * over the whole run and inside the hang's stretch; empty when they did.
 */
export function stallProblems(without: HealthyRate, withHang: HealthyRate): string[] {
  const problems: string[] = [];
  const kept = (a: number, b: number) => (b > 0 ? a / b : 0);
  const overall = kept(withHang.perSecond, without.perSecond);
  if (overall < HEALTHY_RATE_KEPT) {
    problems.push(
      `the healthy receivers kept ${(overall * 100).toFixed(0)} % of their rate (${withHang.perSecond.toFixed(1)} of ${without.perSecond.toFixed(1)} handoffs a second), not ${HEALTHY_RATE_KEPT * 100} %`,
    );
  }
  const inWindow = kept(withHang.windowPerSecond, without.windowPerSecond);
  if (without.inWindow > 0 && inWindow < HEALTHY_RATE_KEPT) {
    problems.push(
      `while the receiver hung, the healthy receivers kept ${(inWindow * 100).toFixed(0)} % of their rate over the same stretch (${withHang.windowPerSecond.toFixed(1)} of ${without.windowPerSecond.toFixed(1)} a second), not ${HEALTHY_RATE_KEPT * 100} %`,
    );
  }
  return problems;
}
