import { diffLines } from 'diff';

export type DiffRow =
  | { kind: 'same' | 'added' | 'removed'; text: string; oldLine: number | null; newLine: number | null }
  | { kind: 'skip'; count: number };

/** Unchanged lines shown around each change. */
const CONTEXT = 3;

/**
 * The lines of two texts as a unified diff: added and removed lines with their line
 * numbers, unchanged runs cut down to a few lines of context around each change.
 *
 * @example diffRows('a\nb\n', 'a\nc\n') // same a, removed b, added c
 */
export function diffRows(before: string, after: string): { rows: DiffRow[]; added: number; removed: number } {
  const all: Exclude<DiffRow, { kind: 'skip' }>[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const change of diffLines(before, after)) {
    const lines = change.value.replace(/\n$/, '').split('\n');
    for (const text of lines) {
      if (change.added) {
        all.push({ kind: 'added', text, oldLine: null, newLine: newLine++ });
      } else if (change.removed) {
        all.push({ kind: 'removed', text, oldLine: oldLine++, newLine: null });
      } else {
        all.push({ kind: 'same', text, oldLine: oldLine++, newLine: newLine++ });
      }
    }
  }
  const isNearChange = all.map((_, i) =>
    all.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((row) => row.kind !== 'same'),
  );
  const rows: DiffRow[] = [];
  let skipped = 0;
  all.forEach((row, i) => {
    if (isNearChange[i]) {
      if (skipped > 0) {
        rows.push({ kind: 'skip', count: skipped });
        skipped = 0;
      }
      rows.push(row);
    } else {
      skipped += 1;
    }
  });
  if (skipped > 0) {
    rows.push({ kind: 'skip', count: skipped });
  }
  return {
    rows,
    added: all.filter((row) => row.kind === 'added').length,
    removed: all.filter((row) => row.kind === 'removed').length,
  };
}
