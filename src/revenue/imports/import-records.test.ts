import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem } from '../../../test/engines.ts';
import { createUser } from '../../access/create-user.ts';
import type { Lead } from '../../leads/lead.ts';
import type { ImportContext } from './import-record.ts';
import type { ImportStores } from './import-records.ts';
import type { ImportSummary } from './import-summary.ts';
import { ownerDirectory } from './owner-directory.ts';
import { type ImportFormat, planImport } from './plan-import.ts';
import { runImportJob } from './run-import-job.ts';

const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);

const RD = utf16(
  [
    'Email\tNome\tEstágio no funil\tDono do Lead\tData da primeira conversão\tOrigem da primeira conversão\tData da última oportunidade\tData da última venda\tValor da última venda\tLead Scoring - Perfil',
    'ana@acme.com.br\tAna\tLead Qualificado\trita@acme.com\t2023-05-02 14:10:00 -0300\tBusca Paga | Google\t2023-05-20 10:00:00 -0300\t2023-06-01 16:00:00 -0300\t1.500,00\tA',
    'bia@beta.io\tBia\tLead\t\t2023-05-03 09:00:00 -0300\tSocial | Instagram\t\t\t\tC',
    'ana@acme.com.br\tAna de novo\t\t\t\t\t\t\t\t',
  ].join('\r\n'),
);

const HUBSPOT = Buffer.from(
  [
    'Record ID,First Name,Email,Contact owner,Original Source,Create Date,Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date',
    '501,Caio,caio@gamma.com,Rita Lima,Organic Search,2023-01-10 10:00,2023-01-11 10:00,2023-01-12 10:00',
    '502,Duda,,,Direct Traffic,2023-01-15 08:00,,',
  ].join('\n'),
);

describe.each(ENGINES)('imports on %s', (engine) => {
  let system: TestSystem;
  let ritaId: string;
  beforeAll(async () => {
    system = await openTestSystem(engine);
    const rita = await system.stores.transaction((s) =>
      createUser(s, { email: 'rita@acme.com', name: 'Rita Lima', role: 'sales_rep' }, system.clock.now()),
    );
    ritaId = rita.id;
  });
  afterAll(async () => {
    await system.destroy();
  });

  async function run(
    format: ImportFormat,
    name: string,
    bytes: Buffer,
    csvType?: string,
  ): Promise<ImportSummary[]> {
    const context: ImportContext<ImportStores> = {
      playbook: await system.playbook(),
      hooks: system.hooks,
      actor: `import:${format}`,
      ownerIdFor: ownerDirectory(await system.stores.access.listUsers()),
      timeZone: system.config.timeZone,
      now: system.clock.now(),
    };
    const jobs = planImport(format, [{ name, bytes }], {
      timeZone: system.config.timeZone,
      ...(csvType ? { csvType } : {}),
    });
    const summaries = [];
    for (const job of jobs) {
      summaries.push(await runImportJob(system.stores, context, job));
    }
    return summaries;
  }

  const stagesOf = async (lead: Lead) =>
    (await system.stores.transitions.forLead(lead.id)).map((t) => [
      t.from,
      t.to,
      new Date(t.at).toISOString(),
    ]);

  it('imports an RD Station export: leads, owner, dated stages and the last sale as a won deal', async () => {
    const [summary] = await run('rdstation', 'rd.csv', RD);
    expect(summary).toMatchObject({ rows: 3, created: 2, updated: 0, unchanged: 0 });
    expect(summary?.skipped).toEqual([{ row: 4, reason: 'repeats the person of row 2' }]);
    const ana = (await system.stores.leads.byEmail('ana@acme.com.br')) as Lead;
    expect(ana).toMatchObject({ stage: 'customer', ownerId: ritaId, firstTouch: { channel: 'paid_search' } });
    expect(await stagesOf(ana)).toEqual([
      ['lead', 'mql', '2023-05-02T17:10:00.000Z'],
      ['mql', 'opportunity', '2023-05-20T13:00:00.000Z'],
      ['opportunity', 'customer', '2023-06-01T19:00:00.000Z'],
    ]);
    const deals = await system.stores.deals.list({ leadId: ana.id, limit: 10 });
    expect(deals).toMatchObject([{ status: 'won', amountCents: 150_000, ownerId: ritaId }]);
    expect(await system.stores.outbox.pending(100)).toEqual([]);
  });

  it('changes nothing when the same export is imported again', async () => {
    const [again] = await run('rdstation', 'rd.csv', RD);
    expect(again).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 2 });
  });

  it('imports a HubSpot export keyed by Record ID, with lifecycle dates as transitions', async () => {
    const [summary] = await run('hubspot', 'hubspot.csv', HUBSPOT);
    expect(summary).toMatchObject({ rows: 2, created: 2, skipped: [] });
    const caio = (await system.stores.leads.byEmail('caio@gamma.com')) as Lead;
    expect(caio).toMatchObject({ stage: 'sql', ownerId: ritaId, firstTouch: { channel: 'organic_search' } });
    expect((await stagesOf(caio)).map(([from, to]) => [from, to])).toEqual([
      ['lead', 'mql'],
      ['mql', 'sql'],
    ]);
    const duda = await system.stores.imports.leadsByExternalId('hubspot', ['502']);
    expect(duda.get('502')).toMatchObject({ lead: { email: null, name: 'Duda', stage: 'lead' } });
    const [again] = await run('hubspot', 'hubspot.csv', HUBSPOT);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('imports deals from any CSV, creating unknown leads, and re-imports them as unchanged', async () => {
    const csv = Buffer.from(
      'id;email;valor;situacao;criado em;fechado em\n' +
        'D-1;caio@gamma.com;"2.000,00";ganho;2023-02-01;2023-02-15 10:00\n' +
        'D-2;novo@delta.com;300;aberto;2023-03-01;\n' +
        'D-3;;10;ganho;;\n',
    );
    const [summary] = await run('csv', 'deals.csv', csv, 'deals');
    expect(summary).toMatchObject({
      created: 2,
      skipped: [{ row: 4, reason: 'names no lead: give an email or a leadId' }],
    });
    const caio = (await system.stores.leads.byEmail('caio@gamma.com')) as Lead;
    expect(caio.stage).toBe('customer');
    expect((await system.stores.leads.byEmail('novo@delta.com'))?.stage).toBe('opportunity');
    const [again] = await run('csv', 'deals.csv', csv, 'deals');
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('imports costs and replaces an amount when the file is corrected', async () => {
    const csv =
      'month,channel,campaign,amount\n2023-01,paid_search,,1000\n2023-01,paid_search,brand,250.50\n';
    expect((await run('csv', 'costs.csv', Buffer.from(csv), 'costs'))[0]).toMatchObject({ created: 2 });
    expect((await run('csv', 'costs.csv', Buffer.from(csv), 'costs'))[0]).toMatchObject({ unchanged: 2 });
    const corrected = csv.replace('1000', '1200');
    expect((await run('csv', 'costs.csv', Buffer.from(corrected), 'costs'))[0]).toMatchObject({
      updated: 1,
      unchanged: 1,
    });
    const costs = await system.stores.costs.list({ from: '2023-01', to: '2023-01' });
    expect(costs.map((c) => c.amountCents)).toEqual([120_000, 25_050]);
  });

  it('skips a deal whose lead was never imported, and stops before anything when the file is not the format', async () => {
    const [summary] = await run(
      'csv',
      'deals.csv',
      Buffer.from('leadId,amount,status\nnope,1,won\n'),
      'deals',
    );
    expect(summary?.skipped).toEqual([{ row: 2, reason: 'no lead with id nope: import the lead first' }]);
    await expect(run('olist', 'x.csv', Buffer.from('a,b\n1,2\n'))).rejects.toThrow(
      /not the Olist closed-deals file/,
    );
    await expect(run('csv', 'x.csv', Buffer.from('a\n1\n'), 'people')).rejects.toThrow(
      /--type leads\|deals\|costs/,
    );
  });
});
