import { z } from 'zod';
import { toIso } from '../../kernel/schema-helpers.ts';
import { STAGES } from '../../leads/lead.ts';
import type { Transition } from '../../lifecycle/lifecycle.ts';
import { isoSchema } from '../common.schemas.ts';

export const transitionSchema = z
  .object({
    id: z.string(),
    leadId: z.string(),
    from: z.enum(STAGES).nullable(),
    to: z.enum(STAGES),
    at: isoSchema.meta({ description: 'When the move happened: the time of the event that caused it.' }),
    actor: z.string().meta({ description: '`system`, `token:<name>` or `user:<email>`.' }),
    reason: z.string(),
    playbookVersion: z.number().int().nullable(),
  })
  .meta({ id: 'Transition' });

export const transitionResponse = (t: Transition): z.output<typeof transitionSchema> => ({
  ...t,
  at: toIso(t.at),
});
