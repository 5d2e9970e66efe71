import type { CustomFields } from '../../leads/lead.ts';
import { fieldKeyOf, foldHeader } from './columns.ts';
import { parseImportDate } from './parse-date.ts';
import type { TableRow } from './read-table.ts';

/**
 * One row of an export read by column label (accents and case ignored, several labels per
 * value for localised exports). Values that cannot be read become warnings, not errors:
 * the rest of the row is still imported.
 */
export class RowCells {
  readonly warnings: string[] = [];
  private readonly cells = new Map<string, { header: string; value: string }>();
  private readonly used = new Set<string>();

  constructor(
    readonly row: TableRow,
    private readonly timeZone: string,
  ) {
    for (const [header, value] of Object.entries(row.cells)) {
      this.cells.set(foldHeader(header), { header, value: value.trim() });
    }
  }

  /** The first non-empty value among the labels ("" when none). */
  text(...labels: string[]): string {
    for (const label of labels) {
      const key = foldHeader(label);
      this.used.add(key);
      const value = this.cells.get(key)?.value;
      if (value) {
        return value;
      }
    }
    return '';
  }

  /** A date column: undefined when empty or unreadable (with a warning). */
  date(...labels: string[]): number | undefined {
    const value = this.text(...labels);
    const parsed = parseImportDate(value, this.timeZone);
    if (!parsed.ok) {
      this.warnings.push(`${labels[0]}: ${parsed.reason}; ignored`);
      return undefined;
    }
    return parsed.at ?? undefined;
  }

  /** Marks labels as handled, so that `others` leaves them out. */
  skip(...labels: string[]): void {
    for (const label of labels) {
      this.used.add(foldHeader(label));
    }
  }

  /** The non-empty columns no one asked for, as custom fields (`Qual o orçamento?` → `qual_o_orcamento`). */
  others(): CustomFields {
    const fields: CustomFields = {};
    for (const [key, { header, value }] of this.cells) {
      if (!this.used.has(key) && value !== '') {
        fields[fieldKeyOf(header)] = value;
      }
    }
    return fields;
  }
}
