import { z } from 'zod';
import { checkOperand, OPERAND_SHAPE, ruleIdSchema } from './condition-schema.ts';
import { labelSchema } from './localized-text.ts';
import { FIT_FIELDS } from './vocabulary.ts';

export { FIT_FIELDS, type FitField } from './vocabulary.ts';

/** `fields.<key>` (lead custom field) and `company.fields.<key>`; `<key>` may be `a.b`. */
export const CUSTOM_FIELD_PATTERN = /^(company\.)?fields\.[^.\s][^\s]*$/;

export const isFitField = (field: string): boolean =>
  (FIT_FIELDS as readonly string[]).includes(field) || CUSTOM_FIELD_PATTERN.test(field);

/** Fit points are bounded so that a typo (20000 for 20) is caught, not obeyed. */
export const MAX_POINTS = 1_000;

export const pointsSchema = z
  .number()
  .min(-MAX_POINTS, `must be between -${MAX_POINTS} and ${MAX_POINTS}`)
  .max(MAX_POINTS, `must be between -${MAX_POINTS} and ${MAX_POINTS}`);

export const fitRuleSchema = z
  .strictObject({
    id: ruleIdSchema,
    label: labelSchema,
    field: z.string().refine(isFitField, {
      error: (issue) =>
        `unknown field "${String(issue.input)}"; use one of ${FIT_FIELDS.join(', ')}, fields.<key> or company.fields.<key>`,
    }),
    ...OPERAND_SHAPE,
    points: pointsSchema,
  })
  .superRefine(checkOperand);

export type FitRule = z.output<typeof fitRuleSchema>;

export { GRADES, type Grade } from '../leads/lead.ts';

/** Minimum fit points for each grade; below `C` is `D`. */
const gradesSchema = z.strictObject({ A: z.number(), B: z.number(), C: z.number() });

export const fitSchema = z
  .strictObject({ rules: z.array(fitRuleSchema).max(200), grades: gradesSchema })
  .superRefine((fit, ctx) => {
    const { A, B, C } = fit.grades;
    if (!(A > B)) {
      ctx.addIssue({
        code: 'custom',
        path: ['grades', 'B'],
        message: `B (${B}) must be below A (${A}): grades are minimum fit points, A the highest`,
      });
    }
    if (!(B > C)) {
      ctx.addIssue({
        code: 'custom',
        path: ['grades', 'C'],
        message: `C (${C}) must be below B (${B}): grades are minimum fit points, A the highest`,
      });
    }
  });
