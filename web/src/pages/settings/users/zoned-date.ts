/**
 * Whole days in the workspace's time zone, for absences: a rep is out "from 10 to 14
 * March" in São Paulo, whatever the browser's zone. Dates are `YYYY-MM-DD`.
 */
const partsFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

/** How far the zone's wall clock is ahead of UTC at `ms` (milliseconds). */
function offsetAt(ms: number, timeZone: string): number {
  const parts = Object.fromEntries(
    partsFormat(timeZone)
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The instant the day begins in the zone, as ISO 8601. */
export function startOfDay(date: string, timeZone: string): string {
  const [y, mo, d] = date.split('-').map(Number);
  const guess = Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1);
  let at = guess - offsetAt(guess, timeZone);
  at = guess - offsetAt(at, timeZone);
  return new Date(at).toISOString();
}

/** The day after `date` (`2026-03-31` → `2026-04-01`). */
export function nextDay(date: string): string {
  const [y, mo, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (mo ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

/** The zone's date of an instant. */
export function dateIn(iso: string | number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}
