import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestSystem, type TestSystem } from '../../../test/engines.ts';
import { withDatabase } from '../../storage/sql-kpi-store.fixture.ts';
import type { CliIo } from '../io.ts';
import { runCli } from '../program.ts';

const at = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00-03:00`);

describe('bastao kpis and bastao report weekly', () => {
  let system: TestSystem;
  const cli = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      env: { BASTAO_DATA_DIR: system.config.dataDir, LOG_LEVEL: 'silent' },
    };
    return { code: await runCli(args, io), out: out.join('\n'), err: err.join('\n') };
  };

  beforeAll(async () => {
    system = await openTestSystem('sqlite');
    await withDatabase(system, async (seed) => {
      await seed.lead('P1', at('2018-03-05 09:00'), { channel: 'paid_search' });
      await seed.moves('P1', [
        ['mql', at('2018-03-05 10:00')],
        ['sql', at('2018-03-06 10:00')],
      ]);
      await seed.lead('O1', at('2018-03-06 09:00'), { channel: 'organic' });
      await seed.moves('O1', [['mql', at('2018-03-07 10:00')]]);
      await seed.deal('P1', 'won', 250_000, at('2018-03-09 16:00'));
    });
  });
  afterAll(async () => {
    await system.destroy();
  });

  it('prints the KPIs as JSON, the same answer as the API', async () => {
    const { code, out } = await cli(
      'kpis',
      '--from',
      '2018-03-05',
      '--to',
      '2018-03-12',
      '--by',
      'channel',
      '--as-of',
      '2018-03-31',
      '--json',
    );
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(answer).toMatchObject({ from: '2018-03-05', to: '2018-03-12', by: 'channel', currency: 'BRL' });
    expect(answer.totals).toMatchObject({ leads: 2, mqls: 2, mqlToSqlRate: 0.5, revenue: 2500 });
    expect(answer.groups.map((g: { key: string }) => g.key)).toEqual(['organic', 'paid_search']);
  });

  it('prints a table a person can read without --json', async () => {
    const { code, out } = await cli('kpis', '--from', '2018-03-05', '--to', '2018-03-12', '--by', 'channel');
    expect(code).toBe(0);
    expect(out).toMatch(/MQL → SQL conversion\s+50%/);
    expect(out).toMatch(/paid_search\s+1\s+1\s+1/);
  });

  it.each([
    [
      ['--from', '2018-03-12', '--to', '2018-03-05'],
      '--to (2018-03-05) must be after from (2018-03-12): to is exclusive.',
    ],
    [['--from', '2018-3-5', '--to', '2018-03-12'], '--from must be a real date YYYY-MM-DD, not "2018-3-5".'],
    [
      ['--from', '2018-03-05', '--to', '2018-03-12', '--by', 'rep'],
      '--by must be one of channel, campaign, owner, month, not "rep".',
    ],
    [
      ['--from', '2018-03-05', '--to', '2018-03-12', '--as-of', 'today'],
      '--as-of must be a real date YYYY-MM-DD, not "today".',
    ],
  ])('exits 1 with a clear message on %j', async (args, message) => {
    const { code, err } = await cli('kpis', ...args);
    expect(code).toBe(1);
    expect(err).toBe(`bastao: ${message}`);
  });

  it('exits 2 with usage when --to is missing', async () => {
    const { code, err } = await cli('kpis', '--from', '2018-03-05');
    expect(code).toBe(2);
    expect(err).toContain('--to');
  });

  it('prints the weekly review as Markdown, HTML or JSON', async () => {
    const md = await cli('report', 'weekly', '--week', '2018-W10');
    expect(md.code).toBe(0);
    expect(md.out).toContain('# Revisão semanal de smarketing: 2018-W10');
    const html = await cli('report', 'weekly', '--week', '2018-W10', '--format', 'html', '--lang', 'en');
    expect(html.out).toContain('<h1>Weekly smarketing review: 2018-W10</h1>');
    const json = JSON.parse((await cli('report', 'weekly', '--week', '2018-W10', '--format', 'json')).out);
    expect(json.totals).toMatchObject({ mqls: 2, wonDeals: 1 });
  });

  it('refuses a bad week, format or language with exit 1', async () => {
    expect((await cli('report', 'weekly', '--week', '2018-10')).err).toBe(
      'bastao: --week must be an ISO week YYYY-Www (e.g. 2018-W10), not "2018-10".',
    );
    expect((await cli('report', 'weekly', '--format', 'pdf')).code).toBe(1);
    expect((await cli('report', 'weekly', '--lang', 'fr')).code).toBe(1);
  });
});
