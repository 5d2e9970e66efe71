import type { Operand } from '../playbook/playbook-schema.ts';
import { containsAtWordStart, foldText } from './fold-text.ts';

/** A compiled comparison: keywords folded once, then applied to many values. */
export type Matcher = (actual: unknown) => boolean;

/**
 * Turns a rule's operator and operands into a test on one value. A list value matches
 * when any element matches; a missing value (null, empty) matches nothing but
 * `exists` is false for it.
 *
 * @example compileOperand({ operator: 'contains', values: ['Diretor', 'CEO'] })('Diretora de Vendas') // true
 */
export function compileOperand(operand: Operand): Matcher {
  switch (operand.operator) {
    case 'exists':
      return isPresent;
    case 'equals': {
      const test = equalsTo(operand.value);
      return (actual) => someElement(actual, test);
    }
    case 'in': {
      const tests = (operand.values ?? []).map(equalsTo);
      return (actual) => someElement(actual, (one) => tests.some((test) => test(one)));
    }
    case 'contains': {
      const keywords = [...(operand.value === undefined ? [] : [operand.value]), ...(operand.values ?? [])]
        .map((keyword) => foldText(String(keyword)))
        .filter((keyword) => keyword !== '');
      return (actual) =>
        someElement(actual, (one) => {
          const text = textOf(one);
          return text !== null && keywords.some((keyword) => containsAtWordStart(text, keyword));
        });
    }
    case 'range': {
      const { min, max } = operand;
      return (actual) =>
        someElement(actual, (one) => {
          const n = numberOf(one);
          return n !== null && (min === undefined || n >= min) && (max === undefined || n <= max);
        });
    }
    default: {
      const unreachable: never = operand.operator;
      throw new Error(`unknown operator ${String(unreachable)}`);
    }
  }
}

function equalsTo(expected: string | number | boolean | undefined): (actual: unknown) => boolean {
  if (expected === undefined) {
    return () => false;
  }
  if (typeof expected === 'number') {
    return (actual) => numberOf(actual) === expected;
  }
  const folded = foldText(String(expected));
  return (actual) => textOf(actual) === folded;
}

const someElement = (actual: unknown, test: (one: unknown) => boolean): boolean =>
  Array.isArray(actual) ? actual.some(test) : test(actual);

function textOf(value: unknown): string | null {
  if (typeof value === 'string') {
    return foldText(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return null;
}

// Plain decimals, with a dot or a comma ("12,5" as people write it in Brazil); no
// thousands separators, which are ambiguous between the two conventions.
const DECIMAL = /^[-+]?\d+(?:[.,]\d+)?$/;

function numberOf(value: unknown): number | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : null;
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return DECIMAL.test(trimmed) ? Number(trimmed.replace(',', '.')) : null;
  }
  return null;
}

/**
 * Non-empty: not null, not blank text, not an empty list or object.
 *
 * @example isPresent('  ') // false
 */
export function isPresent(value: unknown): boolean {
  if (value === null || value === undefined) {
    return false;
  }
  if (typeof value === 'string') {
    return value.trim() !== '';
  }
  if (typeof value === 'number') {
    return !Number.isNaN(value);
  }
  if (Array.isArray(value)) {
    return value.some(isPresent);
  }
  if (typeof value === 'object') {
    return Object.keys(value).length > 0;
  }
  return true;
}
