import { describe, expect, it } from 'vitest';
import { HUBSPOT_HEADERS, headerList } from '../../../../test/datasets.ts';
import { readTable } from '../read-table.ts';
import { lifecycleColumns } from './hubspot-columns.ts';
import { parseHubSpotExport } from './parse-hubspot-export.ts';

const SP = 'America/Sao_Paulo';
const HEADERS = headerList(HUBSPOT_HEADERS);
const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;

/** A contacts export with the 182 columns of a real "all properties" export (UTF-8, comma). */
function hubspotExport(rows: Record<string, string>[], headers = HEADERS): Buffer {
  const lines = [
    headers.map(quote).join(','),
    ...rows.map((row) => headers.map((h) => quote(row[h] ?? '')).join(',')),
  ];
  return Buffer.from(`${lines.join('\n')}\n`);
}

const CARLA = {
  'Record ID': '1501',
  'First Name': 'Carla',
  'Last Name': 'Dias',
  Email: 'carla@gamma.com.br',
  'Phone Number': '+55 21 99999-0000',
  'Job Title': 'CFO',
  'Company Name': 'Gamma',
  Industry: 'Software',
  'Number of Employees': '120',
  'State/Region': 'RJ',
  'Contact owner': 'Rita Lima',
  'Lifecycle Stage': 'customer',
  'Lead Status': 'Connected',
  'Original Source': 'Paid Search',
  'Original Source Drill-Down 1': 'google',
  'Original Source Drill-Down 2': 'crm software',
  'First Touch Converting Campaign': 'brand-2023',
  'First Page Seen': 'https://gamma.com.br/precos',
  'Create Date': '2023-02-21 14:10',
  'Became a Lead Date': '2023-02-21 14:10',
  'Became a Marketing Qualified Lead Date': '2023-02-22 09:00',
  'Became a Sales Qualified Lead Date': '2023-02-23 10:30',
  'Became an Opportunity Date': '2023-03-01 11:00',
  'Became a Customer Date': '2023-03-20 17:45',
  "Legal basis for processing contact's data": 'Legitimate interest – prospect/lead',
  höbbela: 'sim',
};

describe('parseHubSpotExport', () => {
  it('finds the lifecycle date columns of a real export header', () => {
    expect(lifecycleColumns(HEADERS).map((c) => [c.header, c.stage])).toEqual([
      ['Became a Customer Date', 'customer'],
      ['Became a Lead Date', 'lead'],
      ['Became a Marketing Qualified Lead Date', 'mql'],
      ['Became a Sales Qualified Lead Date', 'sql'],
      ['Became an Opportunity Date', 'opportunity'],
    ]);
  });

  it('turns a contact into a lead keyed by Record ID, with its history as dated stages', () => {
    const { records, problems } = parseHubSpotExport(readTable(hubspotExport([CARLA])), SP);
    expect(problems).toEqual([]);
    const [carla] = records;
    expect(carla?.lead).toMatchObject({
      key: { source: 'hubspot', externalId: '1501' },
      email: 'carla@gamma.com.br',
      name: 'Carla Dias',
      jobTitle: 'CFO',
      company: { name: 'Gamma', segment: 'Software', employees: 120, state: 'RJ' },
      owner: 'Rita Lima',
      consent: { basis: 'legitimate_interest' },
      createdAt: Date.parse('2023-02-21T14:10:00-03:00'),
      firstTouch: {
        channel: 'paid_search',
        medium: 'google',
        term: 'crm software',
        campaign: 'brand-2023',
        landingPage: 'https://gamma.com.br/precos',
        at: Date.parse('2023-02-21T14:10:00-03:00'),
      },
    });
    expect(carla?.lead.stages).toEqual([
      { stage: 'customer', at: Date.parse('2023-03-20T17:45:00-03:00') },
      { stage: 'lead', at: Date.parse('2023-02-21T14:10:00-03:00') },
      { stage: 'mql', at: Date.parse('2023-02-22T09:00:00-03:00') },
      { stage: 'sql', at: Date.parse('2023-02-23T10:30:00-03:00') },
      { stage: 'opportunity', at: Date.parse('2023-03-01T11:00:00-03:00') },
    ]);
    expect(carla?.lead.fields).toEqual({
      hubspot_lifecycle_stage: 'customer',
      hubspot_lead_status: 'Connected',
      hobbela: 'sim',
    });
    expect(carla?.warnings).toEqual([]);
  });

  it('reads a Portuguese export and a default view without lifecycle dates, warning about the undated stage', () => {
    const headers = [
      'ID do registro',
      'Nome',
      'Sobrenome',
      'E-mail',
      'Fase do ciclo de vida',
      'Fonte original',
      'Data de criação',
    ];
    const { records } = parseHubSpotExport(
      readTable(
        hubspotExport(
          [
            {
              'ID do registro': '77',
              Nome: 'Davi',
              'E-mail': 'davi@delta.com',
              'Fase do ciclo de vida': 'Oportunidade',
              'Fonte original': 'Pesquisa orgânica',
              'Data de criação': '05/03/2023 09:15',
            },
          ],
          headers,
        ),
      ),
      SP,
    );
    expect(records[0]?.lead).toMatchObject({
      key: { source: 'hubspot', externalId: '77' },
      name: 'Davi',
      firstTouch: { channel: 'organic_search', at: Date.parse('2023-03-05T09:15:00-03:00') },
      stages: [],
    });
    expect(records[0]?.warnings).toEqual([expect.stringContaining('Lifecycle Stage is "Oportunidade"')]);
  });

  it('skips a contact with neither Record ID nor e-mail, and ignores an unreadable date with a warning', () => {
    const { records, problems } = parseHubSpotExport(
      readTable(
        hubspotExport([
          { 'First Name': 'Nobody' },
          { 'Record ID': '9', 'Became a Customer Date': '2023-13-45' },
        ]),
      ),
      SP,
    );
    expect(problems).toEqual([{ row: 2, reason: 'has neither a Record ID nor a valid Email' }]);
    expect(records[0]?.lead.stages).toEqual([]);
    expect(records[0]?.warnings).toEqual([expect.stringContaining('"2023-13-45" is not a date')]);
  });
});
