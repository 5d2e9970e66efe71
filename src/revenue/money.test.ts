import { describe, expect, it } from 'vitest';
import { amountFromCents, centsFromAmount, parseMoney } from './money.ts';

describe('money', () => {
  it('turns API amounts into exact cents, including binary fractions', () => {
    expect(centsFromAmount(1234.56)).toBe(123456);
    expect(centsFromAmount(0.1 + 0.2)).toBe(30);
    expect(centsFromAmount(1.005)).toBe(101);
    expect(centsFromAmount(0)).toBe(0);
    expect(amountFromCents(123456)).toBe(1234.56);
  });

  it('reads amounts the Brazilian and the English way', () => {
    expect(parseMoney('R$ 1.234,56')).toBe(123456);
    expect(parseMoney('1,234.56')).toBe(123456);
    expect(parseMoney('1234,5')).toBe(123450);
    expect(parseMoney('2000.0')).toBe(200000);
    expect(parseMoney('1.500')).toBe(150000);
    expect(parseMoney('1.500.000')).toBe(150000000);
    expect(parseMoney('0.125')).toBe(13);
    expect(parseMoney('-10')).toBe(-1000);
    expect(parseMoney('BRL 99')).toBe(9900);
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '1.2.3', '12a', '-', ',']) {
      expect(parseMoney(bad)).toBeNull();
    }
  });
});
