import { describe, expect, it } from 'vitest';
import { defaultPlaybook } from '../playbook/default-playbook.ts';
import { validatePlaybook } from '../playbook/parse-playbook.ts';
import type { FitRule, Playbook } from '../playbook/playbook-schema.ts';
import { compilePlaybook } from './compile-playbook.ts';
import { gradeFor, scoreFit } from './score-fit.ts';
import type { ScoringFacts } from './scoring-facts.ts';

function fitPlaybook(rules: Omit<FitRule, 'label'>[], grades = { A: 60, B: 40, C: 20 }): Playbook {
  const result = validatePlaybook({ ...defaultPlaybook(), fit: { rules, grades } });
  if (!result.ok) {
    throw new Error(JSON.stringify(result.problems));
  }
  return result.playbook;
}

const NO_COMPANY: ScoringFacts = {
  lead: { email: null, name: null, jobTitle: null, phone: null, fields: {}, firstTouch: null },
  company: null,
};

function facts(
  lead: Partial<ScoringFacts['lead']>,
  company: Partial<NonNullable<ScoringFacts['company']>> | null = null,
) {
  return {
    lead: { ...NO_COMPANY.lead, ...lead },
    company: company && {
      domain: null,
      segment: null,
      size: null,
      employees: null,
      state: null,
      region: null,
      country: null,
      fields: {},
      ...company,
    },
  };
}

const fitOf = (playbook: Playbook, f: ScoringFacts) => scoreFit(compilePlaybook(playbook), f);

describe('scoreFit', () => {
  it('reads every lead and company field a rule may name', () => {
    const exists = (field: string, id: string) => ({ id, field, operator: 'exists' as const, points: 1 });
    const fields = [
      'jobTitle',
      'email',
      'name',
      'phone',
      'channel',
      'fields.cnae',
      'fields.erp.name',
      'company.segment',
      'company.size',
      'company.employees',
      'company.state',
      'company.region',
      'company.country',
      'company.domain',
      'company.fields.crm',
    ];
    const playbook = fitPlaybook(fields.map((field, i) => exists(field, `r${i}`)));
    const full = facts(
      {
        email: 'a@acme.com',
        name: 'Ana',
        jobTitle: 'CEO',
        phone: '+5511987654321',
        fields: { cnae: '6201-5', erp: { name: 'TOTVS' } },
        firstTouch: {
          channel: 'organic',
          campaign: null,
          medium: null,
          content: null,
          term: null,
          landingPage: null,
          referrer: null,
          at: 0,
        },
      },
      {
        domain: 'acme.com',
        segment: 'software',
        size: '51-200',
        employees: 120,
        state: 'SP',
        region: 'Sudeste',
        country: 'BR',
        fields: { crm: 'Pipedrive' },
      },
    );
    const result = fitOf(playbook, full);
    expect(result.contributions.map((c) => c.rule)).toEqual(fields.map((_, i) => `r${i}`));
    expect(result.cents).toBe(fields.length * 100);
    expect(fitOf(playbook, NO_COMPANY)).toEqual({ cents: 0, contributions: [] });
  });

  it('adds negative points and says which value matched', () => {
    const playbook = fitPlaybook([
      { id: 'decisor', field: 'jobTitle', operator: 'contains', values: ['diretor', 'ceo'], points: 25 },
      { id: 'estudante', field: 'jobTitle', operator: 'contains', values: ['estudante'], points: -30 },
      { id: 'gmail', field: 'email', operator: 'contains', value: '@gmail.', points: -10 },
    ]);
    const result = fitOf(playbook, facts({ jobTitle: 'Estudante de Administração', email: 'ana@gmail.com' }));
    expect(result.cents).toBe(-4000);
    expect(result.contributions).toEqual([
      {
        rule: 'estudante',
        kind: 'fit',
        points: -30,
        decayedPoints: -30,
        note: 'jobTitle = "Estudante de Administração"',
      },
      { rule: 'gmail', kind: 'fit', points: -10, decayedPoints: -10, note: 'email = "ana@gmail.com"' },
    ]);
  });

  it('gives nothing for a company rule when the lead has no company', () => {
    const playbook = fitPlaybook([
      { id: 'sp', field: 'company.state', operator: 'equals', value: 'SP', points: 15 },
    ]);
    expect(fitOf(playbook, facts({ jobTitle: 'CEO' })).cents).toBe(0);
    expect(fitOf(playbook, facts({}, { state: 'sp' })).cents).toBe(1500);
  });

  it('keeps fractional points exact to the cent', () => {
    const playbook = fitPlaybook([
      { id: 'a', field: 'name', operator: 'exists', points: 0.1 },
      { id: 'b', field: 'name', operator: 'exists', points: 0.2 },
    ]);
    expect(fitOf(playbook, facts({ name: 'Ana' })).cents).toBe(30);
  });
});

describe('gradeFor', () => {
  const grades = { A: 65, B: 45, C: 25 };

  it('gives each grade from its exact minimum and the grade below one cent under it', () => {
    expect(gradeFor(65, grades)).toBe('A');
    expect(gradeFor(64.99, grades)).toBe('B');
    expect(gradeFor(45, grades)).toBe('B');
    expect(gradeFor(44.99, grades)).toBe('C');
    expect(gradeFor(25, grades)).toBe('C');
    expect(gradeFor(24.99, grades)).toBe('D');
  });

  it('gives D to negative fit and A far above the top', () => {
    expect(gradeFor(-40, grades)).toBe('D');
    expect(gradeFor(1000, grades)).toBe('A');
  });
});
