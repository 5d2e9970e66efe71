import { describe, expect, it } from 'vitest';
import { KPI_GLOSSARY, KPI_NAMES, kpiDefinition } from './glossary.ts';
import { renderGlossaryMarkdown } from './render-glossary.ts';

describe('the KPI glossary', () => {
  it('defines every metric once, in the order of KPI_NAMES', () => {
    expect(KPI_GLOSSARY.map((k) => k.name)).toEqual([...KPI_NAMES]);
  });

  it('has a label and a definition in both languages, and they differ (no copy left untranslated)', () => {
    for (const k of KPI_GLOSSARY) {
      for (const text of [k.label.en, k.label['pt-BR'], k.definition.en, k.definition['pt-BR']]) {
        expect(text.trim().length, k.name).toBeGreaterThan(1);
      }
      expect(k.definition.en, k.name).not.toBe(k.definition['pt-BR']);
    }
  });

  it('names only metrics that exist when a definition quotes one', () => {
    for (const k of KPI_GLOSSARY) {
      for (const quoted of `${k.definition.en} ${k.definition['pt-BR']}`.matchAll(/`([a-zA-Z]+)`/g)) {
        const name = quoted[1] as string;
        if (/^[a-z]+[A-Z]/.test(name) && !['closedAt', 'asOf', 'mqlsPerMonth'].includes(name)) {
          expect(KPI_NAMES as readonly string[], `${k.name} quotes ${name}`).toContain(name);
        }
      }
    }
    expect(kpiDefinition('cac').unit).toBe('money');
  });

  it('is what docs/kpis.md says (regenerate with -u)', async () => {
    await expect(renderGlossaryMarkdown()).toMatchFileSnapshot('../../docs/kpis.md');
  });
});
