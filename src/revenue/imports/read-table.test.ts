import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, readTable, sniffDelimiter } from './read-table.ts';

const HEADER = ['Email', 'Nome', 'Origem da primeira conversão'];
const ROW = ['ana@acme.com.br', 'Ana Conceição', 'Busca Paga | Google'];

const utf16le = (text: string, bom = true) =>
  Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), iconv.encode(text, 'utf-16le')]);

describe('readTable', () => {
  it('reads an RD Station export as it comes: UTF-16 with a BOM, tab-separated', () => {
    const table = readTable(utf16le(`${HEADER.join('\t')}\r\n${ROW.join('\t')}\r\n`));
    expect(table).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', headers: HEADER });
    expect(table.rows).toEqual([{ row: 2, cells: Object.fromEntries(HEADER.map((h, i) => [h, ROW[i]])) }]);
  });

  it('recognises UTF-16 without a BOM and big-endian UTF-16', () => {
    expect(readTable(utf16le(`${HEADER.join('\t')}\n${ROW.join('\t')}\n`, false)).rows[0]?.cells.Nome).toBe(
      'Ana Conceição',
    );
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(`a;b\n1;2\n`, 'utf-16be')]);
    expect(readTable(be)).toMatchObject({ encoding: 'utf-16be', rows: [{ cells: { a: '1', b: '2' } }] });
  });

  it('reads UTF-8 with a BOM and semicolons (Excel in Portuguese), and Windows-1252', () => {
    const utf8 = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`${HEADER.join(';')}\n${ROW.join(';')}\n`),
    ]);
    expect(readTable(utf8)).toMatchObject({ encoding: 'utf-8', delimiter: ';', headers: HEADER });
    const latin = iconv.encode(`${HEADER.join(';')}\n${ROW.join(';')}\n`, 'windows-1252');
    const table = readTable(latin);
    expect(table.encoding).toBe('windows-1252');
    expect(table.rows[0]?.cells['Origem da primeira conversão']).toBe('Busca Paga | Google');
  });

  it('sniffs the delimiter from the header, ignoring quoted ones', () => {
    expect(sniffDelimiter('"a,b";c;d\n1,2,3')).toBe(';');
    expect(sniffDelimiter('a,b,c')).toBe(',');
    expect(sniffDelimiter('a\tb;c\td')).toBe('\t');
    expect(sniffDelimiter('single')).toBe(',');
  });

  it('keeps quoted delimiters and line breaks inside cells', () => {
    const table = readTable(Buffer.from('a,b\n"1,5","two\nlines"\n3,4\n'));
    expect(table.rows).toEqual([
      { row: 2, cells: { a: '1,5', b: 'two\nlines' } },
      { row: 4, cells: { a: '3', b: '4' } },
    ]);
  });

  it('reports rows it cannot split and keeps the good ones', () => {
    const table = readTable(Buffer.from('a,b\n1,2\n3,4,5\n\n6\n7,"8\n'));
    expect(table.rows.map((r) => r.cells)).toEqual([
      { a: '1', b: '2' },
      { a: '6', b: '' },
    ]);
    expect(table.problems.map((p) => p.row)).toEqual([3, 6]);
    expect(table.problems[0]?.reason).toContain('has 3 cells but the header has 2 columns');
    expect(table.problems[1]?.reason).toContain('cannot be read');
  });

  it('refuses a file without a header', () => {
    expect(() => readTable(Buffer.from(''))).toThrow('no header');
    expect(() => readTable(Buffer.from('\n\n'))).toThrow('no header');
  });

  it('decodes plain ASCII as UTF-8', () => {
    expect(decodeText(Buffer.from('a,b'))).toEqual({ text: 'a,b', encoding: 'utf-8' });
  });
});
