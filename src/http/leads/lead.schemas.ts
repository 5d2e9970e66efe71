import { z } from 'zod';
import { toIso } from '../../kernel/schema-helpers.ts';
import type { Company, Lead, Touch } from '../../leads/lead.ts';
import { GRADES, STAGES } from '../../leads/lead.ts';
import { isoSchema } from '../common.schemas.ts';

const touchSchema = z
  .object({
    channel: z.string().nullable(),
    campaign: z.string().nullable(),
    medium: z.string().nullable(),
    content: z.string().nullable(),
    term: z.string().nullable(),
    landingPage: z.string().nullable(),
    referrer: z.string().nullable(),
    at: isoSchema,
  })
  .meta({ id: 'Touch' });

export const companySchema = z
  .object({
    id: z.string(),
    domain: z.string().nullable(),
    name: z.string().nullable(),
    segment: z.string().nullable(),
    size: z.string().nullable(),
    employees: z.number().nullable(),
    region: z.string().nullable(),
    state: z.string().nullable(),
    country: z.string().nullable(),
    ownerId: z.string().nullable(),
    createdAt: isoSchema,
    updatedAt: isoSchema,
  })
  .meta({ id: 'Company' });

export const leadSchema = z
  .object({
    id: z.string(),
    email: z.string().nullable(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    phoneE164: z
      .string()
      .nullable()
      .meta({ description: 'E.164 form of the phone when it could be parsed.' }),
    jobTitle: z.string().nullable(),
    stage: z.enum(STAGES),
    stageEnteredAt: isoSchema,
    score: z
      .object({
        fit: z.number(),
        grade: z.enum(GRADES),
        engagement: z.number(),
        playbookVersion: z.number().int(),
        scoredAt: isoSchema,
      })
      .nullable()
      .meta({ description: 'The score as of its last computation; `GET /leads/:id/score` explains it.' }),
    ownerId: z.string().nullable(),
    queue: z.string().nullable().meta({ description: 'Where an unowned MQL waits (routing found nobody).' }),
    assignedAt: isoSchema.nullable(),
    companyId: z.string().nullable(),
    companyName: z.string().nullable(),
    company: companySchema.nullable().optional().meta({ description: 'Present when reading one lead.' }),
    firstTouch: touchSchema.nullable(),
    lastTouch: touchSchema.nullable(),
    consent: z.object({ basis: z.string(), givenAt: isoSchema }).nullable(),
    fields: z.record(z.string(), z.unknown()),
    createdAt: isoSchema,
    updatedAt: isoSchema,
  })
  .meta({ id: 'Lead' });

export type LeadResponse = z.output<typeof leadSchema>;

const touchResponse = (touch: Touch | null) => (touch ? { ...touch, at: toIso(touch.at) } : null);

export function companyResponse(company: Company): z.output<typeof companySchema> {
  const { fields: _fields, ...rest } = company;
  return { ...rest, createdAt: toIso(company.createdAt), updatedAt: toIso(company.updatedAt) };
}

export function leadResponse(lead: Lead, company?: Company | null): LeadResponse {
  return {
    ...lead,
    ...(company === undefined ? {} : { company: company === null ? null : companyResponse(company) }),
    firstTouch: touchResponse(lead.firstTouch),
    lastTouch: touchResponse(lead.lastTouch),
    consent: lead.consent ? { basis: lead.consent.basis, givenAt: toIso(lead.consent.givenAt) } : null,
    stageEnteredAt: toIso(lead.stageEnteredAt),
    assignedAt: lead.assignedAt === null ? null : toIso(lead.assignedAt),
    score: lead.score ? { ...lead.score, scoredAt: toIso(lead.score.scoredAt) } : null,
    createdAt: toIso(lead.createdAt),
    updatedAt: toIso(lead.updatedAt),
  };
}
