import { z } from 'zod';
import { toIso, toIsoOrNull } from '../../kernel/schema-helpers.ts';
import { CSV_TYPES } from '../../revenue/imports/csv/column-map.ts';
import type { RowProblem } from '../../revenue/imports/import-summary.ts';
import { IMPORT_FORMATS } from '../../revenue/imports/plan-import.ts';
import { isoSchema } from '../common.schemas.ts';
import { IMPORT_STATUSES, type ImportJobState } from './import-jobs.ts';

/** Skipped rows and warnings listed per file in one answer; the counts are always whole. */
export const LISTED_PROBLEMS = 1_000;

export const importQuerySchema = z
  .object({
    format: z.enum(IMPORT_FORMATS).meta({ description: 'What the file is: an export of one of these.' }),
    type: z.enum(CSV_TYPES).optional().meta({ description: '`csv` only: what the rows are.' }),
    map: z
      .union([z.string().max(300), z.array(z.string().max(300)).max(100)])
      .optional()
      .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
      .meta({
        description:
          '`csv` only, repeatable: `Column=field` sends a column to a field, `Column=` ignores it (as `bastao import --map`).',
      }),
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'The file name, for a raw body (multipart parts carry their own).' }),
  })
  .superRefine((query, ctx) => {
    if (query.format === 'csv' && query.type === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['type'],
        message: `a csv import needs type=${CSV_TYPES.join('|')}`,
      });
    }
    if (query.format !== 'csv' && (query.type !== undefined || query.map.length > 0)) {
      ctx.addIssue({ code: 'custom', path: ['type'], message: 'type and map are for format=csv only' });
    }
  });

const problemSchema = z.object({ row: z.number().int(), reason: z.string() });

const fileSchema = z.object({
  file: z.string(),
  kind: z.string().meta({ description: 'What the file was read as: "RD Station leads", "costs", …' }),
  total: z.number().int().meta({ description: 'Rows in the file (header left out).' }),
  done: z.number().int(),
  summary: z
    .object({
      rows: z.number().int(),
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      skipped: z.number().int(),
      warnings: z.number().int(),
    })
    .nullable()
    .meta({ description: 'What the file did, once it is applied.' }),
  skipped: z
    .array(problemSchema)
    .meta({ description: `Rows not imported and why (row 1 is the header); the first ${LISTED_PROBLEMS}.` }),
  warnings: z.array(problemSchema).meta({ description: 'Rows imported with a caveat.' }),
});

export const importJobSchema = z
  .object({
    id: z.string(),
    format: z.enum(IMPORT_FORMATS),
    csvType: z.enum(CSV_TYPES).nullable(),
    status: z.enum(IMPORT_STATUSES),
    createdBy: z.string(),
    createdAt: isoSchema,
    startedAt: isoSchema.nullable(),
    finishedAt: isoSchema.nullable(),
    rowsDone: z.number().int(),
    rowsTotal: z.number().int(),
    files: z.array(fileSchema),
    error: z.string().nullable().meta({ description: 'Why a failed import stopped.' }),
  })
  .meta({ id: 'ImportJob' });

const listed = (problems: RowProblem[] | undefined, limit: number) => (problems ?? []).slice(0, limit);

/** The job for the API; `limit` caps the listed problems per file (0 in lists). */
export function importJobResponse(
  job: ImportJobState,
  limit = LISTED_PROBLEMS,
): z.output<typeof importJobSchema> {
  return {
    id: job.id,
    format: job.format as z.output<typeof importJobSchema>['format'],
    csvType: job.csvType as z.output<typeof importJobSchema>['csvType'],
    status: job.status,
    createdBy: job.createdBy,
    createdAt: toIso(job.createdAt),
    startedAt: toIsoOrNull(job.startedAt),
    finishedAt: toIsoOrNull(job.finishedAt),
    rowsDone: job.files.reduce((n, f) => n + f.done, 0),
    rowsTotal: job.files.reduce((n, f) => n + f.total, 0),
    files: job.files.map((f) => ({
      file: f.file,
      kind: f.kind,
      total: f.total,
      done: f.done,
      summary: f.summary && {
        rows: f.summary.rows,
        created: f.summary.created,
        updated: f.summary.updated,
        unchanged: f.summary.unchanged,
        skipped: f.summary.skipped.length,
        warnings: f.summary.warnings.length,
      },
      skipped: listed(f.summary?.skipped, limit),
      warnings: listed(f.summary?.warnings, limit),
    })),
    error: job.error,
  };
}
