import { z } from 'zod';
import { text } from '../kernel/schema-helpers.ts';
import { type FieldTarget, isFieldTarget, LEAD_TARGETS } from './form.ts';

export const formKeySchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,62})[a-z0-9]$/, 'must be 3–64 lower-case letters, digits or "-"')
  .meta({ example: 'contato' });

const fieldName = z.string().min(1).max(100);

export const fieldMappingSchema = z
  .record(
    fieldName,
    z
      .string()
      .refine(isFieldTarget, `must be one of ${LEAD_TARGETS.join(', ')}, or fields.<key>`)
      .transform((value) => value as FieldTarget),
  )
  .refine((mapping) => Object.keys(mapping).length <= 50, 'at most 50 fields')
  .refine((mapping) => Object.values(mapping).includes('email'), 'map one form field to email')
  .meta({
    description:
      'Form field name → lead field: `email` (required), `name`, `phone`, `jobTitle`, `company.name`, `company.domain`, `company.segment`, `company.size`, `company.employees`, `company.region`, `company.state`, `company.country`, or `fields.<key>` for a custom field. Unmapped fields are not stored.',
    example: { email: 'email', nome: 'name', empresa: 'company.name', cargo: 'jobTitle' },
  });

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2000);

export const formInputSchema = z.object({
  key: formKeySchema
    .optional()
    .meta({ description: 'In the URL `/f/<key>`; generated from the name when absent.' }),
  name: text(200).pipe(z.string().min(1, 'must not be empty')),
  siteId: z
    .string()
    .min(1)
    .max(64)
    .nullish()
    .meta({ description: 'The site the form is on: its visitors’ history merges, and `Origin` is checked.' }),
  fieldMapping: fieldMappingSchema.optional(),
  honeypotField: fieldName.nullish(),
  consentField: fieldName.nullish(),
  redirectUrl: httpUrl.nullish().meta({ description: 'Where a plain HTML post goes afterwards (303).' }),
});

export const formUpdateSchema = formInputSchema.partial();

export type FormInput = z.output<typeof formInputSchema>;
export type FormUpdate = z.output<typeof formUpdateSchema>;
