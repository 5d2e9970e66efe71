import type { EventStore } from '../events/event-store.ts';
import { localDateOf } from '../kernel/zoned-time.ts';
import type { Stage } from '../leads/lead.ts';
import type { CompanyStore, LeadStore } from '../leads/lead-store.ts';
import type { TransitionStore } from '../lifecycle/transition-store.ts';
import type { Playbook } from '../playbook/playbook-schema.ts';
import { firstQualification } from './first-qualification.ts';

export interface BacktestFigures {
  /** Leads that would have become MQL in the period. */
  mqls: number;
  byMonth: { month: string; mqls: number }[];
  /** Of those, how many really reached SQL (or later) / became customers. */
  reachedSql: number;
  reachedCustomer: number;
  sqlRate: number | null;
  customerRate: number | null;
}

export interface BacktestReport {
  from: number | null;
  to: number | null;
  leadsScanned: number;
  proposed: BacktestFigures;
  current: BacktestFigures;
  /** MQL transitions really recorded in the period (for comparison). */
  recorded: { mqls: number };
  overlap: { both: number; onlyProposed: number; onlyCurrent: number };
}

const BATCH = 500;
const LATER_THAN_SQL: readonly Stage[] = ['sql', 'opportunity', 'customer'];

/**
 * Replays the stored history under a proposed playbook and under the current one,
 * without changing anything: how many leads would have become MQL in [from, to), when,
 * and how those leads actually progressed.
 */
export async function backtest(
  stores: { leads: LeadStore; events: EventStore; companies: CompanyStore; transitions: TransitionStore },
  playbooks: { proposed: Playbook; current: Playbook },
  options: { from?: number; to?: number; timeZone: string; onProgress?: (scanned: number) => void },
): Promise<BacktestReport> {
  const range = {
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
  };
  const inRange = (at: number) =>
    (options.from === undefined || at >= options.from) && (options.to === undefined || at < options.to);
  const tally = { proposed: new Tally(options.timeZone), current: new Tally(options.timeZone) };
  const overlap = { both: 0, onlyProposed: 0, onlyCurrent: 0 };
  let recorded = 0;
  let scanned = 0;
  let afterId: string | null = null;
  for (;;) {
    const leads = await stores.leads.scan(afterId, BATCH);
    if (leads.length === 0) {
      break;
    }
    const ids = leads.map((l) => l.id);
    const [eventsByLead, companies, reached] = await Promise.all([
      stores.events.forLeads(ids),
      stores.companies.byIds(leads.flatMap((l) => (l.companyId ? [l.companyId] : []))),
      stores.transitions.firstReached(ids, ['mql', ...LATER_THAN_SQL]),
    ]);
    for (const lead of leads) {
      const facts = { lead, company: lead.companyId ? (companies.get(lead.companyId) ?? null) : null };
      const events = eventsByLead.get(lead.id) ?? [];
      const stages = reached.get(lead.id) ?? {};
      const proposed = firstQualification(playbooks.proposed, facts, events, range);
      const current = firstQualification(playbooks.current, facts, events, range);
      tally.proposed.add(proposed?.at, stages);
      tally.current.add(current?.at, stages);
      overlap.both += proposed && current ? 1 : 0;
      overlap.onlyProposed += proposed && !current ? 1 : 0;
      overlap.onlyCurrent += !proposed && current ? 1 : 0;
      recorded += stages.mql !== undefined && inRange(stages.mql) ? 1 : 0;
    }
    scanned += leads.length;
    afterId = leads.at(-1)?.id ?? null;
    options.onProgress?.(scanned);
  }
  return {
    from: options.from ?? null,
    to: options.to ?? null,
    leadsScanned: scanned,
    proposed: tally.proposed.figures(),
    current: tally.current.figures(),
    recorded: { mqls: recorded },
    overlap,
  };
}

class Tally {
  private mqls = 0;
  private sql = 0;
  private customer = 0;
  private readonly months = new Map<string, number>();

  constructor(private readonly timeZone: string) {}

  add(mqlAt: number | undefined, reached: Partial<Record<Stage, number>>): void {
    if (mqlAt === undefined) {
      return;
    }
    this.mqls += 1;
    this.sql += LATER_THAN_SQL.some((stage) => reached[stage] !== undefined) ? 1 : 0;
    this.customer += reached.customer !== undefined ? 1 : 0;
    const month = localDateOf(mqlAt, this.timeZone).slice(0, 7);
    this.months.set(month, (this.months.get(month) ?? 0) + 1);
  }

  figures(): BacktestFigures {
    return {
      mqls: this.mqls,
      byMonth: [...this.months.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, mqls]) => ({ month, mqls })),
      reachedSql: this.sql,
      reachedCustomer: this.customer,
      sqlRate: this.mqls === 0 ? null : this.sql / this.mqls,
      customerRate: this.mqls === 0 ? null : this.customer / this.mqls,
    };
  }
}
