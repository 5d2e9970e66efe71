import type { EngineContext } from './engines.ts';

/** One line of a benchmark's table and JSON: flat, so both print without a mapping. */
export type ResultRow = Record<string, string | number>;

export interface Column {
  /** The row key this column shows. */
  key: string;
  header: string;
  /** Numbers are right-aligned and formatted with `format` (default: thousands separators). */
  format?: (value: number) => string;
}

/**
 * A benchmark module: `run` measures one engine and returns rows; `bench/run.ts` runs it on
 * every engine asked for, prints one table per benchmark and writes the rows as JSON.
 *
 * @example export const ingest: Benchmark = { name: 'ingest', title: 'Ingest', columns, run };
 */
export interface Benchmark {
  /** What `npm run bench -- <name>` selects, and the JSON file's prefix. */
  name: string;
  title: string;
  columns: readonly Column[];
  run(context: EngineContext, progress: (line: string) => void): Promise<ResultRow[]>;
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export const formatInteger = (value: number): string => integer.format(value);
export const formatFixed =
  (digits: number) =>
  (value: number): string =>
    value.toFixed(digits);

/** A plain-text table, Markdown-compatible, so it can be pasted into docs/benchmarks.md. */
export function renderTable(columns: readonly Column[], rows: readonly ResultRow[]): string {
  const cells = rows.map((row) =>
    columns.map((column) => {
      const value = row[column.key];
      if (typeof value === 'number') {
        return (column.format ?? formatInteger)(value);
      }
      return value ?? '';
    }),
  );
  const isNumeric = columns.map((column) => rows.some((row) => typeof row[column.key] === 'number'));
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...cells.map((line) => (line[i] ?? '').length)),
  );
  const pad = (text: string, i: number): string =>
    isNumeric[i] ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0);
  const line = (texts: readonly string[]): string => `| ${texts.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (isNumeric[i] ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(columns.map((c) => c.header)), rule, ...cells.map(line)].join('\n');
}
