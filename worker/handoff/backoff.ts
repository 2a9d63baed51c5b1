/**
 * Attempts per delivery round before a delivery is marked failed: about 13 hours at the default
 * base. Enough that a receiver failing half its requests still gets every handoff (the chance of
 * 20 failures in a row is one in a million), and that an outage of an afternoon is ridden out.
 */
export const MAX_ATTEMPTS = 20;
const DEFAULT_BASE_DELAY_SECONDS = 30;
/** The longest wait, as a multiple of the base: an hour at the default 30 s. */
const MAX_DELAY_FACTOR = 120;

/**
 * Seconds to wait before the next attempt, after `attempts` failed ones: exponential from the base
 * (30 s; configurable so that a load test keeps the same shape without waiting hours), capped at
 * 120 × the base, with ±20 % jitter so that a receiver coming back is not hit by every retry at
 * once.
 *
 * @example
 * retryDelaySeconds(1, 30, () => 0.5); // 30
 * retryDelaySeconds(3, 30, () => 0.5); // 120
 */
export function retryDelaySeconds(
  attempts: number,
  baseDelaySeconds = DEFAULT_BASE_DELAY_SECONDS,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(
    baseDelaySeconds * MAX_DELAY_FACTOR,
    baseDelaySeconds * 2 ** Math.max(0, attempts - 1),
  );
  const jitter = 0.8 + 0.4 * random();
  return Math.max(0, Math.round(exponential * jitter));
}

/**
 * Seconds until a delivery skipped for its receiver's open circuit is tried again: not before
 * the circuit's probe may go (`retryAt`), and spread over a fifth more of the wait so that the
 * receiver's deliveries do not all come back at the probe.
 *
 * @example
 * untilProbeSeconds("2026-12-01T12:01:00.000Z", new Date("2026-12-01T12:00:00.000Z"), () => 0); // 60
 */
export function untilProbeSeconds(
  retryAt: string,
  now: Date,
  random: () => number = Math.random,
): number {
  const wait = Math.max(0, (Date.parse(retryAt) - now.getTime()) / 1000);
  return Number.isFinite(wait) ? Math.ceil(wait * (1 + 0.2 * random())) : 0;
}
