import { zoneClock } from '../kernel/zone-clock.ts';
import type { BusinessCalendar } from './business-calendar.ts';
import type { SlaPolicy } from './sla-policy-schema.ts';

/** A calendar month in the calendar's time zone: `[from, to)` in epoch ms. */
export interface MonthSpan {
  month: string;
  from: number;
  to: number;
}

/**
 * The local calendar month that contains `at`.
 *
 * @example monthSpan('America/Sao_Paulo', Date.parse('2026-04-01T01:00:00Z')) // { month: '2026-03', … } (still March in São Paulo)
 */
export function monthSpan(timeZone: string, at: number): MonthSpan {
  const clock = zoneClock(timeZone);
  const month = clock.localDateOf(at).slice(0, 7);
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const next = monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
  return { month, from: clock.toEpoch(`${month}-01`), to: clock.toEpoch(`${next}-01`) };
}

export interface MarketingSlaStatus {
  month: string;
  mqls: {
    delivered: number;
    target: number | null;
    /** The target prorated by the business time elapsed in the month: where delivery should be by now. */
    expectedByNow: number | null;
    /** Null without a target; otherwise whether the month's target is reached. */
    isMet: boolean | null;
  };
  acceptance: {
    /** Accepted over decided (accepted + rejected); null before any decision. */
    rate: number | null;
    target: number | null;
    isMet: boolean | null;
  };
}

/**
 * Marketing's side of the SLA for the month containing `now`: MQLs delivered against the
 * commitment (with the pace so far, in business time) and sales' acceptance rate
 * against the minimum. Counts come from storage for `monthSpan(calendar.timeZone, now)`.
 *
 * @example evaluateMarketingSla(policy.marketing, calendar, { mqls: 40, accepted: 18, rejected: 6 }, now)
 * // { month: '2026-03', mqls: { delivered: 40, target: 80, expectedByNow: 41.2, isMet: false }, acceptance: { rate: 0.75, … } }
 */
export function evaluateMarketingSla(
  marketing: SlaPolicy['marketing'],
  calendar: BusinessCalendar,
  counts: { mqls: number; accepted: number; rejected: number },
  now: number,
): MarketingSlaStatus {
  const span = monthSpan(calendar.timeZone, now);
  const target = marketing.mqlsPerMonth;
  const monthMinutes = calendar.businessMinutesBetween(span.from, span.to);
  const elapsed = calendar.businessMinutesBetween(span.from, Math.min(now, span.to));
  const decided = counts.accepted + counts.rejected;
  const rate = decided === 0 ? null : counts.accepted / decided;
  const minRate = marketing.minAcceptanceRate;
  return {
    month: span.month,
    mqls: {
      delivered: counts.mqls,
      target,
      expectedByNow: target === null || monthMinutes === 0 ? null : (target * elapsed) / monthMinutes,
      isMet: target === null ? null : counts.mqls >= target,
    },
    acceptance: {
      rate,
      target: minRate,
      isMet: minRate === null || rate === null ? null : rate >= minRate,
    },
  };
}
