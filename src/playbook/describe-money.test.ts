import { describe, expect, it } from 'vitest';
import { moneyBlocks } from './describe-money.ts';

describe('moneyBlocks', () => {
  it('writes currency, gross margin and customer lifetime in words, for LTV', () => {
    const money = { currency: 'BRL', grossMargin: 0.7, expectedLifetimeMonths: 24 };
    expect(moneyBlocks(money, 'pt-BR')).toEqual([
      { kind: 'heading', level: 2, text: 'Premissas financeiras' },
      { kind: 'paragraph', text: 'Usadas para calcular o LTV (o valor de um cliente ao longo do tempo).' },
      {
        kind: 'list',
        items: [
          'Moeda: Real brasileiro (BRL).',
          'Margem bruta: 70%.',
          'Tempo de vida esperado de um cliente: 24 meses.',
        ],
      },
    ]);
    expect(moneyBlocks({ ...money, expectedLifetimeMonths: 1 }, 'en')[2]).toEqual({
      kind: 'list',
      items: [
        'Currency: Brazilian Real (BRL).',
        'Gross margin: 70%.',
        'Expected customer lifetime: 1 month.',
      ],
    });
  });

  it('keeps keys it does not know as key: value, and a currency code it cannot name as written', () => {
    const items = moneyBlocks(
      { currency: 'not a code', payback: { months: 12.5 }, grossMargin: 'high' },
      'pt-BR',
    );
    expect(items[2]).toEqual({
      kind: 'list',
      items: ['Moeda: not a code.', 'payback.months: 12,5', 'grossMargin: high'],
    });
  });

  it('says the section is still to be defined when it is empty', () => {
    expect(moneyBlocks({}, 'en').slice(1)).toEqual([{ kind: 'paragraph', text: 'To be defined.' }]);
  });
});
