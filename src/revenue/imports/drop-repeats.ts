import type { RowProblem } from './import-summary.ts';

/**
 * Keeps the first row of each key and skips the rows that repeat it: applied in turn,
 * two different rows about the same person (or deal, or cost) would overwrite each other
 * on every run, and a re-run would never be a no-op.
 */
export function dropRepeats<R extends { row: number }>(
  records: readonly R[],
  keyOf: (record: R) => string | null,
  what: string,
): { records: R[]; problems: RowProblem[] } {
  const firstRow = new Map<string, number>();
  const kept: R[] = [];
  const problems: RowProblem[] = [];
  for (const record of records) {
    const key = keyOf(record);
    const first = key === null ? undefined : firstRow.get(key);
    if (first !== undefined) {
      problems.push({ row: record.row, reason: `repeats the ${what} of row ${first}` });
      continue;
    }
    if (key !== null) {
      firstRow.set(key, record.row);
    }
    kept.push(record);
  }
  return { records: kept, problems };
}
