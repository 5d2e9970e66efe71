import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { headerList, RDSTATION_HEADERS } from '../../../../test/datasets.ts';
import { readTable } from '../read-table.ts';
import { parseRdStationExport } from './parse-rdstation-export.ts';

const SP = 'America/Sao_Paulo';
const CUSTOM = 'Qual o valor você pretende investir?';
const HEADERS = [...headerList(RDSTATION_HEADERS), CUSTOM];

/** An export as RD Station writes it: UTF-16 with a BOM, tab-separated, the account's custom fields last. */
function rdExport(rows: Record<string, string>[]): Buffer {
  const lines = [HEADERS.join('\t'), ...rows.map((row) => HEADERS.map((h) => row[h] ?? '').join('\t'))];
  return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`${lines.join('\r\n')}\r\n`, 'utf-16le')]);
}

const ANA = {
  Email: ' Ana@Acme.com.br ',
  Nome: 'Ana Souza',
  Telefone: '(11) 98765-4321',
  Cargo: 'Diretora Comercial',
  Empresa: 'Acme',
  Estado: 'SP',
  País: 'Brasil',
  Cidade: 'São Paulo',
  'Estágio no funil': 'Lead Qualificado',
  'Dono do Lead': 'rita@acme.com',
  'Lead Scoring - Perfil': 'a',
  'Lead Scoring - Interesse': '35',
  'Base legal para comunicação': 'Consentimento',
  'Data da primeira conversão': '2023-05-02 14:10:00 -0300',
  'Origem da primeira conversão': 'Busca Paga | Facebook Ads',
  'Data da última conversão': '2023-06-10 09:00:00 -0300',
  'Origem da última conversão': 'Busca Orgânica | Google',
  'Data da última oportunidade': '2023-06-12 10:00:00 -0300',
  'Data da última venda': '2023-07-01 16:00:00 -0300',
  'Valor da última venda': 'R$ 1.500,00',
  [CUSTOM]: 'R$ 10 mil',
};

describe('parseRdStationExport', () => {
  const { records, problems } = parseRdStationExport(
    readTable(
      rdExport([
        ANA,
        { Email: 'not-an-email', Nome: 'X' },
        {
          Email: 'bia@beta.io',
          'Estágio no funil': 'Cliente',
          'Data da primeira conversão': '2023-01-05 08:00:00 -0300',
          'Data da última conversão': 'ontem',
        },
      ]),
    ),
    SP,
  );
  const [ana, bia] = records;

  it('maps the profile, the company and the owner, and keeps scoring and custom columns as fields', () => {
    expect(ana?.lead).toMatchObject({
      key: null,
      email: 'ana@acme.com.br',
      name: 'Ana Souza',
      phone: '(11) 98765-4321',
      jobTitle: 'Diretora Comercial',
      company: { name: 'Acme', state: 'SP', country: 'BR' },
      owner: 'rita@acme.com',
      consent: { basis: 'consent', givenAt: Date.parse('2023-05-02T14:10:00-03:00') },
      createdAt: Date.parse('2023-05-02T14:10:00-03:00'),
    });
    expect(ana?.lead.fields).toMatchObject({
      rd_profile: 'A',
      rd_interest: 35,
      city: 'São Paulo',
      rd_stage: 'Lead Qualificado',
      qual_o_valor_voce_pretende_investir: 'R$ 10 mil',
    });
  });

  it('takes first and last touch from the conversions ("Busca Paga | Facebook Ads" → paid_search)', () => {
    expect(ana?.lead.firstTouch).toMatchObject({
      channel: 'paid_search',
      medium: 'Facebook Ads',
      at: Date.parse('2023-05-02T14:10:00-03:00'),
    });
    expect(ana?.lead.lastTouch).toMatchObject({ channel: 'organic_search', medium: 'Google' });
  });

  it('dates the stages: MQL at the last conversion, opportunity and the won deal from the CRM fields', () => {
    expect(ana?.lead.stages).toEqual([
      { stage: 'mql', at: Date.parse('2023-06-10T09:00:00-03:00') },
      { stage: 'opportunity', at: Date.parse('2023-06-12T10:00:00-03:00') },
    ]);
    expect(ana?.deal).toEqual({
      externalId: 'rdstation:ana@acme.com.br:2023-07-01T19:00:00.000Z',
      amountCents: 150_000,
      currency: 'BRL',
      status: 'won',
      createdAt: Date.parse('2023-06-12T10:00:00-03:00'),
      closedAt: Date.parse('2023-07-01T16:00:00-03:00'),
      owner: 'rita@acme.com',
    });
  });

  it('skips a row without a valid e-mail and keeps the others', () => {
    expect(records).toHaveLength(2);
    expect(problems).toEqual([{ row: 3, reason: 'Email: "not-an-email" is not a valid e-mail address' }]);
  });

  it('warns about an unreadable date and a stage it cannot date, and imports the rest of the row', () => {
    expect(bia?.lead.stages).toEqual([]);
    expect(bia?.deal).toBeUndefined();
    expect(bia?.warnings).toEqual([
      expect.stringContaining('Data da última conversão: "ontem" is not a date'),
      expect.stringContaining('Estágio no funil is "Cliente" but the export has no date for it'),
    ]);
  });

  it('refuses a file that is not an RD Station export', () => {
    expect(() => parseRdStationExport(readTable(Buffer.from('Name,Phone\nx,1\n')), SP)).toThrow(/Email/);
    expect(() => parseRdStationExport(readTable(Buffer.from('Email,Phone\nx@y.com,1\n')), SP)).toThrow(
      /Estágio no funil/,
    );
  });
});
