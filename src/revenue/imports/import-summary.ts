/** A row an import could not take, or took with a caveat, and why. */
export interface RowProblem {
  /** The row as a spreadsheet numbers it (header = 1); 0 when the problem is the whole file. */
  row: number;
  reason: string;
}

/** What an import did: every row is counted once, as created, updated, unchanged or skipped. */
export interface ImportSummary {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: RowProblem[];
  /** Rows imported with a caveat (say, a stage without a date that was left unmoved). */
  warnings: RowProblem[];
}

/** What applying one record did. */
export type RowOutcome =
  | { status: 'created' | 'updated' | 'unchanged'; warnings?: string[] }
  | { status: 'skipped'; reason: string };

export const emptySummary = (): ImportSummary => ({
  rows: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped: [],
  warnings: [],
});
