import { useMemo } from 'react';
import { type Lang, useI18n } from './i18n.tsx';
import { useSession } from './session.tsx';

/**
 * Numbers, money, dates and durations in the reader's language and the workspace's time
 * zone (a rep in Lisbon sees São Paulo's business day). Rates from the API are fractions.
 */
export interface Formatters {
  lang: Lang;
  timeZone: string;
  number(value: number | null | undefined, digits?: number): string;
  percent(fraction: number | null | undefined, digits?: number): string;
  money(value: number | null | undefined, options?: { compact?: boolean }): string;
  date(value: string | number | Date | null | undefined): string;
  dateTime(value: string | number | Date | null | undefined): string;
  /** "3 h 20 min", "2 d 4 h": business or clock minutes, as given. */
  minutes(value: number | null | undefined): string;
  /** "há 5 min" / "in 2 hours". */
  relative(value: string | number | Date, now?: number): string;
}

/** Shown where a value is undefined (`null` from the API: a rate with no denominator). */
export const NONE = '—';

export function makeFormatters(lang: Lang, timeZone: string, currency: string): Formatters {
  // Building an Intl formatter costs far more than using one: one per kind and digits.
  const built = new Map<string, Intl.NumberFormat>();
  const cached = (key: string, options: Intl.NumberFormatOptions) => {
    let format = built.get(key);
    if (!format) {
      format = new Intl.NumberFormat(lang, options);
      built.set(key, format);
    }
    return format;
  };
  const num = (digits: number) =>
    cached(`n${digits}`, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  const moneyFull = new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 2 });
  const moneyCompact = new Intl.NumberFormat(lang, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const dateFmt = new Intl.DateTimeFormat(lang, {
    timeZone,
    day: '2-digit',
    month: 'short',
    year: 'numeric',
  });
  const dateTimeFmt = new Intl.DateTimeFormat(lang, {
    timeZone,
    day: '2-digit',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  const rel = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const toDate = (value: string | number | Date) => (value instanceof Date ? value : new Date(value));
  return {
    lang,
    timeZone,
    number: (value, digits = 0) => (value === null || value === undefined ? NONE : num(digits).format(value)),
    percent: (fraction, digits = 1) =>
      fraction === null || fraction === undefined
        ? NONE
        : cached(`p${digits}`, { style: 'percent', maximumFractionDigits: digits }).format(fraction),
    money: (value, options) =>
      value === null || value === undefined
        ? NONE
        : (options?.compact ? moneyCompact : moneyFull).format(value),
    date: (value) => (value === null || value === undefined ? NONE : dateFmt.format(toDate(value))),
    dateTime: (value) => (value === null || value === undefined ? NONE : dateTimeFmt.format(toDate(value))),
    minutes: (value) => {
      if (value === null || value === undefined) {
        return NONE;
      }
      const sign = value < 0 ? '−' : '';
      let rest = Math.round(Math.abs(value));
      const days = Math.floor(rest / 1440);
      rest -= days * 1440;
      const hours = Math.floor(rest / 60);
      const mins = rest - hours * 60;
      const parts =
        days > 0 ? [`${days} d`, hours ? `${hours} h` : ''] : [hours ? `${hours} h` : '', `${mins} min`];
      return sign + parts.filter(Boolean).join(' ');
    },
    relative: (value, now = Date.now()) => {
      const seconds = (toDate(value).getTime() - now) / 1000;
      const abs = Math.abs(seconds);
      if (abs < 60) {
        return rel.format(Math.round(seconds), 'second');
      }
      if (abs < 3600) {
        return rel.format(Math.round(seconds / 60), 'minute');
      }
      if (abs < 86_400) {
        return rel.format(Math.round(seconds / 3600), 'hour');
      }
      return rel.format(Math.round(seconds / 86_400), 'day');
    },
  };
}

export function useFormat(): Formatters {
  const { lang } = useI18n();
  const session = useSession();
  const timeZone = session.data?.workspace.timeZone ?? 'America/Sao_Paulo';
  const currency = session.data?.workspace.currency ?? 'BRL';
  return useMemo(() => makeFormatters(lang, timeZone, currency), [lang, timeZone, currency]);
}
