import Holidays from 'date-holidays';
import { type CalendarConfig, HOLIDAY_TYPES } from '../sla/calendar-schema.ts';
import { WEEK_FROM_MONDAY, type Weekday } from '../sla/local-date.ts';
import { CALENDAR_LABELS } from './calendar-labels.ts';
import { joinWords } from './describe-rule.ts';
import type { Block } from './document-blocks.ts';
import type { Lang } from './localized-text.ts';

type HolidayType = CalendarConfig['holidays']['types'][number];

/**
 * The business calendar as blocks: the time zone, working hours per weekday, which
 * holidays close the day (and which do not), extra days off and extra working days.
 *
 * @example calendarBlocks(calendarSchema.parse({}), 'pt-BR')[3] // { kind: 'table', rows: [['Segunda-feira', '08:00–18:00'], …] }
 */
export function calendarBlocks(calendar: CalendarConfig, lang: Lang): Block[] {
  const t = CALENDAR_LABELS[lang];
  const { types } = calendar.holidays;
  const notTaken = HOLIDAY_TYPES.filter((type) => !types.includes(type));
  const dates = (list: readonly string[]) =>
    list.length === 0 ? t.none : list.map((date) => formatLocalDate(date, lang)).join('; ');
  // A listed working date on a closed weekday works the first open weekday's hours (working-day.ts).
  const firstOpenDay = weekdayName(
    WEEK_FROM_MONDAY.find((day) => calendar.hours[day].length > 0) ?? 'mon',
    lang,
  );
  return [
    { kind: 'heading', level: 2, text: t.heading },
    { kind: 'paragraph', text: t.intro(describeTimeZone(calendar.timeZone, lang)) },
    {
      kind: 'table',
      head: [t.weekday, t.hours],
      rows: WEEK_FROM_MONDAY.map((day) => {
        const intervals = calendar.hours[day];
        return [
          capitalize(weekdayName(day, lang), lang),
          intervals.length === 0 ? t.closed : intervals.map(([from, to]) => `${from}–${to}`).join(', '),
        ];
      }),
    },
    { kind: 'heading', level: 3, text: t.holidays },
    {
      kind: 'list',
      items: [
        t.source(countryName(calendar.holidays.country, lang), stateName(calendar, lang)),
        types.length === 0 ? t.noOfficialHolidays : t.closedOn(holidayKinds(types, calendar, lang)),
        ...(notTaken.length === 0 ? [] : [t.openOn(holidayKinds(notTaken, calendar, lang))]),
        t.extraHolidays(dates(calendar.extraHolidays)),
        calendar.workingDates.length === 0
          ? t.workingDates(t.none)
          : `${t.workingDates(dates(calendar.workingDates))} ${t.workingDateHours(firstOpenDay)}`,
      ],
    },
  ];
}

/**
 * Holiday types in words: `feriados nacionais e bancários (Carnaval, Corpus Christi)`.
 * The examples are Brazil's: elsewhere `bank` and `optional` hold other days.
 */
function holidayKinds(types: readonly HolidayType[], calendar: CalendarConfig, lang: Lang): string {
  const t = CALENDAR_LABELS[lang];
  const isBrazil = calendar.holidays.country === 'BR';
  const hasState = calendar.holidays.state !== undefined;
  const adjectives = [
    ...(types.includes('public') ? [t.kinds.public, ...(hasState ? [t.kinds.state] : [])] : []),
    ...(types.includes('bank') ? [t.kinds.bank] : []),
  ];
  const parts: string[] = [];
  if (adjectives.length > 0) {
    const examples = types.includes('bank') && isBrazil ? t.bankExamples : '';
    parts.push(`${t.holidaysOf(joinWords(adjectives, lang, 'and'))}${examples}`);
  }
  if (types.includes('optional')) {
    parts.push(`${t.optional}${isBrazil ? t.optionalExamples : ''}`);
  }
  return joinWords(parts, lang, 'and');
}

/** `America/Sao_Paulo (Horário Padrão de Brasília)`: the IANA name people configure, and its usual name. */
function describeTimeZone(zone: string, lang: Lang): string {
  const name = new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: 'longGeneric' })
    .formatToParts(0)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name && name !== zone ? `${zone} (${name})` : zone;
}

/** `segunda-feira`, `Monday`, cased as in running text: from a week that starts on a Monday (1 January 2024). */
function weekdayName(day: Weekday, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 1 + WEEK_FROM_MONDAY.indexOf(day)),
  );
}

const capitalize = (text: string, lang: Lang): string =>
  text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

/** A local date `YYYY-MM-DD` as people write it: `25 de janeiro de 2026`. */
function formatLocalDate(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.parse(`${date}T00:00:00Z`),
  );
}

function countryName(code: string, lang: Lang): string {
  const name = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(code);
  return name ? `${name} (${code})` : code;
}

/** `São Paulo (SP)`, from the same holiday data the calendar uses; null without a state. */
function stateName(calendar: CalendarConfig, lang: Lang): string | null {
  const { country, state } = calendar.holidays;
  if (state === undefined) {
    return null;
  }
  const name = new Holidays().getStates(country, lang.slice(0, 2))?.[state];
  return name ? `${name} (${state})` : state;
}
