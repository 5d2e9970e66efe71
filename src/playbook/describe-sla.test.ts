import { describe, expect, it } from 'vitest';
import { type SlaPolicyInput, slaPolicySchema } from '../sla/sla-policy-schema.ts';
import { formatBusinessMinutes, slaBlocks } from './describe-sla.ts';
import type { Block } from './document-blocks.ts';
import type { Lang } from './localized-text.ts';

/** The list items of the SLA blocks, in order: sales, escalation, marketing. */
function listsOf(input: SlaPolicyInput, lang: Lang): string[][] {
  return slaBlocks(slaPolicySchema.parse(input), lang)
    .filter((block): block is Extract<Block, { kind: 'list' }> => block.kind === 'list')
    .map((block) => block.items);
}

describe('slaBlocks', () => {
  it('writes the default policy both ways in Portuguese', () => {
    expect(listsOf({}, 'pt-BR')).toEqual([
      [
        'Primeiro contato em até 60 minutos úteis da atribuição, por qualquer canal; o responsável é avisado 15 minutos úteis antes do prazo.',
        '3 tentativas por ligação, WhatsApp ou e-mail em até 2 dias úteis da atribuição; o responsável é avisado 2 horas úteis antes do prazo.',
        'Decisão (aceitar como SQL ou rejeitar com um dos motivos de rejeição) em até 3 dias úteis da atribuição; o responsável é avisado 5 horas úteis antes do prazo.',
      ],
      [
        'Quando um prazo estoura, o responsável e os gestores do time dele são avisados.',
        'O lead não é repassado automaticamente a outro vendedor.',
      ],
      ['MQLs por mês: não definido.', 'Taxa mínima de aceitação por Vendas: não definida.'],
    ]);
  });

  it('writes the default policy in English, under Sales, missed-deadline and Marketing headings', () => {
    const blocks = slaBlocks(slaPolicySchema.parse({}), 'en');
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual([
      'SLA: Sales and Marketing commitments',
      'Sales',
      'Missed deadlines',
      'Marketing',
    ]);
    expect(listsOf({}, 'en')[0]?.[0]).toBe(
      'First touch within 60 business minutes of assignment, on any channel; the owner is warned 15 business minutes before the deadline.',
    );
  });

  it('states the marketing commitment with numbers and percentages in the language', () => {
    const marketing = { marketing: { mqlsPerMonth: 1200, minAcceptanceRate: 0.655 } };
    expect(listsOf(marketing, 'pt-BR')[2]).toEqual([
      'Entregar 1.200 MQLs por mês do calendário (no fuso horário do calendário comercial).',
      'Taxa mínima de aceitação por Vendas: 65,5% dos MQLs decididos no mês (aceitos sobre aceitos mais rejeitados).',
    ]);
    expect(listsOf(marketing, 'en')[2]?.[0]).toBe(
      "Deliver 1,200 MQLs per calendar month (in the business calendar's time zone).",
    );
    expect(listsOf({ marketing: { mqlsPerMonth: 1, minAcceptanceRate: 0 } }, 'en')[2]).toEqual([
      "Deliver 1 MQL per calendar month (in the business calendar's time zone).",
      'Minimum acceptance rate by Sales: 0% of the MQLs decided in the month (accepted over accepted plus rejected).',
    ]);
  });

  it('says when a clock has no warning, and uses the singular for one', () => {
    const [sales] = listsOf(
      {
        firstTouch: { businessMinutes: 1, warnBeforeMinutes: null },
        attempts: {
          count: 1,
          channels: ['meeting', 'call', 'call'],
          withinBusinessDays: 1,
          warnBeforeMinutes: 0,
        },
        decision: { businessDays: 1, warnBeforeMinutes: 1 },
      },
      'pt-BR',
    );
    expect(sales).toEqual([
      'Primeiro contato em até 1 minuto útil da atribuição, por qualquer canal; sem aviso antes do prazo.',
      '1 tentativa por reunião ou ligação em até 1 dia útil da atribuição; sem aviso antes do prazo.',
      'Decisão (aceitar como SQL ou rejeitar com um dos motivos de rejeição) em até 1 dia útil da atribuição; o responsável é avisado 1 minuto útil antes do prazo.',
    ]);
  });

  it('names the clocks whose breach reassigns, in the order they run, only when reassignment is on', () => {
    const on: SlaPolicyInput = {
      escalation: {
        notifyManager: false,
        reassignAfterBreach: true,
        reassignOn: ['decision', 'first_touch'],
      },
    };
    expect(listsOf(on, 'pt-BR')[1]).toEqual([
      'Quando um prazo estoura, o responsável é avisado (os gestores, não).',
      'Quando estoura o prazo de primeiro contato ou decisão, o lead passa ao próximo vendedor pelas regras de roteamento (sem o responsável atual).',
    ]);
    expect(listsOf(on, 'en')[1]?.[1]).toBe(
      'When the first-touch or decision deadline is missed, the lead goes to the next rep by the routing rules (the current owner left out).',
    );
    const noClocks = { escalation: { reassignAfterBreach: true, reassignOn: [] } };
    expect(listsOf(noClocks, 'en')[1]?.[1]).toBe('The lead is not reassigned to another rep automatically.');
  });
});

describe('formatBusinessMinutes', () => {
  it('keeps minutes below two hours and says whole hours from there', () => {
    expect(formatBusinessMinutes(60, 'pt-BR')).toBe('60 minutos úteis');
    expect(formatBusinessMinutes(90, 'en')).toBe('90 business minutes');
    expect(formatBusinessMinutes(120, 'pt-BR')).toBe('2 horas úteis');
    expect(formatBusinessMinutes(150, 'en')).toBe('150 business minutes');
    expect(formatBusinessMinutes(7.5, 'pt-BR')).toBe('7,5 minutos úteis');
  });
});
