import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OLIST_DEALS, OLIST_MQLS } from '../../../../test/datasets.ts';
import { readTable } from '../read-table.ts';
import { parseOlistDeals, parseOlistMqls } from './parse-olist.ts';

const SP = 'America/Sao_Paulo';
const table = (text: string) => readTable(Buffer.from(text));

describe('Olist parsers', () => {
  it('makes each MQL a lead keyed by mql_id, entering mql on its first contact (local date)', () => {
    const { records, problems } = parseOlistMqls(
      table('mql_id,first_contact_date,landing_page_id,origin\nm1,2018-02-01,lp1,social\n'),
      SP,
    );
    expect(problems).toEqual([]);
    const at = Date.parse('2018-02-01T00:00:00-02:00');
    expect(records).toEqual([
      {
        row: 2,
        lead: {
          key: { source: 'olist', externalId: 'm1' },
          email: null,
          firstTouch: expect.objectContaining({ channel: 'social', landingPage: 'lp1', at }),
          createdAt: at,
          stages: [{ stage: 'mql', at }],
          fields: { olist_mql_id: 'm1' },
        },
      },
    ]);
  });

  it('reads an empty origin as no channel, not as "unknown"', () => {
    const { records } = parseOlistMqls(
      table(
        'mql_id,first_contact_date,landing_page_id,origin\nm1,2018-02-01,lp1,\nm2,2018-02-01,lp1,unknown\n',
      ),
      SP,
    );
    expect(records.map((r) => r.lead.firstTouch?.channel)).toEqual([null, 'unknown']);
  });

  it('skips rows without an id or a readable date, with the reason, and keeps the rest', () => {
    const { records, problems } = parseOlistMqls(
      table(
        'mql_id,first_contact_date,landing_page_id,origin\n,2018-02-01,lp,x\nm2,ontem,lp,x\nm3,2018-02-01,lp,x\n',
      ),
      SP,
    );
    expect(records.map((r) => r.row)).toEqual([4]);
    expect(problems).toEqual([
      { row: 2, reason: 'mql_id is empty' },
      { row: 3, reason: expect.stringContaining('first_contact_date: "ontem" is not a date') },
    ]);
  });

  it('refuses a file that is not the one asked for, naming the missing columns', () => {
    expect(() => parseOlistMqls(table('mql_id,won_date\nx,2018-01-01\n'), SP)).toThrow(
      /first_contact_date.*landing_page_id.*origin/,
    );
  });

  it('makes each closed deal a won deal of its MQL, owned by the SR, with the SDR and declared fields kept', () => {
    const { records } = parseOlistDeals(
      table(
        'mql_id,seller_id,sdr_id,sr_id,won_date,business_segment,lead_type,lead_behaviour_profile,has_company,has_gtin,average_stock,business_type,declared_product_catalog_size,declared_monthly_revenue\n' +
          'm1,s1,sdr1,sr1,2018-02-26 19:58:54,pet,online_medium,cat,True,,,reseller,80.0,0.0\n',
      ),
      SP,
    );
    const won = Date.parse('2018-02-26T19:58:54-03:00');
    expect(records[0]).toEqual({
      row: 2,
      lead: {
        key: { source: 'olist', externalId: 'm1' },
        email: null,
        createIfMissing: false,
        fields: {
          business_segment: 'pet',
          lead_type: 'online_medium',
          lead_behaviour_profile: 'cat',
          business_type: 'reseller',
          declared_product_catalog_size: 80,
          declared_monthly_revenue: 0,
          has_company: true,
          sdr_id: 'sdr1',
        },
      },
      deal: {
        externalId: 'olist:m1',
        amountCents: 0,
        currency: 'BRL',
        status: 'won',
        createdAt: won,
        closedAt: won,
        owner: 'sr1',
        fields: { seller_id: 's1', sdr_id: 'sdr1' },
      },
    });
  });

  it('parses the real files whole: 8,000 MQLs (60 without origin) and 842 won deals', () => {
    const mqls = parseOlistMqls(readTable(readFileSync(OLIST_MQLS)), SP);
    expect(mqls.problems).toEqual([]);
    expect(mqls.records).toHaveLength(8000);
    expect(mqls.records.filter((r) => r.lead.firstTouch?.channel === null)).toHaveLength(60);
    const deals = parseOlistDeals(readTable(readFileSync(OLIST_DEALS)), SP);
    expect(deals.problems).toEqual([]);
    expect(deals.records).toHaveLength(842);
    expect(new Set(deals.records.map((r) => r.deal?.owner)).size).toBeGreaterThan(1);
  });
});
