/** Attempts per delivery round before a delivery is marked failed (about 4 hours in all). */
export const MAX_ATTEMPTS = 9;
const DEFAULT_BASE_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 60 * 60;

/**
 * Seconds to wait before the next attempt, after `attempts` failed ones: exponential from 30 s
 * (the base is configurable, so a load test need not wait hours),
 * capped at an hour, with ±20 % jitter so that a receiver coming back is not hit by every
 * retry at once.
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
  const exponential = Math.min(MAX_DELAY_SECONDS, baseDelaySeconds * 2 ** Math.max(0, attempts - 1));
  const jitter = 0.8 + 0.4 * random();
  return Math.max(1, Math.round(exponential * jitter));
}
