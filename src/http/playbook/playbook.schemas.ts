import { z } from 'zod';
import { toIso } from '../../kernel/schema-helpers.ts';
import type { PlaybookVersion, PlaybookVersionSummary } from '../../playbook/playbook-store.ts';
import { isoSchema } from '../common.schemas.ts';

export const versionSummarySchema = z
  .object({
    version: z.number().int(),
    createdAt: isoSchema,
    createdBy: z.string(),
    note: z.string().nullable(),
  })
  .meta({ id: 'PlaybookVersionSummary' });

export const playbookVersionSchema = versionSummarySchema
  .extend({
    playbook: z
      .record(z.string(), z.unknown())
      .meta({ description: 'The validated document, defaults filled in.' }),
    source: z.string().meta({ description: 'The text as submitted (YAML or JSON), comments and all.' }),
  })
  .meta({ id: 'PlaybookVersion' });

export const summaryResponse = (v: PlaybookVersionSummary) => ({
  version: v.version,
  createdAt: toIso(v.createdAt),
  createdBy: v.createdBy,
  note: v.note,
});

export const versionResponse = (v: PlaybookVersion) => ({
  ...summaryResponse(v),
  playbook: v.playbook as unknown as Record<string, unknown>,
  source: v.source,
});

/** A playbook as YAML/JSON text (`source`) or as a JSON object (`playbook`). */
export const submissionSchema = z
  .object({
    source: z.string().max(1_000_000).optional().meta({ description: 'The playbook as YAML or JSON text.' }),
    playbook: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: 'The playbook as a JSON object.' }),
  })
  .refine((b) => (b.source === undefined) !== (b.playbook === undefined), {
    message: 'send exactly one of `source` (YAML/JSON text) or `playbook` (an object)',
    path: ['source'],
  });

export const submissionOf = (body: { source?: string | undefined; playbook?: unknown }) =>
  body.source !== undefined ? { source: body.source } : { document: body.playbook };
