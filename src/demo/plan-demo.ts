import { zoneClock } from '../kernel/zone-clock.ts';
import { parsePlaybook } from '../playbook/parse-playbook.ts';
import type { Playbook } from '../playbook/playbook-schema.ts';
import type { ImportRecord } from '../revenue/imports/import-record.ts';
import type { ImportJob } from '../revenue/imports/plan-import.ts';
import type { CostDraft } from '../revenue/upsert-cost.ts';
import { calendarOf } from '../sla/calendar-of.ts';
import { demoCosts } from './demo-costs.ts';
import { demoPlaybookNote, demoPlaybookSource } from './demo-playbook.ts';
import { demoRandom } from './demo-random.ts';
import { generateHistory } from './generated-history.ts';
import { planOlistHistory } from './olist-history.ts';
import { LIVE_SLOTS, type PlannedRelayLead, planRelay, relayStartsAt } from './relay-plan.ts';

const DAY_MS = 86_400_000;
/** Business minutes in a month of the default calendar: 21 days of 10 hours. */
const BUSINESS_MINUTES_PER_MONTH = 21 * 600;

/** Everything the demo will write, decided before anything is written. */
export interface DemoPlan {
  now: number;
  history: {
    source: 'olist' | 'generated';
    jobs: ImportJob[];
    /** Olist only: local days its dates were moved by, and deals kept open because their win lies ahead. */
    shiftDays: number | null;
    stillOpen: number;
  };
  playbook: { source: string; note: string; mqlsPerMonth: number };
  /** The away rep's absence: it covers the open MQLs' arrivals and the coming week. */
  absence: { from: number; to: number };
  relay: PlannedRelayLead[];
  costs: CostDraft[];
}

/**
 * Plans the demo workspace for `now`: a year of history (the Olist funnel brought up to
 * date when `olistDir` is given, else invented), the playbook with marketing's commitment
 * set from that history, five weeks of relay through the live pipeline ending in open MQLs,
 * and a year of costs matching the leads each channel brought. Pure apart from reading
 * the Olist files; the same `seed` and `now` give the same plan.
 */
export function planDemo(options: {
  now: number;
  timeZone: string;
  olistDir: string | null;
  seed: number;
}): DemoPlan {
  const { now, timeZone, olistDir } = options;
  const random = demoRandom(options.seed);
  const taken = new Set<string>();
  // The calendar does not depend on the commitment, which depends on the history.
  const calendar = calendarOf(demoPlaybook(0).playbook);
  const history = olistDir
    ? { source: 'olist' as const, ...planOlistHistory(olistDir, { now, timeZone, taken }) }
    : {
        source: 'generated' as const,
        jobs: [generateHistory(random, { now, relayFrom: relayStartsAt(calendar, now), timeZone, taken })],
        shiftDays: null,
        stillOpen: 0,
      };
  const records = history.jobs.flatMap((job) => (job.type === 'records' ? job.records : []));
  const mqlsPerMonth = monthlyMqls(records, now, timeZone);
  const { source, playbook } = demoPlaybook(mqlsPerMonth);
  const oldestOpen = (LIVE_SLOTS.at(-1)?.ago ?? 0) + 30;
  // Invented history hands over to the relay at the relay's pace; Olist's goes on under it.
  const meanGapMinutes = olistDir ? undefined : BUSINESS_MINUTES_PER_MONTH / mqlsPerMonth;
  const relay = planRelay(random, { now, playbook, taken, ...(meanGapMinutes ? { meanGapMinutes } : {}) });
  const arrivals = [
    ...records.flatMap((r) =>
      r.lead.createdAt !== undefined
        ? [{ at: r.lead.createdAt, channel: r.lead.firstTouch?.channel ?? null }]
        : [],
    ),
    ...relay.map((lead) => ({ at: lead.firstSeenAt, channel: lead.source.channel })),
  ];
  return {
    now,
    history,
    playbook: { source, note: demoPlaybookNote(mqlsPerMonth), mqlsPerMonth },
    absence: { from: calendar.addBusinessMinutes(now, -oldestOpen), to: now + 7 * DAY_MS },
    relay,
    costs: demoCosts(random, arrivals, { now, timeZone }),
  };
}

function demoPlaybook(mqlsPerMonth: number): { source: string; playbook: Playbook } {
  const source = demoPlaybookSource({ mqlsPerMonth });
  const parsed = parsePlaybook(source);
  if (!parsed.ok) {
    throw new Error(
      `the demo playbook is invalid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  }
  return { source, playbook: parsed.playbook };
}

/**
 * What marketing commits to: the MQLs per month of the history's last three whole months,
 * rounded to tens (the month of `now` is not whole yet).
 */
function monthlyMqls(records: readonly ImportRecord[], now: number, timeZone: string): number {
  const clock = zoneClock(timeZone);
  const current = clock.localDateOf(now).slice(0, 7);
  const byMonth = new Map<string, number>();
  for (const record of records) {
    for (const stage of record.lead.stages ?? []) {
      const month = clock.localDateOf(stage.at).slice(0, 7);
      if (stage.stage === 'mql' && month < current) {
        byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
      }
    }
  }
  const last = [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).slice(-3);
  const average = last.reduce((sum, [, count]) => sum + count, 0) / Math.max(1, last.length);
  return Math.max(10, Math.round(average / 10) * 10);
}
