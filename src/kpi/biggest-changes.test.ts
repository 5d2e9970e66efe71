import { describe, expect, it } from 'vitest';
import { biggestChanges } from './biggest-changes.ts';
import { KPI_NAMES, type KpiValues } from './glossary.ts';

const values = (set: Partial<KpiValues>): KpiValues => ({
  ...(Object.fromEntries(KPI_NAMES.map((n) => [n, null])) as KpiValues),
  ...set,
});

describe('the three biggest changes of the week', () => {
  const previous = [
    values({ mqls: 30, sqls: 10, leads: 100, speedToLeadMedianMinutes: 40, revenue: 0 }),
    values({ mqls: 30, sqls: 10, leads: 100, speedToLeadMedianMinutes: null, revenue: 0 }),
    values({ mqls: 30, sqls: 10, leads: 110, speedToLeadMedianMinutes: 20, revenue: 0 }),
    values({ mqls: 30, sqls: 10, leads: 90, speedToLeadMedianMinutes: null, revenue: 0 }),
  ];

  it('ranks the watched metrics by relative change against the previous average, ignoring nulls', () => {
    const week = values({ mqls: 42, sqls: 5, leads: 101, speedToLeadMedianMinutes: 60, winRate: 0.5 });
    const changes = biggestChanges(week, previous, 'BRL');
    // speed: 60 vs mean(40, 20) = 30 → +100%; sqls 5 vs 10 → −50%; mqls 42 vs 30 → +40%; leads +1%.
    expect(changes.map((c) => [c.name, c.baseline, c.relativeChange])).toEqual([
      ['speedToLeadMedianMinutes', 30, 1],
      ['sqls', 10, -0.5],
      ['mqls', 30, 0.4],
    ]);
    // winRate has no earlier value and revenue is unchanged at 0: neither is a change.
    expect(changes[0]?.sentence['pt-BR']).toBe(
      'Velocidade de atendimento (mediana): 60 min úteis na semana, +100% sobre a média das 4 semanas anteriores (30 min úteis) (pior).',
    );
    expect(changes[2]?.sentence.en).toBe(
      'MQLs: 42 this week, +40% on the previous 4 weeks’ average (30) (better).',
    );
  });

  it('puts a move from an average of zero first', () => {
    const changes = biggestChanges(values({ mqls: 30, revenue: 1500 }), previous, 'BRL');
    expect(changes.map((c) => c.name)).toEqual(['revenue']);
    expect(changes[0]?.sentence['pt-BR']).toBe(
      'Receita: R$\u00a01.500,00 na semana, contra zero na média das 4 semanas anteriores (melhor).',
    );
  });

  it('finds nothing without earlier weeks', () => {
    expect(biggestChanges(values({ mqls: 3 }), [], 'BRL')).toEqual([]);
  });
});
