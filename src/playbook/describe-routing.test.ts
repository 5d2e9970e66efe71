import { describe, expect, it } from 'vitest';
import { type RoutingConfigInput, routingSchema } from '../routing/routing-schema.ts';
import { routingBlocks } from './describe-routing.ts';
import type { Block } from './document-blocks.ts';
import type { Lang } from './localized-text.ts';

const blocksOf = (input: RoutingConfigInput, lang: Lang) => routingBlocks(routingSchema.parse(input), lang);

const tableOf = (blocks: Block[]) =>
  blocks.find((block): block is Extract<Block, { kind: 'table' }> => block.kind === 'table');

const RULES: RoutingConfigInput = {
  accountOwnerFirst: false,
  rules: [
    {
      id: 'sul',
      label: { 'pt-BR': 'Região Sul', en: 'South region' },
      when: [{ field: 'company.state', operator: 'in', values: ['RS', 'SC', 'PR'] }],
      assign: { team: 'sul', matchRegion: true },
    },
    {
      id: 'enterprise',
      when: [
        { field: 'company.employees', operator: 'range', min: 1000 },
        { field: 'fields.cnae', operator: 'exists' },
      ],
      assign: { user: 'Ana@Acme.com.br' },
    },
    { id: 'resto', label: 'Inside sales', assign: { team: 'inside' } },
  ],
  fallback: { team: 'inside' },
};

describe('routingBlocks', () => {
  it('puts the account owner first and sends everything else to the unassigned queue by default', () => {
    const blocks = blocksOf({}, 'pt-BR');
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      text: 'Primeiro, o dono da conta: se a empresa do lead já tem um dono ativo e fora de ausência, ele recebe o lead (mesmo no limite de MQLs abertos).',
    });
    expect(tableOf(blocks)).toEqual({
      kind: 'table',
      head: ['Ordem', 'Regra', 'Quando', 'Vai para'],
      rows: [
        [
          '1',
          'Reserva',
          'nenhuma regra acima atribuiu o lead',
          'a fila “unassigned”, à espera de alguém assumir',
        ],
      ],
    });
    expect(blocks.at(-1)).toMatchObject({
      text: expect.stringContaining('rodízio ponderado (round robin)'),
    });
  });

  it('lists each rule in order with its conditions in words and its target, then the fallback', () => {
    const blocks = blocksOf(RULES, 'pt-BR');
    expect(blocks[1]).toMatchObject({
      text: 'O dono da conta não tem prioridade: as regras abaixo decidem.',
    });
    expect(tableOf(blocks)?.rows).toEqual([
      [
        '1',
        'Região Sul',
        'Estado (UF) da empresa é um de “RS”, “SC” ou “PR”',
        'o time “sul”, só quem cobre o estado ou a região da empresa',
      ],
      [
        '2',
        'enterprise',
        'Funcionários da empresa a partir de 1.000 e Campo “cnae” do lead preenchido',
        'o usuário ana@acme.com.br',
      ],
      ['3', 'Inside sales', 'qualquer lead', 'o time “inside”'],
      [
        '4',
        'Reserva',
        'nenhuma regra acima atribuiu o lead',
        'o time “inside”; sem ninguém disponível, a fila “unassigned”',
      ],
    ]);
  });

  it('writes the same in English, and says round robin skips reps who cannot take a lead', () => {
    const blocks = blocksOf(RULES, 'en');
    expect(tableOf(blocks)?.rows[0]).toEqual([
      '1',
      'South region',
      'Company state is one of “RS”, “SC” or “PR”',
      "team “sul”, only reps covering the company's state or region",
    ]);
    expect(blocks.at(-1)).toEqual({
      kind: 'paragraph',
      text: 'Within a team, leads are shared by weighted round robin: a rep with weight 2 gets twice the leads of a rep with weight 1. Reps who are inactive, out of office, at their open-MQL limit or with weight 0 are left out.',
    });
  });
});
