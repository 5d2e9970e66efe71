import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/engines.ts';
import { withDatabase } from '../../storage/sql-kpi-store.fixture.ts';

/** São Paulo local time in 2026 (−03:00, no DST). */
const at = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00-03:00`);
const MARCH = 'from=2026-03-01&to=2026-04-01';

interface Listed {
  leadId: string;
  name: string | null;
  stage: string;
  at: string;
  channel: string | null;
  ownerName: string | null;
}

describe.each(ENGINES)('the KPI drill-down on %s', (engine) => {
  const t = useTestApp(engine, 'marketing');
  const get = async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url, headers: t.auth });
    return { status: response.statusCode, body: response.json() };
  };
  /** Every page of a drill-down, two leads a page. */
  const listAll = async (query: string): Promise<Listed[]> => {
    const items: Listed[] = [];
    let cursor: string | null = null;
    do {
      const { status, body } = await get(
        `/api/v1/kpis/leads?${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(status, query).toBe(200);
      items.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor !== null);
    return items;
  };
  const ids = async (query: string) => (await listAll(query)).map((l) => l.leadId).sort();

  beforeAll(async () => {
    await withDatabase(t.system, async (seed) => {
      await seed.user('r1', 'Rita');
      await seed.user('r2', 'Caio');
      await seed.lead('A', at('2026-03-02 09:00'), { channel: 'paid', ownerId: 'r1' });
      await seed.moves('A', [
        ['mql', at('2026-03-02 10:00')],
        ['sql', at('2026-03-03 10:00')],
        ['opportunity', at('2026-03-10 10:00')],
        ['customer', at('2026-03-20 10:00')],
      ]);
      await seed.lead('B', at('2026-03-03 09:00'), { channel: 'paid', ownerId: 'r2' });
      await seed.moves('B', [
        ['mql', at('2026-03-09 10:00')],
        ['sql', at('2026-03-10 10:00')],
      ]);
      // Created before March, MQL in it.
      await seed.lead('C', at('2026-02-20 09:00'), { channel: 'organic', ownerId: 'r1' });
      await seed.moves('C', [['mql', at('2026-03-04 10:00')]]);
      await seed.lead('D', at('2026-03-05 09:00'), { channel: 'organic' });
      // MQL in February: SQL and customer in March, but not in March's cohort.
      await seed.lead('E', at('2026-01-10 09:00'), { ownerId: 'r2' });
      await seed.moves('E', [
        ['mql', at('2026-02-15 10:00')],
        ['sql', at('2026-03-05 10:00')],
        ['customer', at('2026-03-25 10:00')],
      ]);
      // Merged into A: counts once, as A.
      await seed.lead('F', at('2026-03-06 09:00'), { channel: 'paid', mergedInto: 'A' });
      // Created in March, MQL in April.
      await seed.lead('G', at('2026-03-30 09:00'), { channel: 'organic', ownerId: 'r1' });
      await seed.moves('G', [['mql', at('2026-04-02 10:00')]]);
      await seed.lead('H', at('2026-03-16 09:00'), { channel: 'events', campaign: 'feira', ownerId: 'r2' });
      await seed.moves('H', [
        ['mql', at('2026-03-16 10:00')],
        ['sql', at('2026-03-17 10:00')],
      ]);
    });
    t.system.clock.set(at('2026-04-10 09:00'));
  });

  it('lists the leads behind a count, by the KPIs’ definitions (worked out by hand)', async () => {
    expect(await ids(`${MARCH}&metric=leads`)).toEqual(['A', 'B', 'D', 'G', 'H']);
    expect(await ids(`${MARCH}&metric=mqls`)).toEqual(['A', 'B', 'C', 'H']);
    expect(await ids(`${MARCH}&metric=sqls`)).toEqual(['A', 'B', 'E', 'H']);
    expect(await ids(`${MARCH}&metric=customers`)).toEqual(['A', 'E']);
    expect(await ids(`${MARCH}&metric=mqls&by=channel&key=paid`)).toEqual(['A', 'B']);
    expect(await ids(`${MARCH}&metric=sqls&by=owner&key=r2`)).toEqual(['B', 'E', 'H']);
    expect(await ids(`${MARCH}&metric=customers&by=channel`)).toEqual(['E']); // no channel: the null group
    expect(await ids(`${MARCH}&metric=mqls&by=week&key=2026-W10`)).toEqual(['A', 'C']);
    expect(await ids(`${MARCH}&metric=leads&by=week&key=2026-W14`)).toEqual(['G']);
  });

  it('says who each lead is, where it came from, and when it entered the metric', async () => {
    const [c] = await listAll(`${MARCH}&metric=mqls&by=channel&key=organic`);
    expect(c).toMatchObject({
      leadId: 'C',
      name: 'Lead C',
      email: 'c@cliente.com.br',
      stage: 'lead',
      channel: 'organic',
      ownerId: 'r1',
      ownerName: 'Rita',
      at: new Date(at('2026-03-04 10:00')).toISOString(),
    });
  });

  it('lists as many leads as the KPIs count, for every metric and group', async () => {
    for (const by of ['', 'channel', 'owner', 'week', 'campaign', 'month']) {
      const kpis = (await get(`/api/v1/kpis?${MARCH}${by ? `&by=${by}` : ''}`)).body;
      const rows: { key: string | null; values: Record<string, number> }[] = by
        ? kpis.groups.map((g: { key: string | null }) => ({ key: g.key, values: g }))
        : [{ key: null, values: kpis.totals }];
      for (const { key, values } of rows) {
        for (const metric of ['leads', 'mqls', 'sqls', 'opportunities', 'customers']) {
          const query = `${MARCH}&metric=${metric}${by ? `&by=${by}` : ''}${key === null ? '' : `&key=${key}`}`;
          expect((await listAll(query)).length, query).toBe(values[metric]);
        }
      }
    }
  });

  it.each([
    ['metric=mql', 'querystring.metric'],
    ['metric=mqls&key=paid', 'key needs by: the grouping the key belongs to.'],
    ['metric=mqls&by=rep', 'by must be one of channel, campaign, owner, month, week, not "rep".'],
    ['metric=mqls&cursor=bm9wZQ', 'The cursor is not valid'],
    // Our cursor around a storage position that is not one.
    [
      `metric=mqls&cursor=${Buffer.from(JSON.stringify(['e30', ''])).toString('base64url')}`,
      'The cursor is not valid',
    ],
  ])('refuses %s with 400', async (query, message) => {
    const { status, body } = await get(`/api/v1/kpis/leads?${MARCH}&${query}`);
    expect(status).toBe(400);
    expect(body.error.message).toContain(message);
  });
});
