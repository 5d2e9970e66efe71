import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem, tokenFor } from '../../../test/engines.ts';
import { KPI_NAMES } from '../../kpi/glossary.ts';
import { withDatabase } from '../../storage/sql-kpi-store.fixture.ts';
import { buildServer } from '../server.ts';

/** São Paulo local time in March 2018 (−03:00). */
const at = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00-03:00`);

describe.each(ENGINES)('the reports API on %s', (engine) => {
  let system: TestSystem;
  let app: FastifyInstance;
  let auth: { authorization: string };
  const get = async (url: string, headers = auth) => {
    const response = await app.inject({ method: 'GET', url, headers });
    return {
      status: response.statusCode,
      type: response.headers['content-type'],
      body: response.body,
      json: () => response.json(),
    };
  };

  beforeAll(async () => {
    system = await openTestSystem(engine);
    app = await buildServer(system);
    auth = { authorization: `Bearer ${await tokenFor(system, 'sales_rep')}` };
    system.clock.set(at('2018-03-14 09:00'));
    await withDatabase(system, async (seed) => {
      await seed.user('rep1', 'Rita');
      await seed.lead('P1', at('2018-03-05 09:00'), {
        channel: 'paid_search',
        ownerId: 'rep1',
        grade: 'A',
        fit: 70,
      });
      await seed.moves('P1', [
        ['mql', at('2018-03-05 10:00')],
        ['sql', at('2018-03-06 10:00')],
      ]);
      await seed.lead('O1', at('2018-03-06 09:00'), { channel: 'organic', grade: 'C', fit: 30 });
      await seed.moves('O1', [
        ['mql', at('2018-03-07 10:00')],
        ['nurture', at('2018-03-08 10:00')],
      ]);
      await seed.lead('O2', at('2018-02-26 09:00'), { channel: 'organic' });
      await seed.deal('P1', 'won', 250_000, at('2018-03-09 16:00'));
      await seed.cost('2018-03', 'paid_search', '', 310_000);
      await seed.clock('P1', 'first_touch', {
        startedAt: at('2018-03-05 10:00'),
        dueAt: at('2018-03-05 11:00'),
        metAt: at('2018-03-05 10:20'),
        ownerId: 'rep1',
      });
      await seed.clock('O1', 'first_touch', {
        startedAt: at('2018-03-07 10:00'),
        dueAt: at('2018-03-07 11:00'),
        ownerId: 'rep1',
      });
      await seed.decision('P1', at('2018-03-06 10:00'), 'accept', { channel: 'paid_search' });
      await seed.decision('O1', at('2018-03-08 10:00'), 'reject', {
        channel: 'organic',
        reason: 'no_budget',
      });
      await seed.objection('O1', at('2018-03-07 15:00'), 'Preço');
    });
  });
  afterAll(async () => {
    await app.close();
    await system.destroy();
  });

  it('answers the KPIs of a period with totals and groups', async () => {
    const response = await get('/api/v1/kpis?from=2018-03-05&to=2018-03-12&by=channel&asOf=2018-03-31');
    expect(response.status).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      from: '2018-03-05',
      to: '2018-03-12',
      by: 'channel',
      currency: 'BRL',
      timeZone: 'America/Sao_Paulo',
    });
    expect(body.asOf).toBe(new Date(at('2018-04-01 00:00')).toISOString());
    expect(Object.keys(body.totals).sort()).toEqual([...KPI_NAMES].sort());
    // P1 and O1 created and MQL; P1 reached SQL; 3,100 of March × 7/31 = 700.
    expect(body.totals).toMatchObject({
      leads: 2,
      mqls: 2,
      sqls: 1,
      mqlToSqlRate: 0.5,
      revenue: 2500,
      cost: 700,
      cpl: 350,
    });
    expect(body.totals).toMatchObject({
      speedToLeadMedianMinutes: expect.any(Number),
      firstTouchSlaCompliance: 0.5,
    });
    expect(body.groups.map((g: { key: string | null }) => g.key)).toEqual(['organic', 'paid_search']);
  });

  it('groups the KPIs by ISO week of the first MQL, spreading the month’s cost over the weeks by days', async () => {
    const response = await get('/api/v1/kpis?from=2018-03-01&to=2018-03-15&by=week&asOf=2018-03-31');
    expect(response.status).toBe(200);
    const body = response.json();
    expect(body.by).toBe('week');
    // 1 March 2018 is a Thursday (W09: 4 days of the period), W10 has 7 days, W11 the 12th to the 14th.
    expect(body.groups.map((g: { key: string | null }) => g.key)).toEqual([
      '2018-W09',
      '2018-W10',
      '2018-W11',
    ]);
    const [w09, w10, w11] = body.groups;
    // 3,100 of paid search in March is 100 a day. P1 and O1 were created and became MQLs in W10.
    expect(w09).toMatchObject({ leads: 0, mqls: 0, cost: 400, mqlCommitment: null });
    expect(w10).toMatchObject({ leads: 2, mqls: 2, sqls: 1, mqlToSqlRate: 0.5, revenue: 2500, cost: 700 });
    expect(w11).toMatchObject({ mqls: 0, cost: 300 });
    expect(body.totals).toMatchObject({ leads: 2, mqls: 2, cost: 1400 });
  });

  it.each([
    ['from=2018-03-05', 'querystring.to: required: a local date YYYY-MM-DD'],
    ['from=2018-02-30&to=2018-03-05', 'from must be a real date YYYY-MM-DD, not "2018-02-30".'],
    ['from=2018-03-05&to=2018-03-05', 'to (2018-03-05) must be after from (2018-03-05): to is exclusive.'],
    [
      'from=2018-03-05&to=2018-03-12&by=rep',
      'by must be one of channel, campaign, owner, month, week, not "rep".',
    ],
    ['from=2018-03-05&to=2018-03-12&asOf=yesterday', 'asOf must be a real date YYYY-MM-DD, not "yesterday".'],
  ])('refuses %s with 400 and a message a person can act on', async (query, message) => {
    const response = await get(`/api/v1/kpis?${query}`);
    expect(response.status).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'invalid_request', message });
  });

  it('needs a token', async () => {
    expect((await get('/api/v1/kpis?from=2018-03-05&to=2018-03-12', { authorization: '' })).status).toBe(401);
  });

  it('serves the glossary in both languages', async () => {
    const body = (await get('/api/v1/kpis/glossary')).json();
    expect(body.metrics.map((m: { name: string }) => m.name)).toEqual([...KPI_NAMES]);
    expect(body.metrics[0].definition['pt-BR']).toContain('Leads criados no período');
    expect(body.rules.length).toBeGreaterThan(3);
    expect(body.reports.map((r: { title: { en: string } }) => r.title.en)).toContain(
      'The three biggest changes',
    );
  });

  it('reports feedback to marketing: reasons, acceptance by channel, conversion by grade, objections', async () => {
    const response = await get('/api/v1/reports/feedback?from=2018-03-01&to=2018-04-01');
    expect(response.status).toBe(200);
    const body = response.json();
    expect(body.rejectionsByReason).toEqual([
      {
        reasonCode: 'no_budget',
        label: expect.objectContaining({ en: expect.any(String) }),
        count: 1,
        share: 1,
      },
    ]);
    expect(body.acceptanceByChannel).toContainEqual({
      channel: 'paid_search',
      accepted: 1,
      rejected: 0,
      acceptanceRate: 1,
    });
    expect(
      body.conversionByGrade.map((r: { key: string; mqlToSqlRate: number }) => [r.key, r.mqlToSqlRate]),
    ).toEqual([
      ['A', 1],
      ['C', 0],
    ]);
    expect(body.conversionByFitBand.map((r: { key: string }) => r.key)).toEqual(['20–39', '60–79']);
    expect(body.objections).toEqual([{ objection: 'Preço', count: 1 }]);
    expect((await get('/api/v1/reports/feedback?from=2018-04-01&to=2018-03-01')).status).toBe(400);
  });

  it('gives the weekly review of the last complete week as JSON by default', async () => {
    const response = await get('/api/v1/reports/weekly');
    expect(response.status).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ week: '2018-W10', fromDate: '2018-03-05', toDate: '2018-03-12' });
    expect(body.totals).toMatchObject({ mqls: 2, wonDeals: 1 });
    expect(body.previousWeeks.map((w: { week: string }) => w.week)).toEqual([
      '2018-W06',
      '2018-W07',
      '2018-W08',
      '2018-W09',
    ]);
    expect(body.wonDeals).toEqual([
      expect.objectContaining({ amount: 2500, closedAt: new Date(at('2018-03-09 16:00')).toISOString() }),
    ]);
    // O1's first touch (due 7 March 11:00) was never met: still open when the week ended.
    expect(body.openBreaches.items.map((b: { leadId: string; kind: string }) => [b.leadId, b.kind])).toEqual([
      ['O1', 'first_touch'],
    ]);
    expect(body.byOwner).toEqual([
      expect.objectContaining({ key: 'rep1', name: 'Rita', firstTouchSlaCompliance: 0.5 }),
      expect.anything(),
    ]);
  });

  it('gives the weekly review as Markdown and as a printable HTML page, in either language', async () => {
    const md = await get('/api/v1/reports/weekly?week=2018-W10&format=md&lang=en');
    expect(md.status).toBe(200);
    expect(md.type).toContain('text/markdown');
    expect(md.body).toContain('# Weekly smarketing review: 2018-W10');
    const html = await get('/api/v1/reports/weekly?week=2018-W10&format=html');
    expect(html.type).toContain('text/html');
    expect(html.body).toContain('Revisão semanal de smarketing: 2018-W10');
    expect(html.body).toContain('@media print');
  });

  it('refuses a week that is not YYYY-Www', async () => {
    const response = await get('/api/v1/reports/weekly?week=2018-53');
    expect(response.status).toBe(400);
    expect(response.json().error.message).toContain('week must be an ISO week YYYY-Www');
  });

  it('documents the routes in the OpenAPI document', async () => {
    const paths = Object.keys((await get('/api/openapi.json')).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/kpis',
        '/api/v1/kpis/glossary',
        '/api/v1/reports/feedback',
        '/api/v1/reports/weekly',
      ]),
    );
  });
});
