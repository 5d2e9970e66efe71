import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK_SOURCE } from '../playbook/default-playbook.ts';
import type { CliIo } from './io.ts';
import { runCli } from './program.ts';

const dir = mkdtempSync(join(tmpdir(), 'bastao-playbook-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { BASTAO_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' },
  };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('bastao playbook and scoring commands', () => {
  it('shows the agreement in Portuguese and English, and the source as YAML', async () => {
    const pt = await cli('playbook', 'show', '--format', 'md', '--lang', 'pt-BR');
    expect(pt.code).toBe(0);
    expect(pt.out).toContain('Nutrição');
    const en = await cli('playbook', 'show', '--format', 'html', '--lang', 'en');
    expect(en.out).toMatch(/^<!doctype html>/i);
    expect(en.out).toContain('Nurture');
    const yaml = await cli('playbook', 'show', '--format', 'yaml');
    expect(yaml.out).toContain('rejectionReasons:');
  });

  it('refuses an invalid file naming the path of the bad field, and keeps the version in force', async () => {
    const bad = file('bad.yaml', DEFAULT_PLAYBOOK_SOURCE.replace('A: 65', 'A: 10'));
    const result = await cli('playbook', 'apply', bad);
    expect(result.code).toBe(1);
    expect(result.err).toContain('fit.grades');
    const broken = file('broken.yaml', 'name: [unclosed');
    const syntax = await cli('playbook', 'apply', broken);
    expect(syntax.code).toBe(1);
    expect(syntax.err).toMatch(/line \d+/);
    const missing = await cli('playbook', 'apply', join(dir, 'nope.yaml'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('ENOENT');
    const json = await cli('playbook', 'show', '--format', 'json');
    expect(JSON.parse(json.out).fit.grades.A).toBe(65);
  });

  it('applies a valid file as a new version and rescores', async () => {
    const next = file('next.yaml', DEFAULT_PLAYBOOK_SOURCE.replace('minEngagement: 50', 'minEngagement: 40'));
    const result = await cli('playbook', 'apply', next, '--note', 'lower bar');
    expect(result.code).toBe(0);
    expect(result.out).toContain('version 2 is in force');
    const old = await cli('playbook', 'show', '--format', 'json', '--version', '1');
    expect(JSON.parse(old.out).mql.anyOf[0].minEngagement).toBe(50);
  });

  it('backtests a proposal as JSON without applying it', async () => {
    const proposal = file('proposal.yaml', DEFAULT_PLAYBOOK_SOURCE);
    const result = await cli(
      'scoring',
      'backtest',
      proposal,
      '--from',
      '2026-01-01',
      '--to',
      '2026-02-01',
      '--json',
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report).toMatchObject({
      from: '2026-01-01',
      to: '2026-02-01',
      currentVersion: 2,
      leadsScanned: 0,
    });
    expect(report.proposed.mqls).toBe(0);
    const bad = await cli('scoring', 'backtest', proposal, '--from', '01/02/2026');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--from must be a date');
  });
});
