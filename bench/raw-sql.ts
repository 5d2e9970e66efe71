import type SQLite from 'better-sqlite3';
import pg from 'pg';
import type { RawDriver } from './engines.ts';

/**
 * The driver alone, the same on both engines, for baselines: statements written with `?`
 * (numbered `$1…` for PostgreSQL), each prepared once and reused by its text; bigints read
 * back as numbers, as the product reads them (storage/connect.ts).
 */
export interface RawSql {
  all<R>(text: string, params?: readonly unknown[]): Promise<R[]>;
  run(text: string, params?: readonly unknown[]): Promise<void>;
  /** A write transaction: BEGIN IMMEDIATE on SQLite, like the product's. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
}

const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === PG_INT8 || oid === PG_NUMERIC
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** PostgreSQL statement names by text, for the whole process: a name always means one text. */
const NAMED = new Map<string, { name: string; text: string }>();

export function rawSql(driver: RawDriver): RawSql {
  if (driver.engine === 'sqlite') {
    const { sqlite } = driver;
    const statements = new Map<string, SQLite.Statement>();
    const prepared = (text: string): SQLite.Statement => {
      let statement = statements.get(text);
      if (!statement) {
        statement = sqlite.prepare(text);
        statements.set(text, statement);
      }
      return statement;
    };
    return {
      all: async <R>(text: string, params: readonly unknown[] = []) => prepared(text).all(...params) as R[],
      run: async (text, params = []) => {
        prepared(text).run(...params);
      },
      transaction: async (work) => {
        sqlite.exec('begin immediate');
        try {
          const result = await work();
          sqlite.exec('commit');
          return result;
        } catch (error) {
          sqlite.exec('rollback');
          throw error;
        }
      },
    };
  }
  const { client } = driver;
  const named = (text: string) => {
    let statement = NAMED.get(text);
    if (!statement) {
      let n = 0;
      statement = { name: `raw_${NAMED.size}`, text: text.replace(/\?/g, () => `$${++n}`) };
      NAMED.set(text, statement);
    }
    return statement;
  };
  const query = async <R>(text: string, params: readonly unknown[] = []) =>
    (await client.query({ ...named(text), values: [...params], types })).rows as R[];
  return {
    all: query,
    run: async (text, params) => {
      await query(text, params);
    },
    transaction: async (work) => {
      await client.query('begin');
      try {
        const result = await work();
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    },
  };
}

/** `(?, ?, ?), (?, ?, ?)`: the values list of a multi-row INSERT. */
export const tuples = (rows: number, columns: number): string =>
  Array.from({ length: rows }, () => `(${Array<string>(columns).fill('?').join(', ')})`).join(', ');
