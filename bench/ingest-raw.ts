import type SQLite from 'better-sqlite3';
import type { RawDriver } from './engines.ts';

/** An `events` row as the product writes it (see storage/sql-event-store.ts). */
export type EventRow = [
  id: string,
  leadId: string,
  type: string,
  occurredAt: number,
  receivedAt: number,
  props: string,
  idempotencyKey: string,
];

/** The product's chunk: 500 rows of 7 parameters per statement. */
const ROWS_PER_STATEMENT = 500;
const COLUMNS = '(id, lead_id, type, occurred_at, received_at, props, idempotency_key)';

/**
 * The cheapest honest way to put rows in `events` with the driver alone: one transaction
 * per call, multi-row INSERTs of at most 500 rows, statements prepared once and reused.
 * No idempotency check, no lead lookup, no validation: the floor the product is held to.
 */
export function rawEventInserter(driver: RawDriver): (rows: readonly EventRow[]) => Promise<void> {
  if (driver.engine === 'sqlite') {
    return sqliteInserter(driver.sqlite);
  }
  const { client } = driver;
  const texts = new Map<number, string>();
  return async (rows) => {
    await client.query('begin');
    try {
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
        const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
        // A named statement is parsed and planned once per connection, then only bound.
        let text = texts.get(chunk.length);
        if (text === undefined) {
          text = insertText(chunk.length, '$');
          texts.set(chunk.length, text);
        }
        await client.query({ name: `bench_events_${chunk.length}`, text, values: chunk.flat() });
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  };
}

function sqliteInserter(sqlite: SQLite.Database): (rows: readonly EventRow[]) => Promise<void> {
  const statements = new Map<number, SQLite.Statement>();
  const statementFor = (size: number): SQLite.Statement => {
    let statement = statements.get(size);
    if (!statement) {
      statement = sqlite.prepare(insertText(size, '?'));
      statements.set(size, statement);
    }
    return statement;
  };
  // BEGIN IMMEDIATE like the product's write transactions (storage/dialect.ts).
  const insertAll = sqlite.transaction((rows: readonly EventRow[]) => {
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
      statementFor(chunk.length).run(chunk.flat());
    }
  }).immediate;
  return async (rows) => {
    insertAll(rows);
  };
}

/** `insert into events (...) values (?, …), (?, …)` for `rows` rows; `$` numbers the parameters. */
function insertText(rows: number, style: '?' | '$'): string {
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    const params = Array.from({ length: 7 }, (_, c) => (style === '?' ? '?' : `$${r * 7 + c + 1}`));
    tuples.push(`(${params.join(', ')})`);
  }
  return `insert into events ${COLUMNS} values ${tuples.join(', ')}`;
}
