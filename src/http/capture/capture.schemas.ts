import { z } from 'zod';
import type { CaptureForm } from '../../capture/form.ts';
import type { Site } from '../../capture/site.ts';
import { toIso } from '../../kernel/schema-helpers.ts';
import { isoSchema } from '../common.schemas.ts';

export const siteSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    publicKey: z.string().meta({ description: 'Goes in the snippet tag; public by design.' }),
    allowedOrigins: z.array(z.string()),
    snippet: z.string().meta({ description: 'The tag to paste before `</head>` on every page of the site.' }),
    createdAt: isoSchema,
    updatedAt: isoSchema,
  })
  .meta({ id: 'Site' });

export const siteResponse = (site: Site, baseUrl: string): z.output<typeof siteSchema> => ({
  id: site.id,
  name: site.name,
  publicKey: site.publicKey,
  allowedOrigins: site.allowedOrigins,
  snippet: `<script async src="${baseUrl}/t.js" data-site="${site.publicKey}"></script>`,
  createdAt: toIso(site.createdAt),
  updatedAt: toIso(site.updatedAt),
});

export const formSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    siteId: z.string().nullable(),
    name: z.string(),
    fieldMapping: z.record(z.string(), z.string()),
    honeypotField: z.string().nullable(),
    consentField: z.string().nullable(),
    redirectUrl: z.string().nullable(),
    action: z.string().meta({ description: 'The URL forms post to (`<form method="post" action="…">`).' }),
    createdAt: isoSchema,
    updatedAt: isoSchema,
  })
  .meta({ id: 'CaptureForm' });

export const formResponse = (form: CaptureForm, baseUrl: string): z.output<typeof formSchema> => ({
  id: form.id,
  key: form.key,
  siteId: form.siteId,
  name: form.name,
  fieldMapping: form.fieldMapping,
  honeypotField: form.honeypotField,
  consentField: form.consentField,
  redirectUrl: form.redirectUrl,
  action: `${baseUrl}/f/${form.key}`,
  createdAt: toIso(form.createdAt),
  updatedAt: toIso(form.updatedAt),
});
