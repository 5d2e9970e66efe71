import { z } from 'zod';
import { instantSchema } from '../kernel/schema-helpers.ts';
import { emailSchema } from '../leads/lead-input.ts';
import { EVENT_TYPES } from './event.ts';

/** At most this many events per `POST /api/v1/events`. */
export const MAX_EVENTS_PER_BATCH = 1_000;
/** `props` of one event, as JSON, at most this many bytes. */
export const MAX_PROPS_BYTES = 16_384;
/** Events stamped further than this in the future are refused (ms): a client clock gone wrong. */
export const MAX_FUTURE_SKEW_MS = 60 * 60 * 1000;

export const eventInputSchema = z
  .object({
    lead: z
      .object({ email: emailSchema })
      .optional()
      .meta({ description: 'The lead by e-mail; an unknown e-mail creates the lead.' }),
    leadId: z.string().min(1).max(64).optional(),
    type: z.enum(EVENT_TYPES),
    occurredAt: instantSchema
      .optional()
      .meta({ description: 'When it happened; defaults to the time received.' }),
    props: z
      .record(z.string().max(100), z.unknown())
      .refine(
        (value) => JSON.stringify(value).length <= MAX_PROPS_BYTES,
        `props must be at most ${MAX_PROPS_BYTES} bytes as JSON`,
      )
      .optional()
      .meta({ description: 'What happened: url, title, campaign, content id, … (free JSON object).' }),
    idempotencyKey: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'A key you choose; an event whose key was seen before is not stored again.' }),
  })
  .refine((value) => (value.lead === undefined) !== (value.leadId === undefined), {
    message: 'give exactly one of `lead: { email }` or `leadId`',
    path: ['lead'],
  });

export type EventInput = z.output<typeof eventInputSchema>;
