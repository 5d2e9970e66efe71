import { z } from 'zod';
import { instantSchema, text } from '../kernel/schema-helpers.ts';
import { ACTIVITY_CHANNELS, ACTIVITY_OUTCOMES, isOutcomeAllowed, OUTCOMES_BY_CHANNEL } from './activity.ts';

/**
 * An activity as a client records it (API, UI): the lead and rep come from the route
 * and the token. `occurredAt` defaults to the time of the request, which the route fills.
 *
 * @example activityInputSchema.parse({ channel: 'call', outcome: 'no_answer', occurredAt: '2026-03-13T10:02:00-03:00' })
 */
export const activityInputSchema = z
  .strictObject({
    channel: z.enum(ACTIVITY_CHANNELS),
    outcome: z.enum(ACTIVITY_OUTCOMES),
    occurredAt: instantSchema.optional(),
    note: text(4_000).optional(),
    /** An objection heard, in a few words; it feeds marketing's feedback report. */
    objection: text(300).optional(),
    /** Length of a call or meeting in seconds (at most a day). */
    durationSeconds: z.number().int().min(0).max(86_400).optional(),
  })
  .superRefine((activity, ctx) => {
    if (!isOutcomeAllowed(activity.channel, activity.outcome)) {
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: `"${activity.outcome}" is not an outcome for channel ${activity.channel}; use one of ${OUTCOMES_BY_CHANNEL[activity.channel].join(', ')}`,
      });
    }
  });

export type ActivityInput = z.output<typeof activityInputSchema>;
