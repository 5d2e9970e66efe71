import type { BusinessCalendar } from '../sla/business-calendar.ts';
import { cohortOutcome, isWithin } from './cohort-outcome.ts';
import type { KpiValues } from './glossary.ts';
import { groupKeyer, type KpiDimension, type PeriodSlice, periodSlices } from './group-key.ts';
import type { CostFact, DealFact, Dimensions, FirstTouchFact, LeadFacts, Period } from './kpi-facts.ts';
import { KpiTally, kpiValues, type MoneyAssumptions } from './kpi-tally.ts';
import { daysBetween, localDater, monthShares } from './local-dates.ts';

export { KPI_DIMENSIONS, KPI_GROUPINGS, type KpiDimension } from './group-key.ts';

export interface KpiSettings {
  period: Period;
  /** Outcomes (reaching SQL or customer, touches, breaches) count when they happened before this. */
  asOf: number;
  /** The workspace time zone: local dates of cycles and months. */
  timeZone: string;
  calendar: Pick<BusinessCalendar, 'businessMinutesBetween'>;
  money: MoneyAssumptions;
  /** `sla.marketing.mqlsPerMonth`; null: no commitment. */
  mqlsPerMonth: number | null;
  by?: KpiDimension | undefined;
}

export interface KpiGroup extends KpiValues {
  key: string | null;
  /** The owner's name, when grouped by owner. */
  name?: string | null;
}

export interface KpiReport {
  currency: string;
  totals: KpiValues;
  groups: KpiGroup[];
  /** Deals and costs left out because they are in another currency. */
  ignored: { deals: number; costs: number };
}

export interface KpiInput {
  leads: Iterable<LeadFacts>;
  deals: Iterable<DealFact>;
  costs: Iterable<CostFact>;
  firstTouches: Iterable<FirstTouchFact>;
}

/**
 * The shared KPIs of a period from plain rows, by the glossary's definitions. `leads`
 * must hold each lead at most once; rows outside the period are ignored, so a superset
 * is fine. For large inputs feed a `KpiAccumulator` page by page instead.
 *
 * @example computeKpis({ leads, deals, costs, firstTouches: [] }, settings).totals.mqlToSqlRate // 0.5
 */
export function computeKpis(input: KpiInput, settings: KpiSettings): KpiReport {
  const acc = new KpiAccumulator(settings);
  for (const lead of input.leads) {
    acc.addLead(lead);
  }
  for (const deal of input.deals) {
    acc.addDeal(deal);
  }
  for (const cost of input.costs) {
    acc.addCost(cost);
  }
  for (const clock of input.firstTouches) {
    acc.addFirstTouch(clock);
  }
  return acc.report();
}

/** Takes the rows one at a time, keeping only counts and the values medians need. */
export class KpiAccumulator {
  private readonly totals = new KpiTally();
  private readonly groups = new Map<string | null, { tally: KpiTally; name: string | null }>();
  private readonly ignored = { deals: 0, costs: 0 };
  private readonly localDate: (at: number) => string;
  private readonly keyOf: (d: Dimensions) => string | null;
  /** Each month's share of the period (its days inside ÷ its days). */
  private readonly shares: Map<string, number>;
  /** By month or week: the period's days in each group, month by month; otherwise empty. */
  private readonly slices: PeriodSlice[];

  constructor(private readonly settings: KpiSettings) {
    const { by, timeZone, period, mqlsPerMonth: perMonth } = settings;
    this.localDate = localDater(timeZone);
    this.keyOf = groupKeyer(by, timeZone);
    this.shares = new Map(
      monthShares(period.fromDate, period.toDate).map((s) => [s.month, s.days / s.daysInMonth]),
    );
    this.slices = by === 'month' || by === 'week' ? periodSlices(by, period.fromDate, period.toDate) : [];
    if (perMonth !== null) {
      this.totals.commitment = perMonth * [...this.shares.values()].reduce((sum, share) => sum + share, 0);
    }
    // Every month or week of the period is a group, with its share of the commitment, even without MQLs.
    for (const slice of this.slices) {
      const group = this.group(slice.key, null);
      group.commitment = perMonth === null ? null : (group.commitment ?? 0) + perMonth * sliceShare(slice);
    }
  }

  addLead(f: LeadFacts): void {
    const { period, asOf } = this.settings;
    const { isCohort, reachedSql, reachedCustomer, cycleEndAt } = cohortOutcome(f, period, asOf);
    const cycle =
      isCohort && f.firstMqlAt !== null && cycleEndAt !== null
        ? // A deal won before the MQL date is a lead that skipped marketing: 0 days, not negative.
          Math.max(0, daysBetween(this.localDate(f.firstMqlAt), this.localDate(cycleEndAt)))
        : null;
    for (const t of this.tallies(this.keyOf(f), f.ownerName)) {
      t.leads += isWithin(f.createdAt, period) ? 1 : 0;
      t.mqls += isCohort ? 1 : 0;
      t.sqls += isWithin(f.firstSqlAt, period) ? 1 : 0;
      t.opportunities += isWithin(f.firstOpportunityAt, period) ? 1 : 0;
      t.customers += isWithin(f.firstCustomerAt, period) ? 1 : 0;
      t.cohortSql += isCohort && reachedSql ? 1 : 0;
      t.cohortCustomer += isCohort && reachedCustomer ? 1 : 0;
      if (cycle !== null) {
        t.cycleDays.push(cycle);
      }
    }
  }

  addDeal(d: DealFact): void {
    const { from, to } = this.settings.period;
    if (d.closedAt < from || d.closedAt >= to || d.status === 'open') {
      return;
    }
    if (d.currency !== this.settings.money.currency) {
      this.ignored.deals += 1;
      return;
    }
    for (const t of this.tallies(this.keyOf(d), d.ownerName)) {
      t.wonDeals += d.status === 'won' ? 1 : 0;
      t.lostDeals += d.status === 'lost' ? 1 : 0;
      t.revenueCents += d.status === 'won' ? d.amountCents : 0;
    }
  }

  addCost(c: CostFact): void {
    const share = this.shares.get(c.month);
    if (share === undefined) {
      return;
    }
    if (c.currency !== this.settings.money.currency) {
      this.ignored.costs += 1;
      return;
    }
    this.totals.costCents += c.amountCents * share;
    this.totals.hasCost = true;
    if (this.slices.length > 0) {
      // By month or week: the cost spreads over the groups by the days of its month in each.
      for (const slice of this.slices) {
        if (slice.month === c.month) {
          const group = this.group(slice.key, null);
          group.costCents += c.amountCents * sliceShare(slice);
          group.hasCost = true;
        }
      }
    } else if (this.settings.by !== undefined) {
      const group = this.group(this.costKey(c), null);
      group.costCents += c.amountCents * share;
      group.hasCost = true;
    }
  }

  addFirstTouch(c: FirstTouchFact): void {
    const { period, asOf, calendar } = this.settings;
    if (c.startedAt < period.from || c.startedAt >= period.to) {
      return;
    }
    const isMet = c.metAt !== null && c.metAt < asOf;
    const isStoppedEarly = c.stoppedAt !== null && c.stoppedAt < c.dueAt && c.stoppedAt < asOf;
    const isKnown = isMet || (!isStoppedEarly && c.dueAt <= asOf);
    const minutes =
      isMet && c.metAt !== null ? Math.max(0, calendar.businessMinutesBetween(c.startedAt, c.metAt)) : null;
    for (const t of this.tallies(this.keyOf(c), c.ownerName)) {
      if (minutes !== null) {
        t.speedMinutes.push(minutes);
      }
      t.firstTouchKnown += isKnown ? 1 : 0;
      t.firstTouchInTime += isMet && c.metAt !== null && c.metAt <= c.dueAt ? 1 : 0;
    }
  }

  report(): KpiReport {
    const money = this.settings.money;
    const groups = [...this.groups.entries()]
      .sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
      .map(
        ([key, { tally, name }]): KpiGroup => ({
          key,
          ...(this.settings.by === 'owner' ? { name } : {}),
          ...kpiValues(tally, money),
        }),
      );
    return {
      currency: money.currency,
      totals: kpiValues(this.totals, money),
      groups,
      ignored: { ...this.ignored },
    };
  }

  /** Costs are per channel and campaign (`''`: none); they belong to no owner. Months and weeks: `slices`. */
  private costKey(c: CostFact): string | null {
    switch (this.settings.by) {
      case 'channel':
        return c.channel;
      case 'campaign':
        return c.campaign === '' ? null : c.campaign;
      default:
        return null;
    }
  }

  /** The totals, plus the row's group when grouping. */
  private tallies(key: string | null, name: string | null): KpiTally[] {
    return this.settings.by === undefined ? [this.totals] : [this.totals, this.group(key, name)];
  }

  private group(key: string | null, name: string | null): KpiTally {
    let entry = this.groups.get(key);
    if (!entry) {
      entry = { tally: new KpiTally(), name };
      this.groups.set(key, entry);
    }
    entry.name ??= name;
    return entry.tally;
  }
}

/** The part of its month's amount a slice takes: its days ÷ the month's days. */
const sliceShare = (slice: PeriodSlice): number => slice.days / slice.daysInMonth;
