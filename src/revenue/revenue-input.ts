import { z } from 'zod';
import { MAX_FUTURE_SKEW_MS } from '../events/event-input.ts';
import { customFieldsSchema, instantSchema, text } from '../kernel/schema-helpers.ts';
import { emailSchema } from '../leads/lead-input.ts';
import { DEAL_STATUSES } from './deal.ts';
import type { DealDraft } from './deal-draft.ts';
import { centsFromAmount, MAX_AMOUNT_CENTS } from './money.ts';
import type { CostDraft } from './upsert-cost.ts';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const monthSchema = z
  .string()
  .regex(MONTH_PATTERN, 'must be a month as YYYY-MM, e.g. 2026-03')
  .meta({ description: 'A calendar month, `YYYY-MM`.', example: '2026-03' });

export const currencySchema = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'must be an ISO 4217 code such as BRL or USD')
  .transform((value) => value.toUpperCase())
  .meta({ description: 'ISO 4217 currency code; BRL when omitted.', example: 'BRL' });

export const amountSchema = z
  .number()
  .nonnegative('must be zero or more')
  .max(MAX_AMOUNT_CENTS / 100, 'is too large')
  .meta({ description: 'In the currency’s units (1234.56), stored as integer cents.', example: 1234.56 });

export const dealInputSchema = z
  .object({
    lead: z
      .object({ email: emailSchema })
      .optional()
      .meta({ description: 'The lead by e-mail; an unknown e-mail creates the lead.' }),
    leadId: z.string().min(1).max(64).optional(),
    externalId: text(200)
      .pipe(z.string().min(1, 'must not be empty'))
      .optional()
      .meta({ description: 'The CRM’s / ERP’s id: posting it again updates the same deal.' }),
    name: text(200).nullish(),
    amount: amountSchema,
    currency: currencySchema.default('BRL'),
    status: z.enum(DEAL_STATUSES),
    createdAt: instantSchema.optional().meta({ description: 'When the deal was opened; defaults to now.' }),
    closedAt: instantSchema
      .optional()
      .meta({ description: 'When it was won or lost (not for open deals); defaults to now.' }),
    lostReason: text(500).optional().meta({ description: 'Why it was lost (lost deals only).' }),
    owner: text(320)
      .nullish()
      .meta({ description: 'A Bastão user’s e-mail, or the owner’s name in the CRM.' }),
    fields: customFieldsSchema.optional(),
  })
  .superRefine((value, ctx) => {
    const problem = dealProblem(value);
    if (problem) {
      ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
    }
  });

export type DealInput = z.output<typeof dealInputSchema>;

/** The rules across fields of a deal, for the API and for imported rows alike. */
export function dealProblem(deal: {
  lead?: unknown;
  leadId?: unknown;
  status: string;
  createdAt?: number | undefined;
  closedAt?: number | undefined;
  lostReason?: string | undefined;
}): { path: string; message: string } | null {
  if ((deal.lead === undefined) === (deal.leadId === undefined)) {
    return { path: 'lead', message: 'give exactly one of `lead: { email }` or `leadId`' };
  }
  if (deal.status === 'open' && deal.closedAt !== undefined) {
    return { path: 'closedAt', message: 'an open deal has no closedAt; send status won or lost' };
  }
  if (deal.lostReason && deal.status !== 'lost') {
    return { path: 'lostReason', message: 'only a lost deal has a lostReason' };
  }
  if (deal.createdAt !== undefined && deal.closedAt !== undefined && deal.closedAt < deal.createdAt) {
    return { path: 'closedAt', message: 'is before createdAt' };
  }
  return null;
}

/** Dates further ahead than this are a sender's clock gone wrong (ms). */
export const isInFuture = (at: number | undefined, now: number): boolean =>
  at !== undefined && at > now + MAX_FUTURE_SKEW_MS;

export const dealDraftFrom = (input: DealInput): DealDraft => ({
  externalId: input.externalId ?? null,
  ...(input.name === undefined ? {} : { name: input.name || null }),
  amountCents: centsFromAmount(input.amount),
  currency: input.currency,
  status: input.status,
  ...(input.createdAt === undefined ? {} : { createdAt: input.createdAt }),
  ...(input.closedAt === undefined ? {} : { closedAt: input.closedAt }),
  ...(input.lostReason === undefined ? {} : { lostReason: input.lostReason || null }),
  ...(input.owner === undefined ? {} : { owner: input.owner || null }),
  ...(input.fields === undefined ? {} : { fields: input.fields }),
});

export const costInputSchema = z.object({
  month: monthSchema,
  channel: text(100)
    .pipe(z.string().min(1, 'must not be empty'))
    .meta({ description: 'The leads’ first-touch channel this money bought, e.g. `paid_search`.' }),
  campaign: text(200)
    .nullish()
    .meta({ description: 'One campaign of the channel; omit for the whole channel.' }),
  amount: amountSchema,
  currency: currencySchema.default('BRL'),
});

export type CostInput = z.output<typeof costInputSchema>;

export const costDraftFrom = (input: CostInput): CostDraft => ({
  month: input.month,
  channel: input.channel,
  campaign: input.campaign || null,
  amountCents: centsFromAmount(input.amount),
  currency: input.currency,
});
