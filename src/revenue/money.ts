/**
 * Money is integer cents everywhere below the API (sums are exact); the API speaks
 * decimal amounts in the currency's units.
 */

/** Larger amounts are refused as typos (ten trillion in any currency). */
export const MAX_AMOUNT_CENTS = 1_000_000_000_000_000;

/**
 * A decimal amount as cents, rounded half away from zero; `toPrecision(15)` first, so that
 * binary fractions like 1.005 × 100 = 100.49999… count as the 100.5 the sender meant.
 *
 * @example centsFromAmount(1234.56) // 123456
 */
export const centsFromAmount = (amount: number): number => {
  const cents = Number((amount * 100).toPrecision(15));
  return Math.sign(cents) * Math.round(Math.abs(cents));
};

/** Cents back to units for the API and notifications: 123456 → 1234.56. */
export const amountFromCents = (cents: number): number => cents / 100;

const THOUSANDS_DOT = /^[1-9]\d{0,2}(\.\d{3})+$/;
const THOUSANDS_COMMA = /^[1-9]\d{0,2}(,\d{3})+$/;

/**
 * An amount as people and spreadsheets write it, in cents: `1234.56`, `1.234,56`,
 * `R$ 1.234,56`, `1,234.56`, `1234,5`, `2000.0`. With both separators the last one is
 * the decimal one; a lone separator followed by groups of exactly three digits is a
 * thousands separator (`1.500` is fifteen hundred, as in Brazil); otherwise decimal.
 * Null when the text is not an amount.
 *
 * @example parseMoney('R$ 1.234,56') // 123456
 */
export function parseMoney(text: string): number | null {
  let value = text.replace(/[\s\u00a0]/g, '').replace(/^(R\$|BRL|US\$|USD|\$|€|EUR)/i, '');
  const negative = value.startsWith('-');
  if (negative) {
    value = value.slice(1);
  }
  if (!/^[\d.,]+$/.test(value) || !/\d/.test(value)) {
    return null;
  }
  const lastDot = value.lastIndexOf('.');
  const lastComma = value.lastIndexOf(',');
  let integer: string;
  let fraction = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const at = value.lastIndexOf(decimal);
    integer = value.slice(0, at).split(thousands).join('');
    fraction = value.slice(at + 1);
  } else if (THOUSANDS_DOT.test(value) || THOUSANDS_COMMA.test(value)) {
    integer = value.replace(/[.,]/g, '');
  } else {
    const parts = value.split(/[.,]/);
    if (parts.length > 2) {
      return null;
    }
    integer = parts[0] ?? '';
    fraction = parts[1] ?? '';
  }
  if (!/^\d*$/.test(integer) || !/^\d*$/.test(fraction) || integer + fraction === '') {
    return null;
  }
  const cents =
    Number(integer || '0') * 100 +
    Number(fraction.slice(0, 2).padEnd(2, '0')) +
    (Number(fraction[2] ?? '0') >= 5 ? 1 : 0);
  return negative ? -cents : cents;
}
