import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem } from '../../../test/engines.ts';
import type { CliIo } from '../io.ts';
import { runCli } from '../program.ts';

/**
 * The Olist funnel's KPIs over its whole range, imported with `bastao import olist` and
 * read with `bastao kpis`, against figures computed here another way: straight from the
 * CSV files with plain date-string arithmetic (no time zones, no Bastão code).
 */
const DIR = new URL('../../../../shared/datasets/olist-funnel/', import.meta.url).pathname;
const MQLS = `${DIR}olist_marketing_qualified_leads_dataset.csv`;
const DEALS = `${DIR}olist_closed_deals_dataset.csv`;

interface MqlRow {
  mql_id: string;
  first_contact_date: string;
  origin: string;
}
interface DealRow {
  mql_id: string;
  won_date: string;
}

const dayNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0
    ? null
    : s.length % 2
      ? (s[mid] as number)
      : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const mean = (values: number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** What the files say, by hand: cohorts by first-contact month and origin, cycles in calendar days. */
function expectedFromCsv() {
  const mqls = parse(readFileSync(MQLS), { columns: true }) as MqlRow[];
  const deals = parse(readFileSync(DEALS), { columns: true }) as DealRow[];
  const firstContact = new Map(mqls.map((m) => [m.mql_id, m]));
  // A deal won before its first contact (one in the data set) is a cycle of 0 days.
  const cycle = (d: DealRow) =>
    Math.max(
      0,
      dayNumber(d.won_date.slice(0, 10)) - dayNumber(firstContact.get(d.mql_id)?.first_contact_date ?? ''),
    );
  const group = (key: (m: MqlRow) => string | null) => {
    const out = new Map<string | null, { mqls: number; customers: number; cycles: number[] }>();
    for (const m of mqls) {
      const g = out.get(key(m)) ?? { mqls: 0, customers: 0, cycles: [] };
      g.mqls += 1;
      out.set(key(m), g);
    }
    for (const d of deals) {
      const g = out.get(key(firstContact.get(d.mql_id) as MqlRow));
      g?.cycles.push(cycle(d));
      if (g) {
        g.customers += 1;
      }
    }
    return out;
  };
  const dates = [
    ...mqls.map((m) => m.first_contact_date),
    ...deals.map((d) => d.won_date.slice(0, 10)),
  ].sort();
  const last = dates.at(-1) as string;
  return {
    from: dates[0] as string,
    to: new Date((dayNumber(last) + 1) * 86_400_000).toISOString().slice(0, 10),
    mqls: mqls.length,
    deals: deals.length,
    cycles: deals.map(cycle),
    byMonth: group((m) => m.first_contact_date.slice(0, 7)),
    byChannel: group((m) => m.origin || null),
  };
}

describe.each(ENGINES)('the Olist funnel’s KPIs on %s', (engine) => {
  let system: TestSystem;
  const cli = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      env: {
        BASTAO_DATA_DIR: system.config.dataDir,
        LOG_LEVEL: 'silent',
        ...(system.config.databaseUrl ? { DATABASE_URL: system.config.databaseUrl } : {}),
      },
    };
    const code = await runCli(args, io);
    expect(err.join('\n')).toBe('');
    expect(code).toBe(0);
    return out.join('\n');
  };
  const expected = expectedFromCsv();
  const kpis = async (by?: string) =>
    JSON.parse(
      await cli('kpis', '--from', expected.from, '--to', expected.to, ...(by ? ['--by', by] : []), '--json'),
    );

  beforeAll(async () => {
    system = await openTestSystem(engine);
    await cli('import', 'olist', MQLS, DEALS, '--json');
  }, 180_000);
  afterAll(async () => {
    await system?.destroy();
  });

  it('are the data set’s true figures over its whole range', async () => {
    const { totals, from, to } = await kpis();
    expect([from, to]).toEqual(['2017-06-14', '2018-11-15']);
    const conversion = expected.deals / expected.mqls; // 842 / 8,000
    expect(totals).toEqual({
      leads: expected.mqls,
      mqls: expected.mqls,
      // Olist records no SQL and no open opportunity: a deal is won the day it is recorded.
      sqls: 0,
      opportunities: 0,
      customers: expected.deals,
      wonDeals: expected.deals,
      // Olist gives no deal value (and no costs): revenue 0, cost unknown.
      revenue: 0,
      cost: null,
      mqlToSqlRate: conversion,
      mqlToCustomerRate: conversion,
      medianCycleDays: median(expected.cycles),
      // Exact: the first contacts of 2017-10-15, when DST began at midnight, stay on that day.
      meanCycleDays: expect.closeTo(mean(expected.cycles) as number, 9),
      speedToLeadMedianMinutes: null,
      speedToLeadP90Minutes: null,
      firstTouchSlaCompliance: null,
      cpl: null,
      costPerMql: null,
      cac: null,
      averageDealValue: 0,
      winRate: 1,
      ltv: 0,
      ltvToCac: null,
      roi: null,
      mqlCommitment: null,
      mqlCommitmentAttainment: null,
    });
    expect(totals).toMatchObject({ mqls: 8000, customers: 842, medianCycleDays: 14 });
  });

  it('give each monthly cohort its own conversion and cycle', async () => {
    const { groups } = await kpis('month');
    for (const g of groups) {
      const want = expected.byMonth.get(g.key);
      expect({ key: g.key, mqls: g.mqls, rate: g.mqlToCustomerRate, median: g.medianCycleDays }).toEqual({
        key: g.key,
        mqls: want?.mqls ?? 0,
        rate: want ? want.customers / want.mqls : null,
        median: want ? median(want.cycles) : null,
      });
    }
    expect(groups.filter((g: { mqls: number }) => g.mqls > 0)).toHaveLength(expected.byMonth.size);
  });

  it('give each origin its conversion, with an empty origin apart from "unknown"', async () => {
    const { groups } = await kpis('channel');
    expect(groups).toHaveLength(expected.byChannel.size);
    for (const g of groups) {
      const want = expected.byChannel.get(g.key);
      expect([g.key, g.mqls, g.customers, g.mqlToCustomerRate]).toEqual([
        g.key,
        want?.mqls,
        want?.customers,
        (want?.customers ?? 0) / (want?.mqls ?? 1),
      ]);
    }
    expect(groups.find((g: { key: string | null }) => g.key === null)?.mqls).toBe(60);
    expect(groups.find((g: { key: string | null }) => g.key === 'unknown')?.mqls).toBe(1099);
  });
});
