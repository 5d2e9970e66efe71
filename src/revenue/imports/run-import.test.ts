import { describe, expect, it } from 'vitest';
import type { Transactor } from '../../kernel/transactor.ts';
import type { RowOutcome } from './import-summary.ts';
import { runImport } from './run-import.ts';

/** A transactor over an in-memory "table": a failed unit of work leaves nothing behind. */
function memory(): Transactor<string[]> & { committed: string[]; transactions: number } {
  const db = {
    committed: [] as string[],
    transactions: 0,
    async transaction<T>(work: (stores: string[]) => Promise<T>): Promise<T> {
      db.transactions += 1;
      const pending: string[] = [];
      const result = await work(pending);
      db.committed.push(...pending);
      return result;
    },
  };
  return db;
}

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ row: i + 2, value: `v${i}` }));

describe('runImport', () => {
  it('applies records in batches, one transaction each, reporting progress after each batch', async () => {
    const db = memory();
    const progress: number[] = [];
    const summary = await runImport(
      db,
      rows(5),
      async (stores, batch) =>
        batch.map((r): RowOutcome => {
          stores.push(r.value);
          return { status: r.row % 2 === 0 ? 'created' : 'unchanged' };
        }),
      { batchSize: 2, onProgress: (done) => progress.push(done) },
    );
    expect(db.transactions).toBe(3);
    expect(progress).toEqual([2, 4, 5]);
    expect(summary).toEqual({ rows: 5, created: 3, updated: 0, unchanged: 2, skipped: [], warnings: [] });
  });

  it('replays a failed batch row by row, so one bad row never stops the good ones', async () => {
    const db = memory();
    const summary = await runImport(
      db,
      rows(4),
      async (stores, batch) => {
        for (const r of batch) {
          if (r.value === 'v2') {
            throw new Error('constraint failed');
          }
          stores.push(r.value);
        }
        return batch.map(() => ({ status: 'created' as const }));
      },
      { batchSize: 10, refused: [{ row: 9, reason: 'bad date' }] },
    );
    expect(db.committed).toEqual(['v0', 'v1', 'v3']);
    expect(summary.created).toBe(3);
    expect(summary.rows).toBe(5);
    expect(summary.skipped).toEqual([
      { row: 4, reason: 'could not be stored: constraint failed' },
      { row: 9, reason: 'bad date' },
    ]);
  });

  it('counts skipped outcomes and warnings by row', async () => {
    const summary = await runImport(memory(), rows(2), async (_stores, batch) =>
      batch.map(
        (r): RowOutcome =>
          r.row === 2
            ? { status: 'skipped', reason: 'no lead' }
            : { status: 'updated', warnings: ['no date'] },
      ),
    );
    expect(summary).toMatchObject({
      updated: 1,
      skipped: [{ row: 2, reason: 'no lead' }],
      warnings: [{ row: 3, reason: 'no date' }],
    });
  });
});
