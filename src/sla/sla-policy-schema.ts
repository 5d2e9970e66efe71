import { z } from 'zod';
import { ACTIVITY_CHANNELS } from '../handoff/activity.ts';
import { CLOCK_KINDS } from './sla-vocabulary.ts';

/** The clocks a sales SLA starts when a lead is assigned. */
export { CLOCK_KINDS, type ClockKind } from './sla-vocabulary.ts';

/** Business minutes before the due time to warn; `null` or 0: no warning for that clock. */
const warnBeforeSchema = (defaultMinutes: number | null) =>
  z
    .number()
    .min(0, 'must be 0 or more business minutes')
    .max(10 * 24 * 60)
    .nullable()
    .default(defaultMinutes);

const firstTouchSchema = z
  .strictObject({
    /** Business minutes from assignment to the first activity of any channel. */
    businessMinutes: z
      .number()
      .positive('must be more than 0 business minutes')
      .max(30 * 24 * 60)
      .default(60),
    warnBeforeMinutes: warnBeforeSchema(15),
  })
  .prefault({});

const attemptsSchema = z
  .strictObject({
    /** Activities needed on the channels below… */
    count: z.number().int().min(1, 'must be at least 1 attempt').max(100).default(3),
    channels: z
      .array(z.enum(ACTIVITY_CHANNELS))
      .min(1, 'must list at least one channel')
      .default(['call', 'whatsapp', 'email']),
    /** …within this many business days of assignment. */
    withinBusinessDays: z.number().int().min(1, 'must be at least 1 business day').max(60).default(2),
    /** Two business hours by default: time to make the missing calls that afternoon. */
    warnBeforeMinutes: warnBeforeSchema(120),
  })
  .prefault({});

const decisionSchema = z
  .strictObject({
    /** Business days from assignment to accept (SQL) or reject. */
    businessDays: z.number().int().min(1, 'must be at least 1 business day').max(60).default(3),
    /** Half a business day (of 10 hours) by default. */
    warnBeforeMinutes: warnBeforeSchema(300),
  })
  .prefault({});

const escalationSchema = z
  .strictObject({
    /** A breach alerts the managers of the owner's team, besides the owner. */
    notifyManager: z.boolean().default(true),
    /** A breach of one of `reassignOn` hands the lead to the next rep by the routing rules. */
    reassignAfterBreach: z.boolean().default(false),
    /**
     * Which breaches reassign. First touch only by default: a lead nobody touched loses
     * nothing by moving, while one a rep is working would lose its context.
     */
    reassignOn: z.array(z.enum(CLOCK_KINDS)).default(['first_touch']),
  })
  .prefault({});

const marketingSchema = z
  .strictObject({
    /** MQLs marketing delivers per calendar month (in the calendar's time zone); null: no commitment. */
    mqlsPerMonth: z.number().int().min(0).nullable().default(null),
    /** Share of decided MQLs that sales accepts, 0 to 1 (0.6 = 60 %); null: no commitment. */
    minAcceptanceRate: z
      .number()
      .min(0, 'must be between 0 and 1')
      .max(1, 'must be between 0 and 1')
      .nullable()
      .default(null),
  })
  .prefault({});

/**
 * The SLA both ways, the playbook's `sla` section. Sales: first touch, attempts and a
 * decision, in business time; marketing: MQL volume and quality per month. Every field
 * has a default, so `slaPolicySchema.parse({})` is a usable policy.
 *
 * @example slaPolicySchema.parse({ firstTouch: { businessMinutes: 30 } }).firstTouch // { businessMinutes: 30, warnBeforeMinutes: 15 }
 */
export const slaPolicySchema = z
  .strictObject({
    firstTouch: firstTouchSchema,
    attempts: attemptsSchema,
    decision: decisionSchema,
    escalation: escalationSchema,
    marketing: marketingSchema,
  })
  .superRefine((policy, ctx) => {
    const warn = policy.firstTouch.warnBeforeMinutes;
    if (warn !== null && warn >= policy.firstTouch.businessMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['firstTouch', 'warnBeforeMinutes'],
        message: `must be less than the ${policy.firstTouch.businessMinutes} business minutes of the clock`,
      });
    }
  })
  // A playbook without an `sla` section gets the default policy.
  .prefault({});

export type SlaPolicy = z.output<typeof slaPolicySchema>;
export type SlaPolicyInput = z.input<typeof slaPolicySchema>;
