import type { Transactor } from '../../kernel/transactor.ts';
import type { CostStore } from '../cost.ts';
import { upsertCost } from '../upsert-cost.ts';
import type { ImportContext } from './import-record.ts';
import { type ImportStores, importRecords } from './import-records.ts';
import type { ImportSummary } from './import-summary.ts';
import type { ImportJob } from './plan-import.ts';
import { runImport } from './run-import.ts';

/**
 * Applies one planned file: people and deals as history (`importRecords`), or costs
 * (upserted by month, channel and campaign). Progress is reported after each batch.
 */
export function runImportJob<S extends ImportStores & { costs: CostStore }>(
  db: Transactor<S>,
  context: ImportContext<S>,
  job: ImportJob,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportSummary> {
  const options = { refused: job.problems, ...(onProgress ? { onProgress } : {}) };
  if (job.type === 'costs') {
    return runImport(
      db,
      job.records,
      async (stores, batch) => {
        const outcomes = [];
        for (const record of batch) {
          const { outcome } = await upsertCost(stores, record.cost, context.now);
          outcomes.push({ status: outcome });
        }
        return outcomes;
      },
      options,
    );
  }
  return runImport(db, job.records, (stores, batch) => importRecords(stores, context, batch), options);
}
