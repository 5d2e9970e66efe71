/**
 * Local calendar dates in an IANA time zone, without a date library: the offset at an
 * instant comes from Intl, and a local midnight is found by correcting the UTC guess
 * with the offset twice (enough across DST changes, which Brazil no longer has).
 */
export function offsetMinutesAt(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** Epoch ms of a local wall-clock time (`2026-03-13`, 09:30) in the time zone. */
export function zonedToEpoch(date: string, timeZone: string, hour = 0, minute = 0): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, hour, minute);
  const first = guess - offsetMinutesAt(guess, timeZone) * 60_000;
  return guess - offsetMinutesAt(first, timeZone) * 60_000;
}

/** The local date (`YYYY-MM-DD`) of an instant in the time zone. */
export function localDateOf(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(ms));
}

export const LOCAL_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
