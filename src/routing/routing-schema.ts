import { z } from 'zod';
import { checkOperand, OPERAND_SHAPE, ruleIdSchema } from '../playbook/condition-schema.ts';
import { FIT_FIELDS, isFitField } from '../playbook/fit-schema.ts';
import { labelSchema } from '../playbook/localized-text.ts';
import { checkUniqueIds } from '../playbook/unique-ids.ts';

/** Rule ids the decision itself uses; a playbook rule may not take them. */
export const ACCOUNT_OWNER_RULE = 'account_owner';
export const FALLBACK_RULE = 'fallback';
/** Where a lead waits when nobody can take it. */
export const UNASSIGNED_QUEUE = 'unassigned';

/**
 * A condition on the lead or its company, written like a fit rule without points:
 * `{ field: company.state, operator: in, values: [SP, RJ] }`. `channel` is the lead's
 * first-touch channel, as in fit rules.
 */
export const routingConditionSchema = z
  .strictObject({
    field: z.string().refine(isFitField, {
      error: (issue) =>
        `unknown field "${String(issue.input)}"; use one of ${FIT_FIELDS.join(', ')}, fields.<key> or company.fields.<key>`,
    }),
    ...OPERAND_SHAPE,
  })
  .superRefine(checkOperand);

export type RoutingCondition = z.output<typeof routingConditionSchema>;

const teamNameSchema = z.string().trim().min(1, 'must name a team').max(60);

const teamTargetSchema = z.strictObject({
  team: teamNameSchema,
  /** Only members whose `regions` include the company's state or region take part. */
  matchRegion: z.boolean().default(false),
});

const assignSchema = z.union(
  [z.strictObject({ user: z.email('must be the e-mail of a user').toLowerCase() }), teamTargetSchema],
  { error: 'must be { user: <e-mail> } or { team: <name> }' },
);

export type RoutingTarget = z.output<typeof assignSchema>;

const routingRuleSchema = z.strictObject({
  id: ruleIdSchema.refine((id) => id !== ACCOUNT_OWNER_RULE && id !== FALLBACK_RULE, {
    error: (issue) => `"${String(issue.input)}" is reserved for the routing decision; choose another id`,
  }),
  label: labelSchema,
  /** Every condition must hold; no `when` matches every lead. */
  when: z.array(routingConditionSchema).max(20).optional(),
  assign: assignSchema,
});

export type RoutingRule = z.output<typeof routingRuleSchema>;

const fallbackSchema = z.union(
  [z.strictObject({ queue: z.string().trim().min(1).max(60) }), teamTargetSchema],
  {
    error: 'must be { queue: <name> } or { team: <name> }',
  },
);

/**
 * The playbook's `routing` section: the account owner first, then rules in order (the
 * first whose conditions hold and whose target can take the lead wins), then a fallback
 * team or queue.
 *
 * @example
 * routingSchema.parse({ rules: [{ id: sul, when: [{ field: company.state, operator: in, values: [RS, SC, PR] }], assign: { team: sul } }] })
 */
export const routingSchema = z
  .strictObject({
    accountOwnerFirst: z.boolean().default(true),
    rules: z.array(routingRuleSchema).max(200).default([]),
    fallback: fallbackSchema.default({ queue: UNASSIGNED_QUEUE }),
  })
  .superRefine((routing, ctx) => {
    checkUniqueIds(
      routing.rules.map((rule, i) => ({ id: rule.id, path: ['rules', i, 'id'] })),
      'rule id',
      ctx,
    );
  })
  // A playbook without a `routing` section routes every lead to the unassigned queue.
  .prefault({});

export type RoutingConfig = z.output<typeof routingSchema>;
export type RoutingConfigInput = z.input<typeof routingSchema>;
