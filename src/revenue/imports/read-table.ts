import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { RowProblem } from './import-summary.ts';

/** A spreadsheet as text: the header and each row keyed by header, with its row number. */
export interface Table {
  headers: string[];
  rows: TableRow[];
  /** Rows that could not be split into cells (a stray quote, too many cells). */
  problems: RowProblem[];
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  delimiter: ',' | ';' | '\t';
}

export interface TableRow {
  /** The line the row starts on (the header is line 1): what an editor or a spreadsheet shows. */
  row: number;
  cells: Record<string, string>;
}

/**
 * Text of an export file. A BOM says UTF-8 or UTF-16 (RD Station exports UTF-16); without
 * one, zero bytes in every other position mean UTF-16; bytes that are not valid UTF-8 are
 * read as Windows-1252 (Excel in Portuguese saves CSV that way).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Table['encoding'] } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8' };
  }
  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  const sample = buffer.subarray(0, 512);
  const zerosAt = (parity: number) => sample.filter((b, i) => i % 2 === parity && b === 0).length;
  if (sample.length >= 4 && zerosAt(1) > sample.length / 4) {
    return { text: iconv.decode(buffer, 'utf-16le'), encoding: 'utf-16le' };
  }
  if (sample.length >= 4 && zerosAt(0) > sample.length / 4) {
    return { text: iconv.decode(buffer, 'utf-16be'), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buffer, 'windows-1252'), encoding: 'windows-1252' };
  }
}

/** The delimiter of the header line: the most frequent of tab, semicolon and comma outside quotes. */
export function sniffDelimiter(text: string): Table['delimiter'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text.slice(0, 64 * 1024)) {
    if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && (char === '\n' || char === '\r')) {
      break;
    } else if (!quoted && char in counts) {
      counts[char as keyof typeof counts] += 1;
    }
  }
  const best = (['\t', ';', ','] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] === 0 ? ',' : best;
}

/**
 * Reads a CSV/TSV export: any of the encodings above, comma, semicolon or tab. A row that
 * cannot be split is reported and the others are kept. Throws only when there is no
 * header at all.
 */
export function readTable(bytes: Uint8Array): Table {
  const { text, encoding } = decodeText(bytes);
  const delimiter = sniffDelimiter(text);
  const problems: RowProblem[] = [];
  const records = parse(text, {
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      problems.push({
        row: Number(error?.lines ?? 0),
        reason: `cannot be read: ${error?.message ?? 'bad row'}`,
      });
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [head, ...body] = records;
  if (!head || head.record.every((cell) => cell.trim() === '')) {
    throw new Error('the file has no header row');
  }
  const headers = head.record.map((cell) => cell.trim());
  const rows: TableRow[] = [];
  for (const { record, info } of body) {
    if (record.every((cell) => cell.trim() === '')) {
      continue;
    }
    const row = info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    const extra = record.slice(headers.length).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) {
      problems.push({
        row,
        reason: `has ${record.length} cells but the header has ${headers.length} columns`,
      });
      continue;
    }
    const cells: Record<string, string> = {};
    headers.forEach((header, i) => {
      if (header !== '' && !(header in cells && (cells[header] ?? '') !== '')) {
        cells[header] = record[i] ?? '';
      }
    });
    rows.push({ row, cells });
  }
  problems.sort((a, b) => a.row - b.row);
  return { headers, rows, problems, encoding, delimiter };
}
