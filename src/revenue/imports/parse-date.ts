import { zoneClock } from '../../kernel/zone-clock.ts';

export type DateParse = { ok: true; at: number | null } | { ok: false; reason: string };

const ISO_LOCAL = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?)?$/;
const ISO_OFFSET = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})$/i;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

/**
 * A date or time as exports write it, as epoch ms; empty is `null`, anything else
 * unreadable is a reason. Times without an offset are local to `timeZone` (the workspace's):
 * - `2023-05-02 14:10:00 -0300`, `2023-05-02T14:10:00Z` (RD Station, ISO): the offset wins;
 * - `2018-02-26 19:58:54`, `2017-10-20`, `2023-02-21 14:10` (Olist, HubSpot): local;
 * - `02/05/2023 14:10` day first (Brazil); with AM/PM, month first (`5/2/2023 2:10 PM`);
 * - `1684000000000`: epoch milliseconds (HubSpot's API format).
 *
 * @example parseImportDate('2023-05-02 14:10:00 -0300', 'America/Sao_Paulo') // { ok: true, at: 1683047400000 }
 */
export function parseImportDate(text: string, timeZone: string): DateParse {
  const value = text.trim();
  if (value === '') {
    return { ok: true, at: null };
  }
  const withOffset = ISO_OFFSET.exec(value);
  if (withOffset) {
    const [, date, time, zone = ''] = withOffset;
    const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    const at = isRealDate(date ?? '') ? Date.parse(`${date}T${time}${offset}`) : Number.NaN;
    return Number.isNaN(at) ? bad(value) : { ok: true, at };
  }
  const local = ISO_LOCAL.exec(value);
  if (local) {
    const [, date = '', h = '0', m = '0', s = '0', ms = '0'] = local;
    return localTime(value, date, Number(h), Number(m), Number(s), Number(ms.padEnd(3, '0')), timeZone);
  }
  const slashed = SLASHED.exec(value);
  if (slashed) {
    const [, a = '', b = '', year = '', h = '0', m = '0', s = '0', meridiem] = slashed;
    const [day, month] = meridiem ? [b, a] : [a, b];
    let hour = Number(h);
    if (meridiem) {
      if (hour < 1 || hour > 12) {
        return bad(value);
      }
      hour = (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
    }
    const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    return localTime(value, date, hour, Number(m), Number(s), 0, timeZone);
  }
  if (/^\d{12,13}$/.test(value)) {
    return { ok: true, at: Number(value) };
  }
  return bad(value);
}

function localTime(
  value: string,
  date: string,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  timeZone: string,
): DateParse {
  if (!isRealDate(date) || hour > 23 || minute > 59 || second > 59) {
    return bad(value);
  }
  // A time clocks skipped (2017-10-15 00:00 in São Paulo) moves forward by the jump: it keeps its day.
  return { ok: true, at: zoneClock(timeZone).toEpoch(date, hour, minute) + second * 1000 + ms };
}

const isRealDate = (date: string): boolean => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
};

const bad = (value: string): DateParse => ({
  ok: false,
  reason: `"${value.slice(0, 40)}" is not a date (use 2023-05-02, 2023-05-02 14:10:00 or 2023-05-02 14:10:00 -0300)`,
});
