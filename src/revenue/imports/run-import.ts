import { isAppError } from '../../kernel/app-error.ts';
import type { Transactor } from '../../kernel/transactor.ts';
import { emptySummary, type ImportSummary, type RowOutcome, type RowProblem } from './import-summary.ts';

/** Rows per transaction: big enough to be fast, small enough that a retry is cheap. */
export const IMPORT_BATCH_SIZE = 500;

export interface RunImportOptions {
  batchSize?: number;
  /** Called after each batch commits, with the rows done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Rows the parser already refused: they count as skipped. */
  refused?: readonly RowProblem[];
}

/**
 * Applies parsed records in batches, one transaction per batch (`apply` gets the whole
 * batch, so it can load what the batch needs in a few queries). A record that cannot be
 * applied is skipped with its reason and never stops the others: when a batch fails
 * unexpectedly, it is rolled back and replayed one record per transaction, so only the
 * bad record is lost.
 *
 * @example await runImport(system.stores, records, (stores, batch) => importRecords(stores, context, batch), { onProgress })
 */
export async function runImport<S, R extends { row: number }>(
  db: Transactor<S>,
  records: readonly R[],
  apply: (stores: S, batch: readonly R[]) => Promise<RowOutcome[]>,
  options: RunImportOptions = {},
): Promise<ImportSummary> {
  const summary = emptySummary();
  const size = options.batchSize ?? IMPORT_BATCH_SIZE;
  for (const problem of options.refused ?? []) {
    summary.rows += 1;
    summary.skipped.push(problem);
  }
  for (let start = 0; start < records.length; start += size) {
    const batch = records.slice(start, start + size);
    let outcomes: RowOutcome[];
    try {
      outcomes = await db.transaction((stores) => apply(stores, batch));
    } catch {
      outcomes = [];
      for (const record of batch) {
        try {
          const [outcome] = await db.transaction((stores) => apply(stores, [record]));
          outcomes.push(outcome ?? { status: 'skipped', reason: 'not applied' });
        } catch (error) {
          outcomes.push({ status: 'skipped', reason: describeFailure(error) });
        }
      }
    }
    for (const [i, record] of batch.entries()) {
      count(summary, record.row, outcomes[i]);
    }
    options.onProgress?.(Math.min(start + size, records.length), records.length);
  }
  summary.skipped.sort((a, b) => a.row - b.row);
  summary.warnings.sort((a, b) => a.row - b.row);
  return summary;
}

function count(summary: ImportSummary, row: number, outcome: RowOutcome | undefined): void {
  summary.rows += 1;
  if (!outcome) {
    summary.skipped.push({ row, reason: 'not applied' });
    return;
  }
  if (outcome.status === 'skipped') {
    summary.skipped.push({ row, reason: outcome.reason });
    return;
  }
  summary[outcome.status] += 1;
  for (const warning of outcome.warnings ?? []) {
    summary.warnings.push({ row, reason: warning });
  }
}

const describeFailure = (error: unknown): string =>
  isAppError(error)
    ? error.message
    : `could not be stored: ${error instanceof Error ? error.message : String(error)}`;
