export interface RateLimit {
  /** Hits allowed per window; 0 turns the limit off. */
  max: number;
  windowMs: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * Fixed-window counters in memory, keyed by whatever the caller chooses (IP + form).
 * Nothing is written anywhere: a key is forgotten once its window is over (LGPD: an IP
 * is kept only as long as limiting needs it). Per process: with several app processes,
 * each counts its own share. Time is passed in, so tests move it by hand.
 *
 * @example const limiter = new RateLimiter({ max: 10, windowMs: 60_000 }); limiter.hit(`${ip}|${form}`, now)
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  constructor(private readonly limit: RateLimit) {}

  hit(key: string, now: number): RateDecision {
    if (this.limit.max <= 0) {
      return { ok: true };
    }
    this.sweep(now);
    const window = this.windows.get(key);
    if (window === undefined || now - window.start >= this.limit.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      return { ok: true };
    }
    if (window.count >= this.limit.max) {
      return { ok: false, retryAfterMs: window.start + this.limit.windowMs - now };
    }
    window.count += 1;
    return { ok: true };
  }

  /** Keys in memory now (for tests: expired keys do go away). */
  get size(): number {
    return this.windows.size;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.limit.windowMs) {
      return;
    }
    this.lastSweep = now;
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.limit.windowMs) {
        this.windows.delete(key);
      }
    }
  }
}
