import { z } from 'zod';
import { EVENT_TYPES, type LeadEvent } from '../../events/event.ts';
import { toIso } from '../../kernel/schema-helpers.ts';
import { isoSchema } from '../common.schemas.ts';

export const eventSchema = z
  .object({
    id: z.string(),
    leadId: z.string(),
    type: z.enum(EVENT_TYPES),
    occurredAt: isoSchema,
    receivedAt: isoSchema,
    props: z.record(z.string(), z.unknown()),
    idempotencyKey: z.string().nullable(),
  })
  .meta({ id: 'Event' });

export const eventResponse = (event: LeadEvent): z.output<typeof eventSchema> => ({
  ...event,
  occurredAt: toIso(event.occurredAt),
  receivedAt: toIso(event.receivedAt),
});
