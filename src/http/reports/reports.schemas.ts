import { z } from 'zod';
import { KPI_GROUPINGS } from '../../kpi/compute-kpis.ts';
import { KPI_GLOSSARY, KPI_UNITS } from '../../kpi/glossary.ts';
import { DRILL_METRICS } from '../../kpi/kpi-leads.ts';
import { isoSchema, pageQuerySchema } from '../common.schemas.ts';

const date = (description: string) =>
  z
    .string({ error: 'required: a local date YYYY-MM-DD' })
    .max(20)
    .meta({ description: `${description} A local date YYYY-MM-DD in the workspace time zone.` });

export const kpiQuerySchema = z.object({
  from: date('First day, inclusive.'),
  to: date('Last day, exclusive.'),
  by: z
    .string()
    .max(20)
    .optional()
    .meta({ description: `Group by ${KPI_GROUPINGS.join(', ')}.` }),
  asOf: date('Outcomes up to the end of this day (default: now).').optional(),
});

export const kpiLeadsQuerySchema = kpiQuerySchema.omit({ asOf: true }).extend({
  metric: z.enum(DRILL_METRICS).meta({
    description: 'The count whose leads to list, by the same definitions as `GET /api/v1/kpis`.',
  }),
  key: z.string().max(200).optional().meta({
    description:
      'With `by`: the group’s `key` as `GET /api/v1/kpis` gives it (a channel, campaign, owner id, `YYYY-MM` or `YYYY-Www`). Omitted: the group of a missing value (`key: null`).',
  }),
  ...pageQuerySchema,
});

export const kpiLeadsSchema = z.object({
  from: z.string(),
  to: z.string(),
  metric: z.enum(DRILL_METRICS),
  by: z.enum(KPI_GROUPINGS).nullable(),
  key: z.string().nullable(),
  items: z.array(
    z.object({
      leadId: z.string(),
      name: z.string().nullable(),
      email: z.string().nullable(),
      company: z.string().nullable(),
      stage: z.string().meta({ description: 'The lead’s current stage.' }),
      at: isoSchema.meta({ description: 'When the lead entered the metric (created, first MQL, …).' }),
      channel: z.string().nullable(),
      campaign: z.string().nullable(),
      ownerId: z.string().nullable(),
      ownerName: z.string().nullable(),
      grade: z.string().nullable(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

const localized = z.object({ 'pt-BR': z.string(), en: z.string() });

/** Every metric, nullable, described by its glossary entry in the OpenAPI document. */
export const kpiValuesSchema = z.object(
  Object.fromEntries(
    KPI_GLOSSARY.map((k) => [
      k.name,
      z
        .number()
        .nullable()
        .meta({ description: `${k.label.en} (${k.unit}): ${k.definition.en}` }),
    ]),
  ) as Record<(typeof KPI_GLOSSARY)[number]['name'], z.ZodNullable<z.ZodNumber>>,
);

export const kpiGroupSchema = kpiValuesSchema.extend({
  key: z
    .string()
    .nullable()
    .meta({ description: 'The group’s channel, campaign, owner id or month; null: missing.' }),
  name: z.string().nullable().optional().meta({ description: 'The owner’s name, when grouped by owner.' }),
});

export const kpiAnswerSchema = z.object({
  from: z.string(),
  to: z.string(),
  asOf: isoSchema,
  timeZone: z.string(),
  by: z.enum(KPI_GROUPINGS).nullable(),
  currency: z.string().meta({ description: 'Money metrics are in units of this currency.' }),
  totals: kpiValuesSchema,
  groups: z.array(kpiGroupSchema),
  ignored: z.object({ deals: z.number().int(), costs: z.number().int() }).meta({
    description: 'Deals and costs left out because they are in another currency.',
  }),
});

export const glossarySchema = z.object({
  rules: z.array(z.object({ title: localized, text: localized })),
  metrics: z.array(
    z.object({ name: z.string(), unit: z.enum(KPI_UNITS), label: localized, definition: localized }),
  ),
  reports: z.array(z.object({ title: localized, text: localized })),
});

const conversionRow = z.object({
  key: z.string().nullable(),
  mqls: z.number().int(),
  reachedSql: z.number().int(),
  reachedCustomer: z.number().int(),
  mqlToSqlRate: z.number().nullable(),
  mqlToCustomerRate: z.number().nullable(),
});

const rejectionsByReason = z.array(
  z.object({
    reasonCode: z.string().nullable(),
    label: localized.nullable(),
    count: z.number().int(),
    share: z.number(),
  }),
);
const objections = z.array(z.object({ objection: z.string(), count: z.number().int() }));

export const feedbackSchema = z.object({
  from: z.string(),
  to: z.string(),
  asOf: isoSchema,
  rejectionsByReason,
  rejectionsBySource: z.array(
    z.object({
      channel: z.string().nullable(),
      campaign: z.string().nullable(),
      reasonCode: z.string().nullable(),
      count: z.number().int(),
    }),
  ),
  acceptanceByChannel: z.array(
    z.object({
      channel: z.string().nullable(),
      accepted: z.number().int(),
      rejected: z.number().int(),
      acceptanceRate: z.number().nullable(),
    }),
  ),
  conversionByGrade: z.array(conversionRow),
  conversionByFitBand: z.array(conversionRow),
  objections,
});

export const weeklyReviewSchema = z.object({
  week: z.string(),
  fromDate: z.string(),
  toDate: z.string(),
  timeZone: z.string(),
  currency: z.string(),
  asOf: isoSchema,
  totals: kpiValuesSchema,
  previousWeeks: z.array(z.object({ week: z.string(), totals: kpiValuesSchema })),
  changes: z.array(
    z.object({
      name: z.string(),
      value: z.number(),
      baseline: z.number(),
      relativeChange: z.number().nullable(),
      sentence: localized,
    }),
  ),
  byOwner: z.array(kpiGroupSchema),
  byChannel: z.array(kpiGroupSchema),
  acceptance: z.object({
    accepted: z.number().int(),
    rejected: z.number().int(),
    rate: z.number().nullable(),
    minimum: z.number().nullable(),
  }),
  rejectionsByReason,
  objections,
  wonDeals: z.array(
    z.object({
      dealId: z.string(),
      externalId: z.string().nullable(),
      name: z.string().nullable(),
      amount: z.number(),
      currency: z.string(),
      closedAt: isoSchema,
      channel: z.string().nullable(),
      ownerName: z.string().nullable(),
    }),
  ),
  openBreaches: z.object({
    total: z.number().int(),
    items: z.array(
      z.object({
        leadId: z.string(),
        leadName: z.string().nullable(),
        leadEmail: z.string().nullable(),
        ownerId: z.string().nullable(),
        ownerName: z.string().nullable(),
        kind: z.string(),
        dueAt: isoSchema,
      }),
    ),
  }),
});
