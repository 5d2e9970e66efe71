import { z } from 'zod';
import { OPERATORS, type Operator } from './vocabulary.ts';

export { OPERATORS, type Operator } from './vocabulary.ts';

/** An id people type in YAML and read in explanations: `pricing-page`, `decisor`. */
export const ruleIdSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]{0,63}$/,
    'must be a short id of lower-case letters, digits, "-" or "_" (e.g. pricing-page)',
  );

const scalarSchema = z.union([z.string().max(200), z.number(), z.boolean()]);

/** The comparison part shared by fit rules, engagement conditions and anything later. */
export const OPERAND_SHAPE = {
  operator: z.enum(OPERATORS),
  value: scalarSchema.optional(),
  values: z
    .array(z.union([z.string().max(200), z.number()]))
    .min(1, 'must list at least one value')
    .max(200)
    .optional(),
  min: z.number().optional(),
  max: z.number().optional(),
};

export interface Operand {
  operator: Operator;
  value?: string | number | boolean | undefined;
  values?: (string | number)[] | undefined;
  min?: number | undefined;
  max?: number | undefined;
}

type OperandKey = 'value' | 'values' | 'min' | 'max';

/** Which operand keys each operator reads; every other key is a mistake worth reporting. */
const USES: Record<Operator, readonly OperandKey[]> = {
  equals: ['value'],
  in: ['values'],
  contains: ['value', 'values'],
  range: ['min', 'max'],
  exists: [],
};

const NEEDS: Record<Operator, string> = {
  equals: 'operator "equals" needs `value`',
  in: 'operator "in" needs `values`, a list such as [SP, RJ]',
  contains: 'operator "contains" needs `value` or `values` (keywords)',
  range: 'operator "range" needs `min`, `max` or both',
  exists: '',
};

/**
 * Reports, at the path of the key, an operator whose operands are missing, extra or
 * contradictory. Used as a refinement on every object that carries an operand.
 *
 * @example checkOperand({ operator: 'in' }, ctx) // issue at `values`: operator "in" needs `values`…
 */
export function checkOperand(operand: Operand, ctx: z.RefinementCtx): void {
  const uses = USES[operand.operator];
  const given = (['value', 'values', 'min', 'max'] as const).filter((key) => operand[key] !== undefined);
  for (const key of given) {
    if (!uses.includes(key)) {
      const hint = uses.length > 0 ? ` (it reads ${uses.map((k) => `\`${k}\``).join(' or ')})` : '';
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `\`${key}\` is not used by operator "${operand.operator}"${hint}`,
      });
    }
  }
  if (uses.length > 0 && !given.some((key) => uses.includes(key))) {
    ctx.addIssue({ code: 'custom', path: [uses[0] ?? 'value'], message: NEEDS[operand.operator] });
  }
  if (operand.min !== undefined && operand.max !== undefined && operand.min > operand.max) {
    ctx.addIssue({
      code: 'custom',
      path: ['max'],
      message: `max (${operand.max}) is below min (${operand.min})`,
    });
  }
}

/** A condition on one event prop (`url`, `campaign`, `content.id` for nested objects). */
export const propConditionSchema = z
  .strictObject({
    field: z.string().trim().min(1, 'must name a prop, e.g. url').max(100),
    ...OPERAND_SHAPE,
  })
  .superRefine(checkOperand);

export type PropCondition = z.output<typeof propConditionSchema>;
