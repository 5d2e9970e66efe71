import { describe, expect, it } from 'vitest';
import { readTable } from '../read-table.ts';
import { resolveColumns } from './column-map.ts';
import { monthOf, parseCsvCosts } from './parse-csv-costs.ts';
import { parseCsvDeals } from './parse-csv-deals.ts';
import { parseCsvLeads } from './parse-csv-leads.ts';

const SP = 'America/Sao_Paulo';
const table = (text: string) => readTable(Buffer.from(text));

describe('CSV columns', () => {
  it('maps columns by name, by Portuguese alias, by --map, and keeps the rest as custom fields', () => {
    const map = resolveColumns(
      ['E-mail', 'Job Title', 'Canal', 'Plano', 'Ignorar', 'Origem do lead'],
      'leads',
      ['Ignorar=', 'Origem do lead=fields.origem'],
    );
    expect(Object.fromEntries(map)).toEqual({
      'E-mail': 'email',
      'Job Title': 'jobTitle',
      Canal: 'channel',
      Plano: 'fields.plano',
      Ignorar: null,
      'Origem do lead': 'fields.origem',
    });
  });

  it('refuses a --map to an unknown field or column, before importing anything', () => {
    expect(() => resolveColumns(['a'], 'deals', ['a=price'])).toThrow(/"price" is not a deals field/);
    expect(() => resolveColumns(['a'], 'deals', ['b=amount'])).toThrow(/no column "b"/);
    expect(() => resolveColumns(['a'], 'deals', ['amount'])).toThrow(/Column=field/);
  });
});

describe('parseCsvLeads', () => {
  it('reads people with their source, company, stage and custom fields', () => {
    const { records, problems } = parseCsvLeads(
      table(
        'email;nome;empresa;canal;campanha;criado em;estagio;plano\n' +
          'ana@acme.com;Ana;Acme;paid_search;brand;02/03/2026 10:00;mql;pro\n' +
          'bia@beta.io;Bia;;;;;;\n' +
          'x;X;;;;;;\n' +
          'caio@c.com;Caio;;;;;cliente;\n',
      ),
      SP,
      [],
    );
    const at = Date.parse('2026-03-02T10:00:00-03:00');
    expect(records[0]?.lead).toMatchObject({
      email: 'ana@acme.com',
      name: 'Ana',
      company: { name: 'Acme' },
      firstTouch: { channel: 'paid_search', campaign: 'brand', at },
      createdAt: at,
      stages: [{ stage: 'mql', at }],
      fields: { plano: 'pro' },
    });
    expect(records[1]?.lead).toMatchObject({ email: 'bia@beta.io', stages: [] });
    expect(records[1]?.lead.firstTouch).toBeUndefined();
    expect(problems).toEqual([{ row: 4, reason: 'email: "x" is not a valid e-mail address' }]);
    expect(records[2]?.warnings).toEqual([expect.stringContaining('has no date')]);
  });

  it('needs a column that identifies the person', () => {
    expect(() => parseCsvLeads(table('nome\nAna\n'), SP, [])).toThrow(/email or externalId/);
  });
});

describe('parseCsvDeals', () => {
  const header = 'id,email,negocio,valor,situacao,criado em,fechado em,motivo da perda,produto\n';

  it('reads deals with Brazilian amounts and CRM statuses, keeping extra columns as deal fields', () => {
    const { records, problems } = parseCsvDeals(
      table(`${header}D-1,ana@acme.com,Plano Pro,"1.234,56",Ganho,2026-02-01,2026-02-20 15:00,,GTX\n`),
      SP,
      [],
    );
    expect(problems).toEqual([]);
    expect(records[0]).toEqual({
      row: 2,
      lead: { key: null, email: 'ana@acme.com' },
      deal: {
        externalId: 'D-1',
        name: 'Plano Pro',
        amountCents: 123_456,
        currency: 'BRL',
        status: 'won',
        createdAt: Date.parse('2026-02-01T00:00:00-03:00'),
        closedAt: Date.parse('2026-02-20T15:00:00-03:00'),
        fields: { produto: 'GTX' },
      },
    });
  });

  it('gives a deal without an id a stable key from its lead, name and date', () => {
    const text = 'email,amount,status,createdAt\nana@acme.com,10,open,2026-01-01\n';
    const [first] = parseCsvDeals(table(text), SP, []).records;
    const [again] = parseCsvDeals(table(text), SP, []).records;
    expect(first?.deal?.externalId).toMatch(/^csv:[0-9a-f]{32}$/);
    expect(again?.deal?.externalId).toBe(first?.deal?.externalId);
  });

  it('skips rows that break the deal rules, each with its reason', () => {
    const { records, problems } = parseCsvDeals(
      table(
        `${header}` +
          'D-1,ana@acme.com,x,abc,won,,,,\n' +
          'D-2,ana@acme.com,x,10,pending,,,,\n' +
          'D-3,ana@acme.com,x,10,lost,2026-02-02,2026-02-01,,\n' +
          'D-4,ana@acme.com,x,10,won,,,caro,\n' +
          'D-5,,x,10,won,,,,\n' +
          'D-6,ana@acme.com,x,10,perdido,,,caro,\n',
      ),
      SP,
      [],
    );
    expect(problems.map((p) => [p.row, p.reason])).toEqual([
      [2, 'amount: "abc" is not an amount of zero or more'],
      [3, 'status: "pending" is not open, won or lost'],
      [4, 'closedAt: is before createdAt'],
      [5, 'lostReason: only a lost deal has a lostReason'],
      [6, 'names no lead: give an email or a leadId'],
    ]);
    expect(records.map((r) => r.deal?.externalId)).toEqual(['D-6']);
  });
});

describe('parseCsvCosts', () => {
  it('reads months in several spellings, amounts, and an optional campaign', () => {
    expect(['2026-03', '2026-3-15', '03/2026', '3/2026', '2026-13', 'mar'].map(monthOf)).toEqual([
      '2026-03',
      '2026-03',
      '2026-03',
      '2026-03',
      null,
      null,
    ]);
    const { records, problems } = parseCsvCosts(
      table(
        'mes;canal;campanha;valor\n2026-03;paid_search;brand;"R$ 1.500,00"\n2026-03;social;;300\n2026-03;;x;1\n',
      ),
      [],
    );
    expect(records.map((r) => r.cost)).toEqual([
      { month: '2026-03', channel: 'paid_search', campaign: 'brand', amountCents: 150_000, currency: 'BRL' },
      { month: '2026-03', channel: 'social', campaign: null, amountCents: 30_000, currency: 'BRL' },
    ]);
    expect(problems).toEqual([{ row: 4, reason: 'channel is empty' }]);
  });
});
