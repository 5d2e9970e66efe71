import type { Playbook } from '../playbook/playbook-schema.ts';
import { calendarOf } from '../sla/calendar-of.ts';
import { addDays, isRealDate } from '../sla/local-date.ts';
import { KPI_DIMENSIONS, type KpiDimension, type KpiReport, type KpiSettings } from './compute-kpis.ts';
import type { Period } from './kpi-facts.ts';
import type { MoneyAssumptions } from './kpi-tally.ts';
import { periodOf, startOfDay } from './local-dates.ts';

/** A KPI request as typed by a person (query string or CLI options). */
export interface KpiQueryInput {
  from?: string | undefined;
  to?: string | undefined;
  by?: string | undefined;
  asOf?: string | undefined;
}

export interface KpiQuery {
  period: Period;
  asOf: number;
  by: KpiDimension | undefined;
}

/**
 * Checks a KPI request once, where it enters: local dates, `to` after `from`, one of the
 * `dimensions` it takes (the CLI's four by default; the API adds `week`). `asOf` as a date is
 * the end of that local day; without it, `now`.
 *
 * @example parseKpiQuery({ from: '2018-02-01', to: '2018-01-01' }, 'America/Sao_Paulo', now) // { ok: false, message: 'to (2018-01-01) must be after from (2018-02-01): to is exclusive.' }
 */
export function parseKpiQuery(
  input: KpiQueryInput,
  timeZone: string,
  now: number,
  dimensions: readonly KpiDimension[] = KPI_DIMENSIONS,
): { ok: true; query: KpiQuery } | { ok: false; message: string } {
  for (const [name, value] of [
    ['from', input.from],
    ['to', input.to],
    ['asOf', input.asOf],
  ] as const) {
    if (value === undefined && name !== 'asOf') {
      return { ok: false, message: `${name} is required: a local date YYYY-MM-DD.` };
    }
    if (value !== undefined && !isRealDate(value)) {
      return { ok: false, message: `${name} must be a real date YYYY-MM-DD, not "${value}".` };
    }
  }
  const from = input.from as string;
  const to = input.to as string;
  if (to <= from) {
    return { ok: false, message: `to (${to}) must be after from (${from}): to is exclusive.` };
  }
  if (input.by !== undefined && !(dimensions as readonly string[]).includes(input.by)) {
    return { ok: false, message: `by must be one of ${dimensions.join(', ')}, not "${input.by}".` };
  }
  const asOf = input.asOf === undefined ? now : startOfDay(addDays(input.asOf, 1), timeZone);
  return {
    ok: true,
    query: { period: periodOf(from, to, timeZone), asOf, by: input.by as KpiDimension | undefined },
  };
}

/**
 * The playbook's `money` section, read loosely until it is validated: a currency code
 * (BRL by default), a gross margin from 0 to 1 and a lifetime in months, or null.
 *
 * @example readMoney({ currency: 'BRL', grossMargin: 0.7 }) // { currency: 'BRL', grossMargin: 0.7, expectedLifetimeMonths: null }
 */
export function readMoney(money: Readonly<Record<string, unknown>>): MoneyAssumptions {
  const { currency, grossMargin, expectedLifetimeMonths } = money;
  const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  return {
    currency: typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) ? currency : 'BRL',
    grossMargin: isNumber(grossMargin) && grossMargin >= 0 && grossMargin <= 1 ? grossMargin : null,
    expectedLifetimeMonths:
      isNumber(expectedLifetimeMonths) && expectedLifetimeMonths > 0 ? expectedLifetimeMonths : null,
  };
}

/** The settings of a KPI computation: the query plus the playbook's calendar, money and commitment. */
export function kpiSettings(query: KpiQuery, playbook: Playbook, timeZone: string): KpiSettings {
  return {
    period: query.period,
    asOf: query.asOf,
    by: query.by,
    timeZone,
    calendar: calendarOf(playbook),
    money: readMoney(playbook.money),
    mqlsPerMonth: playbook.sla.marketing.mqlsPerMonth,
  };
}

/** The answer of `GET /api/v1/kpis` and `bastao kpis --json`. */
export function kpiAnswer(query: KpiQuery, report: KpiReport, timeZone: string) {
  return {
    from: query.period.fromDate,
    to: query.period.toDate,
    asOf: new Date(query.asOf).toISOString(),
    timeZone,
    by: query.by ?? null,
    currency: report.currency,
    totals: report.totals,
    groups: report.groups,
    ignored: report.ignored,
  };
}

export type KpiAnswer = ReturnType<typeof kpiAnswer>;
