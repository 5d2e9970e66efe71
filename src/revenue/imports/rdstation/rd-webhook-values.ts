import type { CustomFields } from '../../../leads/lead.ts';
import { parseImportDate } from '../parse-date.ts';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string field: RD sends numbers and booleans as strings too; empty is undefined. */
export function str(value: unknown, max = 200): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') {
    return value.trim().slice(0, max);
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** RD's times (ISO 8601 with offset; `2023-05-02 14:10:00 -0300` in exports) as ISO strings for events. */
export function instant(value: unknown, timeZone: string): string | undefined {
  const text = str(value, 60);
  if (!text) {
    return undefined;
  }
  const parsed = parseImportDate(text, timeZone);
  return parsed.ok && parsed.at !== null ? new Date(parsed.at).toISOString() : undefined;
}

/** `"true"` / `true` → true, `"false"` / `false` → false. */
export function flag(value: unknown): boolean | undefined {
  if (value === true || value === 'true') {
    return true;
  }
  return value === false || value === 'false' ? false : undefined;
}

/** Scalars and lists of scalars are kept as custom fields; anything deeper is left out. */
export function keepable(value: unknown): unknown {
  if (['string', 'number', 'boolean'].includes(typeof value)) {
    return typeof value === 'string' ? value.slice(0, 2000) : value;
  }
  if (Array.isArray(value) && value.every((v) => ['string', 'number', 'boolean'].includes(typeof v))) {
    return value.slice(0, 100);
  }
  return undefined;
}

/** The keys of `source` not in `known`, as custom fields (unknown fields are kept, never refused). */
export function unknownFields(source: Json, known: ReadonlySet<string>): CustomFields {
  const fields: CustomFields = {};
  for (const [key, value] of Object.entries(source)) {
    const kept = known.has(key) ? undefined : keepable(value);
    if (kept !== undefined && kept !== '') {
      fields[key.slice(0, 100)] = kept;
    }
  }
  return fields;
}
