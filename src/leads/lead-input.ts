import { z } from 'zod';
import { customFieldsSchema, instantSchema, text } from '../kernel/schema-helpers.ts';
import { normalizeDomain } from './normalize-domain.ts';
import { normalizeEmail } from './normalize-email.ts';

export const emailSchema = z
  .string()
  .max(320)
  .transform((value, ctx) => {
    const email = normalizeEmail(value);
    if (email === null) {
      ctx.addIssue({ code: 'custom', message: `"${value.slice(0, 80)}" is not a valid e-mail address` });
      return z.NEVER;
    }
    return email;
  })
  .meta({
    description: 'E-mail address; trimmed and lower-cased, it identifies the lead.',
    example: 'ana@acme.com.br',
  });

/** LGPD (Lei 13.709/2018, art. 7) legal bases for processing personal data. */
export const LGPD_BASES = [
  'consent',
  'legitimate_interest',
  'contract',
  'legal_obligation',
  'vital_interest',
  'public_interest',
  'research',
  'exercise_of_rights',
  'health_protection',
  'credit_protection',
] as const;

export const sourceInputSchema = z
  .object({
    channel: text(100).optional(),
    campaign: text(200).optional(),
    medium: text(100).optional(),
    content: text(200).optional(),
    term: text(200).optional(),
    landingPage: text(2000).optional(),
    referrer: text(2000).optional(),
    at: instantSchema.optional().meta({ description: 'When the touch happened; defaults to now.' }),
  })
  .meta({
    description: 'Attribution of one touch. The first is kept as first touch; the newest is last touch.',
  });

export const companyInputSchema = z.object({
  name: text(200).optional(),
  domain: z
    .string()
    .max(2000)
    .transform((value, ctx) => {
      const domain = normalizeDomain(value);
      if (domain === null) {
        ctx.addIssue({
          code: 'custom',
          message: `"${value.slice(0, 80)}" is not a web domain such as acme.com.br`,
        });
        return z.NEVER;
      }
      return domain;
    })
    .optional()
    .meta({
      description: 'Web domain or URL (normalized to the bare domain); companies are deduplicated by it.',
    }),
  segment: text(100).optional(),
  size: text(50).optional().meta({ description: 'Size band as your playbook names it, e.g. "51-200".' }),
  employees: z.number().int().nonnegative().max(10_000_000).optional(),
  region: text(100).optional(),
  state: text(50).optional().meta({ description: 'State or province, e.g. "SP".' }),
  country: text(2).optional().meta({ description: 'ISO 3166-1 alpha-2, e.g. "BR".' }),
});

export const leadInputSchema = z.object({
  email: emailSchema,
  name: text(200).nullish(),
  phone: text(50).nullish(),
  jobTitle: text(200).nullish(),
  company: companyInputSchema.optional(),
  source: sourceInputSchema.optional(),
  consent: z
    .object({
      basis: z.enum(LGPD_BASES),
      givenAt: instantSchema.optional().meta({ description: 'Defaults to now.' }),
    })
    .optional()
    .meta({ description: 'LGPD legal basis for processing this person’s data.' }),
  fields: customFieldsSchema
    .optional()
    .meta({ description: 'Custom fields, merged key by key into the stored ones.' }),
});

export type LeadInput = z.output<typeof leadInputSchema>;
export type CompanyInput = z.output<typeof companyInputSchema>;
export type SourceInput = z.output<typeof sourceInputSchema>;
