import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from './io.ts';
import { runCli } from './program.ts';

const dir = mkdtempSync(join(tmpdir(), 'bastao-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { BASTAO_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' },
  };
  return { code: await runCli(args, io), out, err };
}

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('bastao import', () => {
  const costs = file(
    'costs.csv',
    `mes;canal;campanha;valor\n2026-03;paid_search;brand;"1.500,00"\n2026-03;social;;300\n${Array.from(
      { length: 25 },
      (_, i) => `2026-${i + 13};x;;1`,
    ).join('\n')}\n`,
  );

  it('imports costs from a CSV and prints what it did, with the first 20 skipped rows', async () => {
    const { code, out } = await cli('import', 'csv', '--type', 'costs', costs);
    expect(code).toBe(0);
    expect(out[0]).toMatch(
      /^costs\.csv \(costs\): 27 rows in [\d.]+ s — 2 created, 0 updated, 0 unchanged, 25 skipped$/,
    );
    expect(out).toContain('  skipped:');
    expect(out).toContain('    row 4: month: "2026-13" is not a month such as 2026-03');
    expect(out.at(-1)).toBe('    … and 5 more (--json lists them all)');
  });

  it('changes nothing the second time, and prints JSON when asked', async () => {
    const { code, out } = await cli('import', 'csv', '--type', 'costs', '--json', costs);
    expect(code).toBe(0);
    const report = JSON.parse(out.join('\n'));
    expect(report.files[0]).toMatchObject({ file: 'costs.csv', summary: { created: 0, unchanged: 2 } });
    expect(report.files[0].summary.skipped).toHaveLength(25);
  });

  it('maps columns with --map and imports leads with their stage', async () => {
    const leads = file(
      'leads.csv',
      'Contato,Origem do lead,Quando,Etapa\nana@acme.com,paid_search,2026-02-01,mql\n',
    );
    const { code, out } = await cli(
      'import',
      'csv',
      '--type',
      'leads',
      '--map',
      'Contato=email',
      '--map',
      'Origem do lead=channel',
      '--map',
      'Quando=createdAt',
      '--map',
      'Etapa=stage',
      leads,
    );
    expect(code).toBe(0);
    expect(out[0]).toContain('1 created');
  });

  it('exits 1 with a message when nothing can be read', async () => {
    const missing = await cli('import', 'olist', join(dir, 'missing.csv'));
    expect(missing.code).toBe(1);
    expect(missing.err.join('\n')).toContain('Cannot read');
    const unknown = await cli('import', 'pipedrive', costs);
    expect(unknown.code).toBe(1);
    expect(unknown.err.join('\n')).toContain('Unknown format "pipedrive"');
    const noType = await cli('import', 'csv', costs);
    expect(noType.err.join('\n')).toContain('--type leads|deals|costs');
    const wrong = await cli('import', 'rdstation', costs);
    expect(wrong.code).toBe(1);
    expect(wrong.err.join('\n')).toContain('This is not an RD Station lead export');
    const empty = await cli('import', 'hubspot', file('empty.csv', ''));
    expect(empty.err.join('\n')).toContain('no header');
    expect((await cli('import', 'olist', '--type', 'leads', costs)).err.join('\n')).toContain(
      'are for `import csv` only',
    );
  });

  it('exits 2 with usage when no file is given', async () => {
    const { code, err } = await cli('import', 'olist');
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('files');
  });
});
