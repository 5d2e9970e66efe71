/**
 * Local dates and offsets in one time zone, with its `Intl.DateTimeFormat` built once per
 * zone (building one costs about 0.1 ms: too slow for calendar math over thousands of
 * instants). `zoned-time.ts` is the same arithmetic as plain functions.
 */
export interface ZoneClock {
  /** Local date `YYYY-MM-DD` of an instant. */
  localDateOf(ms: number): string;
  /** Minutes the zone is ahead of UTC at an instant (`-180` in São Paulo). */
  offsetMinutesAt(ms: number): number;
  /** Epoch ms of a local wall-clock time; `minute` may exceed 59 (`0, 510` is 08:30). */
  toEpoch(date: string, hour?: number, minute?: number): number;
}

/**
 * @example zoneClock('America/Sao_Paulo').toEpoch('2026-03-13', 17, 30) // Date.parse('2026-03-13T17:30:00-03:00')
 */
export function zoneClock(timeZone: string): ZoneClock {
  let clock = CLOCKS.get(timeZone);
  if (!clock) {
    clock = buildZoneClock(timeZone);
    CLOCKS.set(timeZone, clock);
  }
  return clock;
}

const CLOCKS = new Map<string, ZoneClock>();

const DAY_MS = 86_400_000;

function buildZoneClock(timeZone: string): ZoneClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const fields = (ms: number) => {
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(new Date(ms))) {
      parts[part.type] = part.value;
    }
    return parts;
  };
  const offsetMinutesAt = (ms: number): number => {
    const p = fields(ms);
    const asUtc = Date.UTC(
      Number(p.year),
      Number(p.month) - 1,
      Number(p.day),
      Number(p.hour),
      Number(p.minute),
      Number(p.second),
    );
    return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
  };
  return {
    localDateOf(ms) {
      const p = fields(ms);
      return `${p.year}-${p.month}-${p.day}`;
    },
    offsetMinutesAt,
    toEpoch(date, hour = 0, minute = 0) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const guess = Date.UTC(y, m - 1, d, hour, minute);
      // The zone's offsets a day either side of the wall time: at most one DST change lies between.
      const before = guess - offsetMinutesAt(guess - DAY_MS) * 60_000;
      const after = guess - offsetMinutesAt(guess + DAY_MS) * 60_000;
      const wall = (ms: number) => guess === ms + offsetMinutesAt(ms) * 60_000;
      if (wall(before) || !wall(after)) {
        // The time exists (the first of two, when clocks fall back), or it falls in a spring-
        // forward gap (Brazil's DST began at midnight): the gap maps forward, so 00:00 of
        // such a day is its first instant, still on that date.
        return before;
      }
      return after;
    },
  };
}
