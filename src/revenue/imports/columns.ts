import { AppError } from '../../kernel/app-error.ts';
import type { Touch } from '../../leads/lead.ts';
import type { TableRow } from './read-table.ts';

/** A header as compared: accents folded, lower case, single spaces ("Origem da Primeira  Conversão" → "origem da primeira conversao"). */
export const foldHeader = (header: string): string =>
  header.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** A custom-field key from a header: `Lead Scoring - Perfil` → `lead_scoring_perfil`. */
export const fieldKeyOf = (header: string): string =>
  foldHeader(header)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 100) || 'column';

/** The trimmed cells of a row by folded header. */
export function foldedCells(row: TableRow): Map<string, string> {
  const cells = new Map<string, string>();
  for (const [header, value] of Object.entries(row.cells)) {
    cells.set(foldHeader(header), value.trim());
  }
  return cells;
}

/** Stops an import before it starts when the file is not the format asked for. */
export function requireHeaders(
  headers: readonly string[],
  required: readonly string[],
  format: string,
): void {
  const have = new Set(headers.map(foldHeader));
  const missing = required.filter((h) => !have.has(foldHeader(h)));
  if (missing.length > 0) {
    throw new AppError(
      'invalid_request',
      `This is not ${format}: the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing (found ${headers.slice(0, 8).join(', ')}${headers.length > 8 ? ', …' : ''}).`,
    );
  }
}

/** What a source knows of a touch; everything else null. */
export const touchFields = (known: Partial<Omit<Touch, 'at'>>): Omit<Touch, 'at'> => ({
  channel: known.channel || null,
  campaign: known.campaign || null,
  medium: known.medium || null,
  content: known.content || null,
  term: known.term || null,
  landingPage: known.landingPage || null,
  referrer: known.referrer || null,
});

/** A touch at `at` with only what the source knows. */
export const touch = (at: number, known: Partial<Omit<Touch, 'at'>>): Touch => ({
  ...touchFields(known),
  at,
});

/** `True`/`sim`/`1` → true, `False`/`não`/`0` → false, anything else undefined. */
export function parseBoolean(value: string): boolean | undefined {
  const folded = foldHeader(value);
  if (['true', 'sim', 'yes', '1', 'verdadeiro', 's', 'y'].includes(folded)) {
    return true;
  }
  if (['false', 'nao', 'no', '0', 'falso', 'n'].includes(folded)) {
    return false;
  }
  return undefined;
}

/** A plain number (`2000.0`, `15`); undefined when empty or not a number. */
export function parseNumber(value: string): number | undefined {
  if (value.trim() === '') {
    return undefined;
  }
  const n = Number(value.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}
