import { z } from 'zod';
import { errorResponseSchema } from './error-handler.ts';

/** The error answers every authenticated route can give, for the OpenAPI document. */
export const AUTHED_ERRORS = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
} as const;

export const pageQuerySchema = {
  cursor: z.string().max(500).optional().meta({ description: 'The `nextCursor` of the previous page.' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .meta({ description: 'Page size, 1–200 (default 50).' }),
};

export const idParamsSchema = z.object({ id: z.string().min(1).max(64) });

export const isoSchema = z.string().meta({ format: 'date-time' });
