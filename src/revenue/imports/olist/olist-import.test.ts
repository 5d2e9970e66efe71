import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OLIST_DEALS, OLIST_MQLS } from '../../../../test/datasets.ts';
import { openTestSystem, type TestSystem } from '../../../../test/engines.ts';
import type { Lead } from '../../../leads/lead.ts';
import type { ImportSummary } from '../import-summary.ts';
import { ownerDirectory } from '../owner-directory.ts';
import { planImport } from '../plan-import.ts';
import { runImportJob } from '../run-import-job.ts';

/** The CSV read the simplest way (no quoted cells in these files), independently of the importer. */
const csvRows = (path: string) => {
  const [header = '', ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const columns = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v])));
};

describe('the Olist marketing funnel, imported end to end (SQLite)', () => {
  let system: TestSystem;
  let leads: Lead[];
  beforeAll(async () => {
    system = await openTestSystem('sqlite');
  });
  afterAll(async () => {
    await system.destroy();
  });

  async function importOlist(paths: string[]): Promise<ImportSummary[]> {
    const jobs = planImport(
      'olist',
      paths.map((path) => ({ name: path, bytes: readFileSync(path) })),
      { timeZone: system.config.timeZone },
    );
    const context = {
      playbook: await system.playbook(),
      hooks: system.hooks,
      actor: 'import:olist',
      ownerIdFor: ownerDirectory(await system.stores.access.listUsers()),
      timeZone: system.config.timeZone,
      now: system.clock.now(),
    };
    const summaries = [];
    for (const job of jobs) {
      summaries.push(await runImportJob(system.stores, context, job));
    }
    return summaries;
  }

  async function allLeads(): Promise<Lead[]> {
    const found: Lead[] = [];
    for (let page = await system.stores.leads.scan(null, 1000); page.length > 0; ) {
      found.push(...page);
      page = await system.stores.leads.scan(page.at(-1)?.id ?? null, 1000);
    }
    return found;
  }

  it('skips every deal when its MQLs were not imported yet, saying why', async () => {
    const [deals] = await importOlist([OLIST_DEALS]);
    expect(deals?.skipped).toHaveLength(842);
    expect(deals?.skipped[0]?.reason).toMatch(/^no lead with olist id [0-9a-f]{32}: import the lead first$/);
  });

  it('makes the 8,000 MQLs 8,000 leads and the 842 closed deals 842 won deals (files in any order)', async () => {
    const [mqls, deals] = await importOlist([OLIST_DEALS, OLIST_MQLS]);
    expect(mqls).toMatchObject({ rows: 8000, created: 8000, updated: 0, unchanged: 0, skipped: [] });
    expect(deals).toMatchObject({ rows: 842, created: 842, updated: 0, unchanged: 0, skipped: [] });
    leads = await allLeads();
    expect(leads).toHaveLength(8000);
    expect(await system.stores.deals.list({ status: 'won', limit: 1000 })).toHaveLength(842);
  });

  it('gives each lead its origin as first-touch channel, an empty origin as no channel', () => {
    const expected: Record<string, number> = {};
    for (const row of csvRows(OLIST_MQLS)) {
      const channel = row.origin === '' ? 'null' : String(row.origin);
      expected[channel] = (expected[channel] ?? 0) + 1;
    }
    const actual: Record<string, number> = {};
    for (const lead of leads) {
      const channel = String(lead.firstTouch?.channel ?? null);
      actual[channel] = (actual[channel] ?? 0) + 1;
    }
    expect(actual).toEqual(expected);
    expect(actual.null).toBe(60);
    expect(actual.unknown).toBe(1099);
  });

  it('records MQLs at their first contact and customers at their won date, as history only', async () => {
    const reached = await system.stores.transitions.firstReached(
      leads.map((l) => l.id),
      ['mql', 'customer'],
    );
    const entries = [...reached.values()];
    expect(entries.filter((r) => r.mql !== undefined)).toHaveLength(8000);
    expect(entries.filter((r) => r.customer !== undefined)).toHaveLength(842);
    expect(leads.filter((l) => l.stage === 'customer')).toHaveLength(842);
    expect(leads.filter((l) => l.ownerId !== null || l.queue !== null)).toEqual([]);
    expect(await system.stores.outbox.pending(10)).toEqual([]);
  });

  it('keeps the SR as the deal owner, the SDR and the declared fields', async () => {
    const sellers = new Set(csvRows(OLIST_DEALS).map((row) => row.sr_id));
    const deals = await system.stores.deals.list({ limit: 1000 });
    expect(new Set(deals.map((d) => d.ownerName))).toEqual(sellers);
    const first = csvRows(OLIST_DEALS)[0] as Record<string, string>;
    const deal = await system.stores.deals.byExternalId(`olist:${first.mql_id}`);
    expect(deal).toMatchObject({ amountCents: 0, ownerName: first.sr_id, fields: { sdr_id: first.sdr_id } });
    const lead = await system.stores.leads.byId(deal?.leadId ?? '');
    expect(lead?.fields).toMatchObject({ business_segment: first.business_segment, sdr_id: first.sdr_id });
  });

  it('imports the deal won two days before its first contact, at its won date', async () => {
    const id = 'b91cf8812365f50ff4bda4bcd6206b05';
    const found = (await system.stores.imports.leadsByExternalId('olist', [id])).get(id);
    const lead = found && 'lead' in found ? found.lead : undefined;
    const history = await system.stores.transitions.forLead(lead?.id ?? '');
    // Forward order decides from/to (lead → mql → customer); each keeps its own date.
    const mql = history.find((t) => t.to === 'mql');
    const customer = history.find((t) => t.to === 'customer');
    expect(mql).toMatchObject({ from: 'lead' });
    expect(customer).toMatchObject({ from: 'mql' });
    expect((mql?.at ?? 0) - (customer?.at ?? 0)).toBeGreaterThan(DAY);
    expect(lead).toMatchObject({ stage: 'customer', stageEnteredAt: customer?.at });
  });

  it('changes nothing when both files are imported again', async () => {
    const [mqls, deals] = await importOlist([OLIST_MQLS, OLIST_DEALS]);
    expect(mqls).toMatchObject({ created: 0, updated: 0, unchanged: 8000, skipped: [] });
    expect(deals).toMatchObject({ created: 0, updated: 0, unchanged: 842, skipped: [] });
  });
});

const DAY = 86_400_000;
