import { z } from 'zod';
import { EVENT_TYPES } from '../events/event.ts';
import { propConditionSchema, ruleIdSchema } from './condition-schema.ts';
import { pointsSchema } from './fit-schema.ts';
import { labelSchema } from './localized-text.ts';

const days = z.number().positive('must be more than 0 days').max(3_650, 'must be at most 3650 days');

/**
 * How engagement points lose value with the event's age: not at all, by half every
 * `days` days, or all at once when older than `days` days.
 */
export const decaySchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('none') }),
  z.strictObject({ mode: z.literal('half_life'), days }),
  z.strictObject({ mode: z.literal('expire'), days }),
]);

export type Decay = z.output<typeof decaySchema>;

export const engagementRuleSchema = z.strictObject({
  id: ruleIdSchema,
  label: labelSchema,
  event: z.enum(EVENT_TYPES),
  /** All conditions must hold on the event's props. */
  when: z.array(propConditionSchema).max(20).optional(),
  /** Negative for signals against (unsubscribe, bounce). */
  points: pointsSchema,
  /** `once`: only the newest matching event counts; `each`: every matching event counts. */
  repeat: z.enum(['once', 'each']),
  /** The most this rule gives (or takes, for negative points) after decay, in points. */
  cap: z.number().positive('must be more than 0').optional(),
  /** False for signals that should not fade (an unsubscribe stays an unsubscribe). */
  decays: z.boolean().default(true),
});

export type EngagementRule = z.output<typeof engagementRuleSchema>;

export const engagementSchema = z.strictObject({
  rules: z.array(engagementRuleSchema).max(200),
  decay: decaySchema,
  /** The most engagement a lead can have, after decay and per-rule caps, in points. */
  totalCap: z.number().positive('must be more than 0').optional(),
});
