import Holidays from 'date-holidays';
import { z } from 'zod';
import { isRealDate, minutesOfDay, WEEK_FROM_MONDAY, type Weekday } from './local-date.ts';
import { HOLIDAY_TYPES } from './sla-vocabulary.ts';

export const DEFAULT_TIME_ZONE = 'America/Sao_Paulo';

/**
 * Holiday types that close the business day by default. Public holidays alone would
 * leave out Carnaval Monday and Tuesday and Corpus Christi, which `date-holidays` files
 * as `bank` holidays (banks close by law) but which Brazilian companies almost all take
 * off. `optional` (Ash Wednesday morning, the afternoons of 24 and 31 December) is left
 * to each playbook.
 */
export const DEFAULT_HOLIDAY_TYPES = ['public', 'bank'] as const;
export { HOLIDAY_TYPES } from './sla-vocabulary.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

const timeSchema = z.string().regex(TIME, 'must be a time HH:MM between 00:00 and 24:00, e.g. 08:30');

/** One working interval of a day, `[start, end)` in local time: `['08:00', '12:00']`. */
const intervalSchema = z.tuple([timeSchema, timeSchema]).superRefine(([start, end], ctx) => {
  if (minutesOfDay(start) >= minutesOfDay(end)) {
    ctx.addIssue({ code: 'custom', message: `${start} must be before ${end}` });
  }
});

/** A day's intervals, sorted; overlapping intervals are a typo worth reporting. */
const dayHoursSchema = (defaults: [string, string][]) =>
  z
    .array(intervalSchema)
    .max(12)
    .default(defaults)
    .transform((intervals) => [...intervals].sort((a, b) => minutesOfDay(a[0]) - minutesOfDay(b[0])))
    .superRefine((intervals, ctx) => {
      for (let i = 1; i < intervals.length; i++) {
        const previous = intervals[i - 1] as [string, string];
        const current = intervals[i] as [string, string];
        if (minutesOfDay(current[0]) < minutesOfDay(previous[1])) {
          ctx.addIssue({
            code: 'custom',
            message: `${current[0]}–${current[1]} overlaps ${previous[0]}–${previous[1]}`,
          });
        }
      }
    });

const WORKDAY: [string, string][] = [['08:00', '18:00']];

const hoursSchema = z
  .strictObject(
    Object.fromEntries(
      WEEK_FROM_MONDAY.map((day) => [day, dayHoursSchema(day === 'sat' || day === 'sun' ? [] : WORKDAY)]),
    ) as Record<Weekday, ReturnType<typeof dayHoursSchema>>,
  )
  // `prefault` parses `{}`, so each weekday takes its own default.
  .prefault({});

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const localDateSchema = z.string().refine(isRealDate, 'must be a date YYYY-MM-DD, e.g. 2026-01-25');

const holidaysSchema = z
  .strictObject({
    /** ISO 3166 country whose holidays `date-holidays` knows: `BR`. */
    country: z.string().toUpperCase().default('BR'),
    /** A state (ISO 3166-2 suffix, `SP`) adds its own holidays to the national ones. */
    state: z.string().toUpperCase().optional(),
    /** `[]` switches the built-in holidays off (extraHolidays still apply). */
    types: z.array(z.enum(HOLIDAY_TYPES)).default([...DEFAULT_HOLIDAY_TYPES]),
  })
  .prefault({})
  .superRefine((holidays, ctx) => {
    const known = new Holidays();
    if (!Object.hasOwn(known.getCountries(), holidays.country)) {
      ctx.addIssue({ code: 'custom', path: ['country'], message: `unknown country "${holidays.country}"` });
      return;
    }
    const states = known.getStates(holidays.country) ?? {};
    if (holidays.state !== undefined && !Object.hasOwn(states, holidays.state)) {
      ctx.addIssue({
        code: 'custom',
        path: ['state'],
        message: `unknown state "${holidays.state}" of ${holidays.country}; use one of ${Object.keys(states).join(', ')}`,
      });
    }
  });

/**
 * The playbook's business calendar: working hours per weekday in one time zone, and the
 * days off. Every field has a default: `calendarSchema.parse({})` is São Paulo, Monday to
 * Friday 08:00–18:00, Brazilian national public and bank holidays.
 *
 * @example calendarSchema.parse({ hours: { mon: [['08:00', '12:00'], ['13:00', '18:00']] } })
 */
export const calendarSchema = z
  .strictObject({
    timeZone: z
      .string()
      .default(DEFAULT_TIME_ZONE)
      .refine(isTimeZone, {
        error: (issue) =>
          `unknown time zone "${String(issue.input)}"; use an IANA name such as America/Sao_Paulo`,
      }),
    /** Weekdays left out keep their default (Mon–Fri 08:00–18:00, weekends closed); `[]` closes a day. */
    hours: hoursSchema,
    holidays: holidaysSchema,
    /** Company or city days off (`2026-01-25`, São Paulo's anniversary). */
    extraHolidays: z.array(localDateSchema).max(1_000).default([]),
    /** Days worked although the weekday or a holiday says otherwise (a Saturday that makes up a bridge). */
    workingDates: z.array(localDateSchema).max(1_000).default([]),
  })
  .superRefine((calendar, ctx) => {
    if (WEEK_FROM_MONDAY.every((day) => calendar.hours[day].length === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['hours'],
        message: 'at least one weekday must have working hours',
      });
    }
    const extra = new Set(calendar.extraHolidays);
    calendar.workingDates.forEach((date, i) => {
      if (extra.has(date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['workingDates', i],
          message: `${date} is also listed in extraHolidays; keep it in one list`,
        });
      }
    });
  })
  // A playbook without a `calendar` section gets the default calendar.
  .prefault({});

export type CalendarConfig = z.output<typeof calendarSchema>;
/** What a person writes: every field may be left out. */
export type CalendarConfigInput = z.input<typeof calendarSchema>;
