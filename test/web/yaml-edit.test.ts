import { readFileSync } from 'node:fs';
import { diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  editYaml,
  insertItem,
  moveItem,
  readDraft,
} from '../../web/src/pages/settings/playbook/yaml-edit.ts';

const DEFAULT = readFileSync(new URL('../../src/playbook/default-playbook.yaml', import.meta.url), 'utf8');

/** The lines an edit changed, as `-`/`+` lines. */
const changed = (before: string, after: string) =>
  diffLines(before, after)
    .filter((part) => part.added || part.removed)
    .flatMap((part) =>
      part.value
        .split('\n')
        .filter(Boolean)
        .map((line) => `${part.added ? '+' : '-'}${line.trim()}`),
    );

describe('editing the playbook YAML from the forms', () => {
  it('changes one number in place and nothing else, comments included', () => {
    const after = editYaml(DEFAULT, ['fit', 'rules', 4, 'points'], 30);
    expect(changed(DEFAULT, after)).toEqual(['-points: 20', '+points: 30']);
    expect(parse(after).fit.rules[4].points).toBe(30);
    expect(after).toContain('# Faixas de porte por número de funcionários');
  });

  it('quotes text that would read as YAML and keeps inline maps inline', () => {
    const after = editYaml(DEFAULT, ['fit', 'rules', 0, 'label', 'pt-BR'], 'Segmento: alvo, #1');
    expect(parse(after).fit.rules[0].label).toEqual({ 'pt-BR': 'Segmento: alvo, #1', en: 'Target segment' });
    expect(changed(DEFAULT, after)).toEqual([
      '-label: { pt-BR: Segmento-alvo, en: Target segment }',
      '+label: { pt-BR: "Segmento: alvo, #1", en: Target segment }',
    ]);
  });

  it('replaces a list of values on its own line and a folded text by a plain one', () => {
    const values = editYaml(DEFAULT, ['fit', 'rules', 6, 'values'], ['SP', 'RJ']);
    expect(changed(DEFAULT, values)).toEqual(['-values: [SP, RJ, MG, ES, PR, SC, RS]', '+values: [SP, RJ]']);
    const icp = editYaml(DEFAULT, ['icp', 'pt-BR'], 'Novo ICP\nem duas linhas');
    expect(parse(icp).icp).toEqual({ 'pt-BR': 'Novo ICP\nem duas linhas', en: parse(DEFAULT).icp.en });
  });

  it('adds and removes optional keys within their rule only', () => {
    const added = editYaml(DEFAULT, ['engagement', 'rules', 8, 'cap'], 60);
    expect(changed(DEFAULT, added)).toEqual(['+cap: 60']);
    expect(parse(added).engagement.rules[8]).toMatchObject({ id: 'pediu-demo', cap: 60 });
    const removed = editYaml(DEFAULT, ['engagement', 'rules', 0, 'cap'], undefined);
    expect(changed(DEFAULT, removed)).toEqual(['-cap: 10']);
  });

  it('adds, moves and removes list items, keeping hand-written layout elsewhere', () => {
    const rule = { id: 'novo', field: 'channel', operator: 'in', values: ['social'], points: 5 };
    const inserted = insertItem(DEFAULT, ['fit', 'rules'], rule);
    expect(parse(inserted).fit.rules.at(-1)).toEqual(rule);
    expect(changed(DEFAULT, inserted)).toContain('+values: [social]');
    expect(inserted).toContain('label: { pt-BR: Segmento-alvo, en: Target segment }');

    const moved = moveItem(DEFAULT, ['fit', 'rules'], 3, 2);
    expect(
      parse(moved)
        .fit.rules.map((r: { id: string }) => r.id)
        .slice(2, 4),
    ).toEqual(['porte-pequeno', 'estudante']);
    const step = editYaml(DEFAULT, ['cadence', 'steps', 1], undefined);
    expect(changed(DEFAULT, step)).toEqual(['-- { day: 0, channel: whatsapp }']);
    const routed = insertItem(DEFAULT, ['routing', 'rules'], { id: 'sul', assign: { team: 'sul' } });
    expect(parse(routed).routing.rules).toEqual([{ id: 'sul', assign: { team: 'sul' } }]);
  });

  it('appends a section the document lacks', () => {
    const after = editYaml('name: X\n', ['lifecycle', 'nurtureCoolOffDays'], 7);
    expect(parse(after)).toEqual({ name: 'X', lifecycle: { nurtureCoolOffDays: 7 } });
    const section = editYaml('name: X\n', ['lifecycle'], { nurtureCoolOffDays: 3 });
    expect(section).toBe('name: X\nlifecycle:\n  nurtureCoolOffDays: 3\n');
  });

  it('reads a draft, or says on which line its syntax breaks', () => {
    expect(readDraft(DEFAULT)).toMatchObject({ ok: true, value: { name: 'Playbook padrão B2B Brasil' } });
    expect(readDraft('name: X\nfit: [\n')).toMatchObject({ ok: false, line: expect.any(Number) });
    expect(readDraft('- a\n- b\n')).toMatchObject({ ok: false, line: null });
  });
});
