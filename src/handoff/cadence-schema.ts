import { z } from 'zod';
import { labelSchema } from '../playbook/localized-text.ts';
import { CADENCE_CHANNELS } from './activity.ts';

export { CADENCE_CHANNELS, type CadenceChannel } from './activity.ts';

const stepSchema = z.strictObject({
  /** Business days after the day of the first touch; 0 is the first-touch day itself. */
  day: z.number().int().min(0, 'must be 0 (the first day) or more').max(60),
  channel: z.enum(CADENCE_CHANNELS),
  label: labelSchema,
});

export type CadenceStep = z.output<typeof stepSchema>;

/** Call and WhatsApp at once, e-mail the next day, then call, then both written channels. */
export const DEFAULT_CADENCE_STEPS: CadenceStep[] = [
  { day: 0, channel: 'call' },
  { day: 0, channel: 'whatsapp' },
  { day: 1, channel: 'email' },
  { day: 3, channel: 'call' },
  { day: 5, channel: 'whatsapp' },
  { day: 5, channel: 'email' },
];

/**
 * The playbook's `cadence` section: the attempts a rep makes on a new MQL, by business
 * day. Steps are kept in day order (same-day steps in the order written).
 *
 * @example cadenceSchema.parse({ steps: [{ day: 0, channel: 'call' }, { day: 2, channel: 'email', label: 'Case study' }] })
 */
export const cadenceSchema = z
  .strictObject({
    steps: z
      .array(stepSchema)
      .min(1, 'must list at least one step')
      .max(50)
      .default(DEFAULT_CADENCE_STEPS.map((step) => ({ ...step })))
      .transform((steps) => [...steps].sort((a, b) => a.day - b.day)),
  })
  // A playbook without a `cadence` section gets the default cadence.
  .prefault({});

export type Cadence = z.output<typeof cadenceSchema>;
export type CadenceInput = z.input<typeof cadenceSchema>;
