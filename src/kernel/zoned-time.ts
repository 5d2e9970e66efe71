import { zoneClock } from './zone-clock.ts';

/**
 * Local calendar dates in an IANA time zone, without a date library: the offset at an
 * instant comes from Intl (cached per zone in `zone-clock.ts`), and a local time is found
 * by correcting the UTC guess with the offset twice, which holds across DST changes.
 */
export const offsetMinutesAt = (ms: number, timeZone: string): number =>
  zoneClock(timeZone).offsetMinutesAt(ms);

/** Epoch ms of a local wall-clock time (`2026-03-13`, 09:30) in the time zone. */
export const zonedToEpoch = (date: string, timeZone: string, hour = 0, minute = 0): number =>
  zoneClock(timeZone).toEpoch(date, hour, minute);

/** The local date (`YYYY-MM-DD`) of an instant in the time zone. */
export const localDateOf = (ms: number, timeZone: string): string => zoneClock(timeZone).localDateOf(ms);

export const LOCAL_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
