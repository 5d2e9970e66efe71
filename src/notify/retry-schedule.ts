/**
 * Waits before each retry of a failed webhook delivery, in ms: 30 s, 2 min, 10 min,
 * 1 h, 6 h, 24 h. Seven attempts in all over about 31 hours, long enough to ride out a
 * receiver's bad night; after the last the delivery is given up (and stays logged).
 */
export const RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 3_600_000, 21_600_000, 86_400_000] as const;

/** Each wait is spread ±20 % so that deliveries that failed together do not retry together. */
export const JITTER_RATIO = 0.2;

/**
 * When to try a delivery again after its `attempt`-th attempt failed (1 = the first
 * delivery), or null when it is time to give up.
 *
 * @example nextAttemptAt(1, now, () => 0.5) // now + 30_000
 * @example nextAttemptAt(7, now) // null
 */
export function nextAttemptAt(
  attempt: number,
  now: number,
  random: () => number = Math.random,
): number | null {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RangeError(`attempt must be a whole number from 1, got ${attempt}`);
  }
  const delay = RETRY_DELAYS_MS[attempt - 1];
  if (delay === undefined) {
    return null;
  }
  const spread = 1 - JITTER_RATIO + 2 * JITTER_RATIO * Math.min(Math.max(random(), 0), 1);
  return now + Math.round(delay * spread);
}
