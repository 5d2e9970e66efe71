import { describe, expect, it } from 'vitest';
import type { ScoringFacts } from '../scoring/scoring-facts.ts';
import { compileRouting } from './compile-routing.ts';
import { routingSchema } from './routing-schema.ts';

const facts = (state: string | null, jobTitle: string | null): ScoringFacts => ({
  lead: { email: null, name: null, jobTitle, phone: null, fields: { plano: 'Pro' }, firstTouch: null },
  company: {
    domain: null,
    segment: null,
    size: null,
    employees: null,
    state,
    region: null,
    country: null,
    fields: {},
  },
});

describe('compileRouting', () => {
  const routing = routingSchema.parse({
    rules: [
      {
        id: 'sp-diretoria',
        when: [
          { field: 'company.state', operator: 'equals', value: 'São Paulo' },
          { field: 'jobTitle', operator: 'contains', values: ['diretor'] },
        ],
        assign: { team: 'enterprise' },
      },
      {
        id: 'pro',
        when: [{ field: 'fields.plano', operator: 'equals', value: 'pro' }],
        assign: { team: 'x' },
      },
      { id: 'everyone', assign: { team: 'inside' } },
    ],
  });
  const [spDiretoria, pro, everyone] = compileRouting(routing);

  it('needs every condition of a rule, compared without case or accents', () => {
    expect(spDiretoria?.matches(facts('sao paulo', 'Diretora Comercial'))).toBe(true);
    expect(spDiretoria?.matches(facts('sao paulo', 'Analista'))).toBe(false);
    expect(spDiretoria?.matches(facts(null, 'Diretora'))).toBe(false);
  });

  it('reads custom fields and matches every lead without conditions', () => {
    expect(pro?.matches(facts(null, null))).toBe(true);
    expect(everyone?.matches(facts(null, null))).toBe(true);
  });

  it('compiles a routing config once', () => {
    expect(compileRouting(routing)).toBe(compileRouting(routing));
  });
});
