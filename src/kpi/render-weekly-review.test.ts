import { describe, expect, it } from 'vitest';
import { KPI_NAMES, type KpiValues } from './glossary.ts';
import { parseIsoWeek } from './iso-week.ts';
import { renderWeeklyReview } from './render-weekly-review.ts';
import type { WeeklyReview } from './weekly-review.ts';

const values = (set: Partial<KpiValues>): KpiValues => ({
  ...(Object.fromEntries(KPI_NAMES.map((n) => [n, null])) as KpiValues),
  ...set,
});
const week = parseIsoWeek('2018-W10') ?? { week: '', fromDate: '', toDate: '' };

const REVIEW: WeeklyReview = {
  ...week,
  timeZone: 'America/Sao_Paulo',
  currency: 'BRL',
  asOf: Date.parse('2018-03-12T00:00:00-03:00'),
  totals: values({
    leads: 12,
    mqls: 5,
    revenue: 1234.5,
    mqlCommitment: 4.52,
    mqlCommitmentAttainment: 1.106,
    firstTouchSlaCompliance: 0.5,
  }),
  previousWeeks: [{ week: '2018-W09', totals: values({ leads: 10, mqls: 4 }) }],
  changes: [
    {
      name: 'mqls',
      value: 5,
      baseline: 4,
      relativeChange: 0.25,
      sentence: { 'pt-BR': 'MQLs: 5 na semana.', en: 'MQLs: 5 this week.' },
    },
  ],
  byOwner: [{ ...values({ mqls: 3, speedToLeadMedianMinutes: 42 }), key: 'u1', name: 'Ana <admin>' }],
  byChannel: [{ ...values({ leads: 12, cost: 700, cpl: 58.33 }), key: 'paid_search' }],
  acceptance: { accepted: 3, rejected: 1, rate: 0.75, minimum: 0.6 },
  rejectionsByReason: [
    { reasonCode: 'no_budget', label: { 'pt-BR': 'Sem orçamento', en: 'No budget' }, count: 1, share: 1 },
  ],
  objections: [{ objection: 'Preço | caro', count: 2 }],
  wonDeals: [
    {
      dealId: 'd1',
      externalId: null,
      name: 'Acme & Cia',
      amount: 1234.5,
      currency: 'BRL',
      closedAt: Date.parse('2018-03-07T15:30:00-03:00'),
      channel: 'paid_search',
      ownerName: null,
    },
  ],
  openBreaches: {
    total: 3,
    items: [
      {
        leadId: 'l1',
        leadName: 'Bia',
        leadEmail: null,
        ownerId: 'u1',
        ownerName: 'Ana',
        kind: 'first_touch',
        dueAt: Date.parse('2018-03-09T11:00:00-03:00'),
      },
    ],
  },
};

describe('the weekly review document', () => {
  it('writes every section in Portuguese, with BRL, percentages and dates through Intl', () => {
    const md = renderWeeklyReview(REVIEW, { format: 'md', lang: 'pt-BR' });
    expect(md.startsWith('# Revisão semanal de smarketing: 2018-W10\n')).toBe(true);
    expect(md).toContain('De 5 de mar. de 2018 a 11 de mar. de 2018 (America/Sao_Paulo)');
    expect(md).toContain('MQLs: 5 entregues de 4,5 combinados para a semana (110,6%).');
    expect(md).toContain('| Receita | R$\u00a01.234,50 | — |');
    expect(md).toContain('- MQLs: 5 na semana.');
    expect(md).toContain('| Ana \\<admin\\> | 3 | 42 min úteis | — | — |');
    expect(md).toContain('Vendas aceitou 3 de 4 leads decididos (75%). Mínimo combinado: 60%.');
    expect(md).toContain('| Sem orçamento | 1 | 100% |');
    expect(md).toContain('- Preço \\| caro (2)');
    expect(md).toContain('| Acme & Cia | R$\u00a01.234,50 | 07/03/2018, 15:30 | paid_search | (sem dono) |');
    expect(md).toContain('3 relógio(s) vencido(s) sem cumprimento.');
    expect(md).toContain('| Bia | Ana | Primeiro contato | 09/03/2018, 11:00 |');
    expect(md).toContain('… e mais 2.');
  });

  it('writes English on request', () => {
    const md = renderWeeklyReview(REVIEW, { format: 'md', lang: 'en' });
    expect(md).toContain('# Weekly smarketing review: 2018-W10');
    expect(md).toContain('Sales accepted 3 of 4 leads decided (75%). Agreed minimum: 60%.');
    expect(md).toContain('| Revenue | R$1,234.50 | — |');
  });

  it('is a standalone printable HTML page with every text escaped', () => {
    const html = renderWeeklyReview(REVIEW, { format: 'html', lang: 'pt-BR' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="pt-BR">');
    expect(html).toContain('@media print');
    expect(html).toContain('Ana &lt;admin&gt;');
    expect(html).toContain('Acme &amp; Cia');
    expect(html).not.toContain('<admin>');
  });

  it('says so when there is nothing: no commitment, no decisions, no deals, no breaches', () => {
    const empty: WeeklyReview = {
      ...REVIEW,
      totals: values({ leads: 0, mqls: 0 }),
      changes: [],
      acceptance: { accepted: 0, rejected: 0, rate: null, minimum: null },
      rejectionsByReason: [],
      objections: [],
      wonDeals: [],
      openBreaches: { total: 0, items: [] },
    };
    const md = renderWeeklyReview(empty, { format: 'md', lang: 'en' });
    for (const text of [
      'The playbook has no monthly MQL commitment',
      'Nothing to compare',
      'No lead accepted or rejected this week.',
      'No deal won this week.',
      'No breached clock is open.',
    ]) {
      expect(md).toContain(text);
    }
  });
});
