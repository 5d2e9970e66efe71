import { zoneClock } from '../kernel/zone-clock.ts';
import type { Stage } from '../leads/lead.ts';
import type { DealDraft } from '../revenue/deal-draft.ts';
import { touch } from '../revenue/imports/columns.ts';
import type { ImportRecord } from '../revenue/imports/import-record.ts';
import type { ImportJob } from '../revenue/imports/plan-import.ts';
import { weekdayOf } from '../sla/local-date.ts';
import { demoSource } from './demo-channels.ts';
import { demoDeal, LOST_REASONS } from './demo-deal.ts';
import type { DemoRandom } from './demo-random.ts';
import { pickRep } from './demo-team.ts';
import { fakePerson, type Profile } from './fake-person.ts';

const DAY_MS = 86_400_000;
/** People in a year of generated history: the Olist funnel's order of size. */
export const GENERATED_LEADS = 3_000;
/** Nobody arrives in the last days: an export taken a few days ago. */
const ENDS_DAYS_AGO = 3;

/** How likely each step of the funnel is, by how well the person fits the ICP. */
const FUNNEL: Record<Profile, { mql: number; sql: number }> = {
  good: { mql: 0.7, sql: 0.55 },
  average: { mql: 0.35, sql: 0.3 },
  student: { mql: 0.05, sql: 0 },
};

/**
 * A year of invented history when the Olist data set is not at hand, shaped like an
 * export: people arriving at a growing pace (more in recent months), mostly on weekdays,
 * from the demo's channels; some became MQL, some of those SQL (with a demo rep as owner),
 * some SQLs got deals that were won, lost or are still open; nothing after yesterday. People
 * who arrive after `relayFrom` stay leads: from then on MQLs come from the relay played through
 * the live pipeline. Applied with the regular import (`importRecords`), so it is history: nothing routed.
 */
export function generateHistory(
  random: DemoRandom,
  options: { now: number; relayFrom: number; timeZone: string; taken: Set<string>; leads?: number },
): ImportJob {
  const { now, relayFrom, timeZone, taken } = options;
  const end = now - ENDS_DAYS_AGO * DAY_MS;
  const start = now - 365 * DAY_MS;
  const times = Array.from({ length: options.leads ?? GENERATED_LEADS }, () =>
    arrivalTime(random, start, end, timeZone),
  ).sort((a, b) => a - b);
  // What happens to people (stages, deals) runs until a day ago; those who arrive after the
  // relay began do not qualify here: the relay's MQLs are played through the live pipeline.
  const records = times.map((createdAt, i) =>
    generatedRecord(random, i + 2, createdAt, createdAt > relayFrom ? createdAt : now - DAY_MS, taken),
  );
  return { file: 'generated history', kind: 'demo history', type: 'records', records, problems: [] };
}

/** One person and how far they got, nothing later than `until`. */
function generatedRecord(
  random: DemoRandom,
  row: number,
  createdAt: number,
  until: number,
  taken: Set<string>,
): ImportRecord {
  const profile = random.weighted<Profile>({ good: 35, average: 58, student: 7 });
  const person = fakePerson(random, taken, profile);
  const source = demoSource(random);
  const stages: { stage: Stage; at: number }[] = [];
  let owner: string | null = null;
  let deal: DealDraft | undefined;
  const reach = (stage: Stage, at: number) => {
    if (at <= until) {
      stages.push({ stage, at: Math.round(at) });
      return true;
    }
    return false;
  };
  const mqlAt = createdAt + Math.min(20, -Math.log(1 - random.next()) * 3) * DAY_MS;
  if (random.chance(FUNNEL[profile].mql) && reach('mql', mqlAt)) {
    const sqlAt = mqlAt + random.between(0.2, 4) * DAY_MS;
    if (random.chance(FUNNEL[profile].sql) && reach('sql', sqlAt)) {
      owner = pickRep(random);
      const openedAt = Math.round(sqlAt + random.between(2, 12) * DAY_MS);
      if (random.chance(0.7) && openedAt <= until) {
        const closedAt = Math.round(openedAt + random.between(10, 70) * DAY_MS);
        const outcome = closedAt > until ? 'open' : random.weighted({ won: 38, lost: 34, open: 28 });
        deal = {
          externalId: `demo:${person.email}`,
          ...demoDeal(random, person.company.name, person.company.employees),
          currency: 'BRL',
          status: outcome,
          createdAt: openedAt,
          ...(outcome === 'open' ? {} : { closedAt }),
          ...(outcome === 'lost' ? { lostReason: random.pick(LOST_REASONS) } : {}),
          owner,
        };
      }
    }
  }
  const { name, email, phone, jobTitle, company } = person;
  return {
    row,
    lead: {
      key: null,
      email,
      name,
      phone,
      jobTitle,
      company,
      firstTouch: touch(createdAt, source),
      createdAt,
      stages,
      owner,
      consent: { basis: 'legitimate_interest' },
    },
    ...(deal ? { deal } : {}),
  };
}

/**
 * An arrival between `start` and `end`, twice as likely at the end as at the start (a
 * business that grew), at a local time between 08:00 and 21:59, mostly on weekdays.
 */
function arrivalTime(random: DemoRandom, start: number, end: number, timeZone: string): number {
  // Density (2 + 2x) / 3 over [0, 1]; its distribution function (2x + x²) / 3, inverted.
  const x = -1 + Math.sqrt(1 + 3 * random.next());
  const clock = zoneClock(timeZone);
  let date = clock.localDateOf(start + x * (end - start));
  const weekday = weekdayOf(date);
  if ((weekday === 'sat' || weekday === 'sun') && random.chance(0.75)) {
    date = clock.localDateOf(clock.toEpoch(date, 12) + (weekday === 'sat' ? -1 : 1) * DAY_MS);
  }
  return Math.min(end, clock.toEpoch(date, random.int(8, 21), random.int(0, 59)));
}
