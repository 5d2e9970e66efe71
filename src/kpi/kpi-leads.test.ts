import { describe, expect, it } from 'vitest';
import type { LeadFacts } from './kpi-facts.ts';
import { loadKpiLeads } from './kpi-leads.ts';
import { at, lead, TZ } from './kpi-scenario.fixture.ts';
import type { KpiStore } from './kpi-store.ts';
import { periodOf } from './local-dates.ts';

const MARCH = periodOf('2018-03-01', '2018-04-01', TZ);

/**
 * A store whose facts come three to a page in the order given, each page in reverse (storage
 * gives no order inside a page), with a name for every lead.
 */
function storeOf(facts: LeadFacts[]): KpiStore {
  const unused = () => {
    throw new Error('not read by the drill-down');
  };
  return {
    async leadFacts(_period, cursor) {
      const start = cursor === null ? 0 : Number(cursor);
      const rows = facts.slice(start, start + 3).reverse();
      return { rows, next: start + 3 < facts.length ? String(start + 3) : null };
    },
    async leadSummaries(ids) {
      return ids.map((id) => ({ leadId: id, name: `Lead ${id}`, email: null, company: null, stage: 'mql' }));
    },
    closedDeals: unused,
    costs: unused,
    firstTouches: unused,
    decisionCounts: unused,
    objectionCounts: unused,
    openBreaches: unused,
  };
}

/** L01…L11: odd ones MQL in March in channel paid, L04 MQL in February, the others never. */
const FACTS = Array.from({ length: 11 }, (_, i) => {
  const id = `L${String(i + 1).padStart(2, '0')}`;
  const isOdd = i % 2 === 0;
  return lead(id, {
    channel: isOdd ? 'paid' : 'organic',
    createdAt: at('2018-03-02 09:00'),
    firstMqlAt: isOdd
      ? at(`2018-03-${String(i + 3).padStart(2, '0')} 10:00`)
      : id === 'L04'
        ? at('2018-02-20 10:00')
        : null,
  });
});

describe('loadKpiLeads', () => {
  it.each([1, 2, 3, 4, 6, 7])(
    'lists every lead of a count once, across pages of the store, %i at a time',
    async (limit) => {
      // Later pages hold smaller ids, as pages in (time, id) order may.
      const store = storeOf([...FACTS].reverse());
      const listed: string[] = [];
      let cursor: string | null = null;
      let calls = 0;
      do {
        const page = await loadKpiLeads(store, {
          period: MARCH,
          metric: 'mqls',
          timeZone: TZ,
          by: 'channel',
          key: 'paid',
          cursor,
          limit,
        });
        if (!page.ok) {
          throw new Error(page.message);
        }
        expect(page.items.length).toBeLessThanOrEqual(limit);
        listed.push(...page.items.map((item) => item.leadId));
        cursor = page.next;
        calls += 1;
      } while (cursor !== null && calls < 20);
      expect(listed).toHaveLength(6);
      expect([...listed].sort()).toEqual(['L01', 'L03', 'L05', 'L07', 'L09', 'L11']);
      // A next page is offered only when a lead is waiting on it.
      expect(calls).toBe(Math.ceil(6 / limit));
    },
  );

  it('gives each lead its name, its group and when it entered the metric', async () => {
    const page = await loadKpiLeads(storeOf(FACTS), {
      period: MARCH,
      metric: 'leads',
      timeZone: TZ,
      by: undefined,
      key: null,
      cursor: null,
      limit: 1,
    });
    expect(page).toMatchObject({
      ok: true,
      items: [{ leadId: 'L01', name: 'Lead L01', stage: 'mql', channel: 'paid', at: at('2018-03-02 09:00') }],
    });
  });

  it('refuses a cursor it did not make', async () => {
    const page = await loadKpiLeads(storeOf(FACTS), {
      period: MARCH,
      metric: 'mqls',
      timeZone: TZ,
      by: undefined,
      key: null,
      cursor: 'not-a-cursor',
      limit: 5,
    });
    expect(page).toEqual({ ok: false, message: expect.stringContaining('The cursor is not valid') });
  });
});
