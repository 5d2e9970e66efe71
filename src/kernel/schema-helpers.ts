import { z } from 'zod';

/**
 * An instant as ISO 8601 with an offset (`2026-03-13T14:07:04-03:00` or `…Z`), turned
 * into epoch milliseconds. Local times without an offset are refused: they are ambiguous.
 */
export const instantSchema = z.iso
  .datetime({
    offset: true,
    message: 'must be an ISO 8601 date-time with an offset, e.g. 2026-03-13T14:07:04-03:00',
  })
  .transform((value) => Date.parse(value));

/** Epoch ms rendered for the API. */
export const toIso = (ms: number): string => new Date(ms).toISOString();
export const toIsoOrNull = (ms: number | null): string | null => (ms === null ? null : toIso(ms));

/** A short single-line text: trimmed, empty means "not given". */
export const text = (max = 200) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => value.trim());

/** Custom fields: a flat-ish JSON object, bounded so that one lead cannot hold megabytes. */
export const customFieldsSchema = z
  .record(z.string().min(1).max(100), z.unknown())
  .refine((value) => JSON.stringify(value).length <= 32_768, 'custom fields must be at most 32 KB as JSON');
