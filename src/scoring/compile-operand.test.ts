import { describe, expect, it } from 'vitest';
import { compileOperand, isPresent } from './compile-operand.ts';

describe('equals', () => {
  const isSaoPaulo = compileOperand({ operator: 'equals', value: 'São Paulo' });

  it('ignores case and accents', () => {
    expect(isSaoPaulo('sao paulo')).toBe(true);
    expect(isSaoPaulo('SÃO PAULO')).toBe(true);
    expect(isSaoPaulo(' São  Paulo ')).toBe(true);
  });

  it('does not match a different value, a partial value or a missing one', () => {
    expect(isSaoPaulo('Rio de Janeiro')).toBe(false);
    expect(isSaoPaulo('São Paulo Capital')).toBe(false);
    expect(isSaoPaulo(null)).toBe(false);
    expect(isSaoPaulo(undefined)).toBe(false);
  });

  it('compares a number with a number or a numeric text, not as text', () => {
    const fifty = compileOperand({ operator: 'equals', value: 50 });
    expect(fifty(50)).toBe(true);
    expect(fifty('50.0')).toBe(true);
    expect(fifty(51)).toBe(false);
    expect(fifty('fifty')).toBe(false);
  });

  it('compares booleans and matches any element of a list', () => {
    expect(compileOperand({ operator: 'equals', value: true })(true)).toBe(true);
    expect(compileOperand({ operator: 'equals', value: true })(false)).toBe(false);
    expect(compileOperand({ operator: 'equals', value: 'b2b' })(['B2C', 'B2B'])).toBe(true);
  });
});

describe('in', () => {
  const southeastSouth = compileOperand({ operator: 'in', values: ['SP', 'RJ', 'PR', 'São Paulo'] });

  it('matches any listed value, ignoring case and accents', () => {
    expect(southeastSouth('sp')).toBe(true);
    expect(southeastSouth('Sao Paulo')).toBe(true);
    expect(southeastSouth('PR')).toBe(true);
  });

  it('does not match an unlisted or missing value', () => {
    expect(southeastSouth('BA')).toBe(false);
    expect(southeastSouth('')).toBe(false);
    expect(southeastSouth(null)).toBe(false);
  });

  it('matches numbers in the list numerically', () => {
    expect(compileOperand({ operator: 'in', values: [1, 2, 3] })('2')).toBe(true);
    expect(compileOperand({ operator: 'in', values: [1, 2, 3] })(4)).toBe(false);
  });
});

describe('contains', () => {
  const seniority = compileOperand({ operator: 'contains', values: ['Diretor', 'CEO', 'sócio', 'cto'] });

  it('matches any keyword, ignoring case and accents', () => {
    expect(seniority('diretora de marketing')).toBe(true);
    expect(seniority('CEO & Founder')).toBe(true);
    expect(seniority('Socio-administrador')).toBe(true);
  });

  it('does not match a keyword inside another word', () => {
    expect(seniority('Director of Sales')).toBe(false);
    expect(seniority('Analista')).toBe(false);
  });

  it('accepts one keyword as `value` and keywords that start with a symbol', () => {
    const pricing = compileOperand({ operator: 'contains', value: '/pricing' });
    expect(pricing('https://acme.com/en/pricing')).toBe(true);
    expect(pricing('https://acme.com/blog')).toBe(false);
  });

  it('does not match missing values or objects', () => {
    expect(seniority(null)).toBe(false);
    expect(seniority({ title: 'CEO' })).toBe(false);
  });
});

describe('range', () => {
  const midSize = compileOperand({ operator: 'range', min: 50, max: 999 });

  it('is inclusive at both ends', () => {
    expect(midSize(50)).toBe(true);
    expect(midSize(999)).toBe(true);
    expect(midSize(49)).toBe(false);
    expect(midSize(1000)).toBe(false);
  });

  it('reads numbers written as text, with a dot or a comma', () => {
    expect(midSize('120')).toBe(true);
    expect(compileOperand({ operator: 'range', min: 0.5, max: 1 })('0,75')).toBe(true);
    expect(midSize('cento e vinte')).toBe(false);
    expect(midSize('1.000.000')).toBe(false);
  });

  it('works with only a minimum or only a maximum', () => {
    expect(compileOperand({ operator: 'range', min: 1000 })(5000)).toBe(true);
    expect(compileOperand({ operator: 'range', min: 1000 })(999)).toBe(false);
    expect(compileOperand({ operator: 'range', max: 9 })(-3)).toBe(true);
    expect(compileOperand({ operator: 'range', max: 9 })(10)).toBe(false);
  });

  it('does not match a missing value or a non-number', () => {
    expect(midSize(null)).toBe(false);
    expect(midSize(Number.NaN)).toBe(false);
    expect(midSize(true)).toBe(false);
  });
});

describe('exists', () => {
  const filled = compileOperand({ operator: 'exists' });

  it('is true for non-empty values', () => {
    expect(filled('+55 11 98765-4321')).toBe(true);
    expect(filled(0)).toBe(true);
    expect(filled(false)).toBe(true);
    expect(filled(['x'])).toBe(true);
    expect(filled({ a: 1 })).toBe(true);
  });

  it('is false for missing, blank and empty values', () => {
    for (const value of [null, undefined, '', '   ', [], [''], {}, Number.NaN]) {
      expect(filled(value)).toBe(false);
    }
    expect(isPresent('  ')).toBe(false);
  });
});
