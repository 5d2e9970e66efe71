import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zoneClock } from '../kernel/zone-clock.ts';
import type { ImportRecord } from '../revenue/imports/import-record.ts';
import { type ImportJob, planImport } from '../revenue/imports/plan-import.ts';
import { addDays } from '../sla/local-date.ts';
import { demoDeal } from './demo-deal.ts';
import { demoRandom, seedOf } from './demo-random.ts';
import { pickRep } from './demo-team.ts';
import { type FakePerson, fakePerson } from './fake-person.ts';
import { shiftImportRecord } from './shift-import-record.ts';

export const OLIST_MQLS_FILE = 'olist_marketing_qualified_leads_dataset.csv';
export const OLIST_DEALS_FILE = 'olist_closed_deals_dataset.csv';

const DAY_MS = 86_400_000;
/** The shifted data ends this many days before today, as an export taken a few days ago would. */
const ENDS_DAYS_AGO = 3;

export interface OlistHistory {
  jobs: ImportJob[];
  /** Local days every date was moved by. */
  shiftDays: number;
  /** Deals won after the shifted "today", kept as open deals (opened after the first contact). */
  stillOpen: number;
}

/** Whether a folder holds both Olist funnel files. */
export const hasOlistFiles = (dir: string): boolean =>
  existsSync(join(dir, OLIST_MQLS_FILE)) && existsSync(join(dir, OLIST_DEALS_FILE));

/**
 * The Olist marketing funnel (2017–2018) as demo history, through the regular Olist import
 * (`planImport`): every date moved by whole local days so the MQLs end a few days before
 * `now`; each anonymous MQL gets an invented person and company (the same ones for the same
 * Olist id); each closed deal an amount and plan (Olist gives none), a demo rep as owner
 * (Olist's SR ids are kept in a field), an opening date between first contact and win and an
 * SQL stage before it. Deals whose shifted win lies in the future stay open.
 */
export function planOlistHistory(
  dir: string,
  options: { now: number; timeZone: string; taken: Set<string> },
): OlistHistory {
  const { now, timeZone, taken } = options;
  const files = [OLIST_MQLS_FILE, OLIST_DEALS_FILE].map((name) => ({
    name,
    bytes: readFileSync(join(dir, name)),
  }));
  const [mqlJob, dealJob] = planImport('olist', files, { timeZone });
  if (mqlJob?.type !== 'records' || dealJob?.type !== 'records' || mqlJob.records.length === 0) {
    throw new Error(`${dir} does not hold the Olist funnel files`);
  }
  const clock = zoneClock(timeZone);
  const last = Math.max(...mqlJob.records.map((r) => r.lead.createdAt ?? 0));
  const target = addDays(clock.localDateOf(now), -ENDS_DAYS_AGO);
  const shiftDays = Math.round((Date.parse(target) - Date.parse(clock.localDateOf(last))) / DAY_MS);

  const people = new Map<string, { person: FakePerson; firstContact: number }>();
  const mqls = mqlJob.records.map((raw) => {
    const record = shiftImportRecord(raw, shiftDays, timeZone);
    const id = record.lead.key?.externalId ?? String(record.row);
    const random = demoRandom(seedOf(id));
    const person = fakePerson(random, taken, random.weighted({ good: 35, average: 58, student: 7 }));
    people.set(id, { person, firstContact: record.lead.createdAt ?? now });
    const { name, email, phone, jobTitle, company } = person;
    return { ...record, lead: { ...record.lead, name, email, phone, jobTitle, company } };
  });

  let stillOpen = 0;
  const deals: ImportRecord[] = [];
  for (const raw of dealJob.records) {
    const record = shiftImportRecord(raw, shiftDays, timeZone);
    const id = record.lead.key?.externalId ?? '';
    const known = people.get(id);
    if (!record.deal || !known) {
      deals.push(record);
      continue;
    }
    const random = demoRandom(seedOf(`deal:${id}`));
    const { person, firstContact } = known;
    const wonAt = record.deal.closedAt ?? now;
    const isWon = wonAt <= now - 3_600_000;
    const openedAt = isWon
      ? firstContact + Math.max(0, wonAt - firstContact) * random.between(0.3, 0.8)
      : Math.min(firstContact + random.int(5, 20) * DAY_MS, now - DAY_MS);
    if (openedAt < firstContact) {
      continue;
    }
    stillOpen += isWon ? 0 : 1;
    const rep = pickRep(random);
    const sqlAt = firstContact + Math.min(2 * DAY_MS, (openedAt - firstContact) / 2);
    const { closedAt: _won, ...deal } = record.deal;
    deals.push({
      ...record,
      lead: {
        ...record.lead,
        owner: rep,
        ...(openedAt > firstContact ? { stages: [{ stage: 'sql', at: Math.round(sqlAt) }] } : {}),
      },
      deal: {
        ...deal,
        ...demoDeal(random, person.company.name, person.company.employees),
        status: isWon ? 'won' : 'open',
        createdAt: Math.round(openedAt),
        ...(isWon ? { closedAt: wonAt } : {}),
        owner: rep,
        fields: { ...deal.fields, olist_sr_id: raw.deal?.owner ?? null },
      },
    });
  }
  return {
    jobs: [
      { ...mqlJob, records: mqls },
      { ...dealJob, records: deals },
    ],
    shiftDays,
    stillOpen,
  };
}
