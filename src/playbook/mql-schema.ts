import { z } from 'zod';
import { EVENT_TYPES } from '../events/event.ts';
import { ruleIdSchema } from './condition-schema.ts';
import { GRADES } from './fit-schema.ts';
import { labelSchema } from './localized-text.ts';

/**
 * One way to become MQL; every clause present must hold. Examples:
 * `{ id: fit-and-engaged, minGrade: B, minEngagement: 50 }`,
 * `{ id: hand-raise, handRaise: [demo_request, proposal_request], minGrade: C }`.
 */
export const mqlConditionSchema = z
  .strictObject({
    id: ruleIdSchema,
    label: labelSchema,
    /** The grade or better (A is best). */
    minGrade: z.enum(GRADES).optional(),
    minFit: z.number().optional(),
    minEngagement: z.number().optional(),
    /** One of these events happened (a lead raised a hand). */
    handRaise: z.array(z.enum(EVENT_TYPES)).min(1, 'must list at least one event type').optional(),
    /** …no longer ago than this many days. */
    handRaiseWithinDays: z.number().positive('must be more than 0 days').optional(),
  })
  .superRefine((condition, ctx) => {
    const clauses = [condition.minGrade, condition.minFit, condition.minEngagement, condition.handRaise];
    if (clauses.every((clause) => clause === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'needs at least one of minGrade, minFit, minEngagement or handRaise',
      });
    }
    if (condition.handRaiseWithinDays !== undefined && condition.handRaise === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['handRaiseWithinDays'],
        message: 'handRaiseWithinDays needs handRaise (the events it applies to)',
      });
    }
  });

export type MqlCondition = z.output<typeof mqlConditionSchema>;

export const mqlSchema = z.strictObject({
  anyOf: z.array(mqlConditionSchema).min(1, 'must hold at least one condition').max(20),
});
