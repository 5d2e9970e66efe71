import { z } from 'zod';
import { cadenceSchema } from '../handoff/cadence-schema.ts';
import { STAGES, type Stage } from '../leads/lead.ts';
import { routingSchema } from '../routing/routing-schema.ts';
import { calendarSchema } from '../sla/calendar-schema.ts';
import { slaPolicySchema } from '../sla/sla-policy-schema.ts';
import { engagementSchema } from './engagement-schema.ts';
import { fitSchema } from './fit-schema.ts';
import { localizedTextSchema } from './localized-text.ts';
import { mqlSchema } from './mql-schema.ts';
import { checkUniqueIds } from './unique-ids.ts';
import { REJECTION_TARGETS } from './vocabulary.ts';

export type { Operand, Operator, PropCondition } from './condition-schema.ts';
export type { Decay, EngagementRule } from './engagement-schema.ts';
export type { FitField, FitRule, Grade } from './fit-schema.ts';
export { FIT_FIELDS, GRADES } from './fit-schema.ts';
export type { Label, Lang, LocalizedText } from './localized-text.ts';
export { LANGS } from './localized-text.ts';
export type { MqlCondition } from './mql-schema.ts';

const stageDefinitionSchema = z.strictObject({
  label: localizedTextSchema(60),
  definition: localizedTextSchema(),
});

/** All seven stages must be defined: they are the dictionary both teams signed. */
const stagesSchema = z.strictObject(
  Object.fromEntries(STAGES.map((stage) => [stage, stageDefinitionSchema])) as Record<
    Stage,
    typeof stageDefinitionSchema
  >,
);

export { REJECTION_TARGETS } from './vocabulary.ts';

const rejectionReasonSchema = z.strictObject({
  code: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be a code of lower-case letters, digits and "_" (e.g. no_budget)'),
  label: localizedTextSchema(120),
  /** Where a rejection for this reason sends the lead. */
  to: z.enum(REJECTION_TARGETS),
});

export type RejectionReason = z.output<typeof rejectionReasonSchema>;

/** Sections not enforced yet (money: LTV assumptions); loosely typed until they are. */
const placeholder = (defaults: Record<string, unknown>) =>
  z
    .record(z.string(), z.unknown())
    .optional()
    .transform((value) => value ?? { ...defaults });

/**
 * The playbook: everything Marketing and Sales agreed on, as one versioned document
 * (YAML or JSON). `src/playbook/default-playbook.yaml` is a commented example.
 */
export const playbookSchema = z
  .strictObject({
    /** The shape of this document; raised only if a later change cannot read older documents. */
    schemaVersion: z.literal(1).default(1),
    name: z.string().trim().min(1, 'must not be empty').max(120),
    description: z.string().trim().max(2_000).optional(),
    stages: stagesSchema,
    icp: localizedTextSchema(4_000),
    fit: fitSchema,
    engagement: engagementSchema,
    mql: mqlSchema,
    lifecycle: z
      .strictObject({
        /** Days a lead stays in nurture before it may become MQL again; 0 = at once. */
        nurtureCoolOffDays: z.number().min(0, 'must be 0 or more days').max(3_650),
      })
      .default({ nurtureCoolOffDays: 0 }),
    rejectionReasons: z.array(rejectionReasonSchema).min(1, 'must list at least one reason').max(100),
    routing: routingSchema,
    sla: slaPolicySchema,
    calendar: calendarSchema,
    cadence: cadenceSchema,
    money: placeholder({ currency: 'BRL' }),
  })
  .superRefine((playbook, ctx) => {
    checkUniqueIds(
      [
        ...playbook.fit.rules.map((rule, i) => ({ id: rule.id, path: ['fit', 'rules', i, 'id'] })),
        ...playbook.engagement.rules.map((rule, i) => ({
          id: rule.id,
          path: ['engagement', 'rules', i, 'id'],
        })),
      ],
      'rule id',
      ctx,
    );
    checkUniqueIds(
      playbook.mql.anyOf.map((condition, i) => ({ id: condition.id, path: ['mql', 'anyOf', i, 'id'] })),
      'condition id',
      ctx,
    );
    checkUniqueIds(
      playbook.rejectionReasons.map((reason, i) => ({
        id: reason.code,
        path: ['rejectionReasons', i, 'code'],
      })),
      'rejection code',
      ctx,
    );
  });

export type Playbook = z.output<typeof playbookSchema>;
/** What a person writes: sections with defaults may be left out. */
export type PlaybookInput = z.input<typeof playbookSchema>;
