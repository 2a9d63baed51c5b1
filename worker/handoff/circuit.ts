/**
 * A receiver's circuit: the consumer's memory, shared by every invocation, of a receiver that
 * stopped answering. Closed, it is attempted as usual; after `CIRCUIT_TRIP_AFTER` attempts in a
 * row that got no answer within the attempt timeout it opens, and its deliveries are retried
 * on their normal backoff without anyone waiting 10 s for it; after a cool-down one attempt goes
 * through as a probe (half-open): an answer closes the circuit, silence opens it again for a
 * longer cool-down. Pure: the store and the consumer do the I/O.
 *
 * Only silence counts. A receiver that answers 500 or refuses the connection at once costs the
 * consumer nothing, and its deliveries already back off one by one; a receiver that hangs holds a connection for the whole
 * attempt timeout, and that is what stalls everyone else.
 */
import type { Channel } from "../sites/config-schema.ts";

export type CircuitState = "closed" | "open" | "half_open";

export interface Circuit {
  /** `host[:port]` of a webhook or Slack URL, or `<type>:<site>/<channel>` for an email channel. */
  receiver: string;
  state: CircuitState;
  /** Attempts in a row that got no answer. */
  failures: number;
  /** Times it opened since it was last closed; the cool-down doubles with each. */
  trips: number;
  /** Open: when a probe may go. Half-open: when the probe's claim lapses if its invocation died. */
  retryAt: string | null;
  lastError: string | null;
  updatedAt: string;
}

export const CIRCUIT_TRIP_AFTER = 3;
const COOL_DOWN_SECONDS = 60;
const MAX_COOL_DOWN_SECONDS = 15 * 60;

/**
 * One attempt as the circuit sees it: answered (whatever the status; `slow` when past the main
 * lane's budget), or silence.
 */
export type AttemptOutcome =
  | { answered: true; slow?: boolean }
  | { answered: false; error: string };

/**
 * Who receives a channel's deliveries, for its circuit and its budget. Every channel posting to
 * the same host shares one (a Slack outage is one receiver, not one per site).
 *
 * @example
 * receiverOf("acme", { id: "crm", type: "webhook", url: "https://crm.example:8443/h" }); // "crm.example:8443"
 */
export function receiverOf(site: string, channel: Channel): string {
  const url =
    channel.type === "webhook" ? channel.url : channel.type === "slack" ? channel.webhookUrl : null;
  // Channels without a URL of their own (email, and any later kind) are each their own receiver.
  const own = `${channel.type}:${site}/${channel.id}`;
  if (url === null) return own;
  try {
    return new URL(url).host || own;
  } catch {
    return own;
  }
}

/** What the consumer does with a receiver's messages now: attempt them, send one probe, or skip. */
export function circuitGate(circuit: Circuit | null, now: Date): "attempt" | "probe" | "skip" {
  if (!circuit || circuit.state === "closed") return "attempt";
  const retryAt = circuit.retryAt ? Date.parse(circuit.retryAt) : 0;
  return retryAt <= now.getTime() ? "probe" : "skip";
}

/** The cool-down after the circuit opened for the `trips`-th time: 60 s doubling, at most 15 min. */
export function coolDownSeconds(trips: number): number {
  return Math.min(MAX_COOL_DOWN_SECONDS, COOL_DOWN_SECONDS * 2 ** Math.max(0, trips - 1));
}

/**
 * The circuit after one invocation's attempts at its receiver (in the order they finished), or
 * null when nothing changed and nothing needs writing (the healthy path writes nothing).
 *
 * @example
 * circuitAfter(null, "crm.example", [{ answered: false, error: "no answer" }], now).failures; // 1
 */
export function circuitAfter(
  previous: Circuit | null,
  receiver: string,
  outcomes: readonly AttemptOutcome[],
  now: Date,
): Circuit | null {
  if (outcomes.length === 0) return null;
  let trailing = 0;
  let lastError: string | null = previous?.lastError ?? null;
  for (const outcome of outcomes) {
    if (outcome.answered) trailing = 0;
    else {
      trailing += 1;
      lastError = outcome.error;
    }
  }
  const answeredAny = outcomes.some((o) => o.answered);
  const updatedAt = now.toISOString();
  if (trailing === 0 && outcomes.at(-1)?.answered && outcomes.some((o) => o.answered && o.slow)) {
    // Answered, but slower than the main lane allows: closed (no cool-down, it delivers) and
    // still suspect (one failure on record), so its deliveries stay on the slow lane.
    if (previous?.state === "closed" && previous.failures > 0) return null;
    const slowError = "answered, but slower than the main delivery lane allows";
    return {
      receiver,
      state: "closed",
      failures: 1,
      trips: 0,
      retryAt: null,
      lastError: slowError,
      updatedAt,
    };
  }
  if (trailing === 0) {
    if (!previous || (previous.state === "closed" && previous.failures === 0)) return null;
    return {
      receiver,
      state: "closed",
      failures: 0,
      trips: 0,
      retryAt: null,
      lastError,
      updatedAt,
    };
  }
  const failures = answeredAny ? trailing : (previous?.failures ?? 0) + trailing;
  // A probe that got no answer opens it again at once; a closed one opens at the threshold.
  const wasOpen = previous !== null && previous.state !== "closed";
  if (wasOpen || failures >= CIRCUIT_TRIP_AFTER) {
    const trips = (previous?.trips ?? 0) + 1;
    const retryAt = new Date(now.getTime() + coolDownSeconds(trips) * 1000).toISOString();
    return { receiver, state: "open", failures, trips, retryAt, lastError, updatedAt };
  }
  return { receiver, state: "closed", failures, trips: 0, retryAt: null, lastError, updatedAt };
}
