import { parseMoney } from '../../money.ts';
import { MONTH_PATTERN } from '../../revenue-input.ts';
import type { CostDraft } from '../../upsert-cost.ts';
import type { RowProblem } from '../import-summary.ts';
import type { Table } from '../read-table.ts';
import { mapRow, requireFields, resolveColumns } from './column-map.ts';

export interface CostRecord {
  row: number;
  cost: CostDraft;
}

/** `2026-03`, `2026-03-01` (its month), `03/2026` or `3/2026` → `2026-03`; null otherwise. */
export function monthOf(value: string): string | null {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(text);
  const slashed = /^(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month] = iso ? [iso[1], iso[2]] : slashed ? [slashed[2], slashed[1]] : [];
  const result = year && month ? `${year}-${month.padStart(2, '0')}` : null;
  return result && MONTH_PATTERN.test(result) ? result : null;
}

/**
 * Marketing costs: one row per month, channel and (optional) campaign, upserted by that
 * key — importing a corrected file replaces the amounts, the same file changes nothing.
 */
export function parseCsvCosts(
  table: Table,
  maps: readonly string[],
): { records: CostRecord[]; problems: RowProblem[] } {
  const map = resolveColumns(table.headers, 'costs', maps);
  requireFields(map, 'costs', [['month'], ['channel'], ['amount']]);
  const records: CostRecord[] = [];
  const problems: RowProblem[] = [...table.problems];
  for (const row of table.rows) {
    const { values } = mapRow(row.cells, map);
    const get = (field: string) => values.get(field) ?? '';
    const month = monthOf(get('month'));
    const cents = parseMoney(get('amount'));
    const currency = (get('currency') || 'BRL').toUpperCase();
    const reason =
      month === null
        ? `month: "${get('month')}" is not a month such as 2026-03`
        : get('channel') === ''
          ? 'channel is empty'
          : cents === null || cents < 0
            ? `amount: "${get('amount')}" is not an amount of zero or more`
            : !/^[A-Z]{3}$/.test(currency)
              ? `currency: "${get('currency')}" is not an ISO 4217 code such as BRL`
              : null;
    if (reason !== null || month === null || cents === null) {
      problems.push({ row: row.row, reason: reason ?? 'cannot be read' });
      continue;
    }
    records.push({
      row: row.row,
      cost: {
        month,
        channel: get('channel').slice(0, 100),
        campaign: get('campaign').slice(0, 200) || null,
        amountCents: cents,
        currency,
      },
    });
  }
  return { records, problems };
}
