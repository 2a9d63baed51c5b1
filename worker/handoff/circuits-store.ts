/**
 * The receiver_circuits table: each receiver's circuit (see circuit.ts), where every consumer
 * invocation sees it. Writes are last-writer-wins: two invocations finishing at once may each
 * count their own silences, which only delays or hastens a trip by an attempt or two.
 */
import type { Channel } from "../sites/config-schema.ts";
import { type Circuit, receiverOf } from "./circuit.ts";

const CIRCUIT_COLUMNS =
  "receiver, state, failures, trips, retry_at AS retryAt, last_error AS lastError, updated_at AS updatedAt";

/** The stored circuits of these receivers, by receiver; a receiver without a row is closed. */
export async function getCircuits(
  db: D1Database,
  receivers: readonly string[],
): Promise<Map<string, Circuit>> {
  if (receivers.length === 0) return new Map();
  const { results } = await db
    .prepare(
      `SELECT ${CIRCUIT_COLUMNS} FROM receiver_circuits WHERE receiver IN (SELECT value FROM json_each(?))`,
    )
    .bind(JSON.stringify([...new Set(receivers)]))
    .all<Circuit>();
  return new Map(results.map((c) => [c.receiver, c]));
}

/**
 * Claims the one probe of an open circuit whose cool-down is over: half-open until `leaseUntil`,
 * so that concurrent invocations don't all probe, and another may if this one dies. True when
 * this caller won it.
 */
export async function claimProbe(
  db: D1Database,
  receiver: string,
  now: string,
  leaseUntil: string,
): Promise<boolean> {
  const result = await db
    .prepare(
      `UPDATE receiver_circuits SET state = 'half_open', retry_at = ?, updated_at = ?
       WHERE receiver = ? AND state IN ('open', 'half_open') AND (retry_at IS NULL OR retry_at <= ?)`,
    )
    .bind(leaseUntil, now, receiver, now)
    .run();
  return result.meta.changes === 1;
}

/** Stores a circuit as `circuitAfter` computed it. */
export function putCircuit(db: D1Database, c: Circuit): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO receiver_circuits (receiver, state, failures, trips, retry_at, last_error, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (receiver) DO UPDATE SET state = excluded.state, failures = excluded.failures,
         trips = excluded.trips, retry_at = excluded.retry_at, last_error = excluded.last_error,
         updated_at = excluded.updated_at`,
    )
    .bind(c.receiver, c.state, c.failures, c.trips, c.retryAt, c.lastError, c.updatedAt);
}

/** A channel with its receiver's circuit, as the admin API and the Channels page show it. */
export interface ChannelCircuit {
  channel: string;
  type: string;
  receiver: string;
  state: Circuit["state"];
  failures: number;
  /** Open: when the next probe may go. */
  retryAt: string | null;
  lastError: string | null;
}

/** Each of the site's channels with its receiver's circuit (closed when none is stored). */
export async function channelCircuits(
  db: D1Database,
  site: string,
  channels: readonly Channel[],
): Promise<ChannelCircuit[]> {
  const receivers = channels.map((c) => receiverOf(site, c));
  const circuits = await getCircuits(db, receivers);
  return channels.map((channel, i) => {
    const receiver = receivers[i] ?? "";
    const c = circuits.get(receiver);
    return {
      channel: channel.id,
      type: channel.type,
      receiver,
      state: c?.state ?? "closed",
      failures: c?.failures ?? 0,
      retryAt: c && c.state !== "closed" ? c.retryAt : null,
      lastError: c?.lastError ?? null,
    };
  });
}
