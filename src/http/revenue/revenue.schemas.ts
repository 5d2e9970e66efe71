import { z } from 'zod';
import { toIso, toIsoOrNull } from '../../kernel/schema-helpers.ts';
import { LOCAL_DATE_PATTERN, zonedToEpoch } from '../../kernel/zoned-time.ts';
import type { Cost } from '../../revenue/cost.ts';
import { DEAL_STATUSES, type Deal } from '../../revenue/deal.ts';
import { amountFromCents } from '../../revenue/money.ts';
import { isoSchema } from '../common.schemas.ts';

export const dealSchema = z
  .object({
    id: z.string(),
    externalId: z.string().nullable(),
    leadId: z.string(),
    name: z.string().nullable(),
    amount: z.number().meta({ description: 'In the currency’s units.' }),
    amountCents: z.number().int().meta({ description: 'The same amount as integer cents (exact sums).' }),
    currency: z.string(),
    status: z.enum(DEAL_STATUSES),
    createdAt: isoSchema.meta({ description: 'When the deal was opened in its system.' }),
    closedAt: isoSchema.nullable(),
    lostReason: z.string().nullable(),
    ownerId: z.string().nullable().meta({ description: 'The owner when a Bastão user.' }),
    ownerName: z.string().nullable().meta({ description: 'The owner as the CRM names it otherwise.' }),
    fields: z.record(z.string(), z.unknown()),
    recordedAt: isoSchema,
    updatedAt: isoSchema,
  })
  .meta({ id: 'Deal' });

export const dealResponse = (deal: Deal): z.output<typeof dealSchema> => ({
  ...deal,
  amount: amountFromCents(deal.amountCents),
  createdAt: toIso(deal.createdAt),
  closedAt: toIsoOrNull(deal.closedAt),
  recordedAt: toIso(deal.recordedAt),
  updatedAt: toIso(deal.updatedAt),
});

export const costSchema = z
  .object({
    id: z.string(),
    month: z.string(),
    channel: z.string(),
    campaign: z.string().nullable().meta({ description: 'Null: the channel as a whole.' }),
    amount: z.number(),
    amountCents: z.number().int(),
    currency: z.string(),
    createdAt: isoSchema,
    updatedAt: isoSchema,
  })
  .meta({ id: 'Cost' });

export const costResponse = (cost: Cost): z.output<typeof costSchema> => ({
  ...cost,
  amount: amountFromCents(cost.amountCents),
  createdAt: toIso(cost.createdAt),
  updatedAt: toIso(cost.updatedAt),
});

/** A bound given as a local date (workspace time zone) or as an instant with offset. */
export const boundSchema = z
  .string()
  .refine(
    (v) => LOCAL_DATE_PATTERN.test(v) || !Number.isNaN(Date.parse(v)),
    'must be YYYY-MM-DD or an ISO 8601 date-time',
  )
  .meta({ description: 'YYYY-MM-DD (local date in the workspace time zone) or an ISO 8601 date-time.' });

export const boundToEpoch = (value: string, timeZone: string): number =>
  LOCAL_DATE_PATTERN.test(value) ? zonedToEpoch(value, timeZone) : Date.parse(value);
