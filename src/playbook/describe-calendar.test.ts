import { describe, expect, it } from 'vitest';
import { type CalendarConfigInput, calendarSchema } from '../sla/calendar-schema.ts';
import { calendarBlocks } from './describe-calendar.ts';
import type { Block } from './document-blocks.ts';
import type { Lang } from './localized-text.ts';

const blocksOf = (input: CalendarConfigInput, lang: Lang) =>
  calendarBlocks(calendarSchema.parse(input), lang);

const find = <K extends Block['kind']>(blocks: Block[], kind: K) =>
  blocks.find((block): block is Extract<Block, { kind: K }> => block.kind === kind);

describe('calendarBlocks', () => {
  it('writes the default calendar: São Paulo time, Monday to Friday 08:00–18:00, public and bank holidays', () => {
    const blocks = blocksOf({}, 'pt-BR');
    expect(find(blocks, 'paragraph')?.text).toContain('no fuso horário America/Sao_Paulo');
    expect(find(blocks, 'table')).toEqual({
      kind: 'table',
      head: ['Dia da semana', 'Horário de trabalho'],
      rows: [
        ['Segunda-feira', '08:00–18:00'],
        ['Terça-feira', '08:00–18:00'],
        ['Quarta-feira', '08:00–18:00'],
        ['Quinta-feira', '08:00–18:00'],
        ['Sexta-feira', '08:00–18:00'],
        ['Sábado', 'Fechado'],
        ['Domingo', 'Fechado'],
      ],
    });
    expect(find(blocks, 'list')?.items).toEqual([
      'Calendário de feriados: Brasil (BR).',
      'Sem expediente: feriados nacionais e bancários (Carnaval, Corpus Christi).',
      'Expediente normal: pontos facultativos (Quarta-feira de Cinzas até as 14h, tardes de 24 e 31 de dezembro).',
      'Feriados extras (da empresa ou da cidade): nenhum.',
      'Dias trabalhados apesar do dia da semana ou de um feriado: nenhum.',
    ]);
  });

  it('writes split days, a state, optional days, extra holidays and working dates in English', () => {
    const blocks = blocksOf(
      {
        hours: {
          mon: [
            ['13:00', '18:00'],
            ['08:00', '12:00'],
          ],
          sat: [['09:00', '13:00']],
          fri: [],
        },
        holidays: { state: 'sp', types: ['public', 'bank', 'optional'] },
        extraHolidays: ['2027-01-25'],
        workingDates: ['2026-06-05', '2026-06-06'],
      },
      'en',
    );
    const rows = find(blocks, 'table')?.rows;
    expect(rows?.[0]).toEqual(['Monday', '08:00–12:00, 13:00–18:00']);
    expect(rows?.[4]).toEqual(['Friday', 'Closed']);
    expect(rows?.[5]).toEqual(['Saturday', '09:00–13:00']);
    expect(find(blocks, 'list')?.items).toEqual([
      'Holiday calendar: Brazil (BR), with those of the state of São Paulo (SP).',
      'Closed on national, state and bank holidays (Carnival, Corpus Christi) and optional holidays (Ash Wednesday until 2 pm, the afternoons of 24 and 31 December).',
      'Extra holidays (company or city): January 25, 2027.',
      "Days worked although the weekday or a holiday says otherwise: June 5, 2026; June 6, 2026. They keep their weekday's hours or, on a day normally closed, those of Monday.",
    ]);
  });

  it('gives a working date on a closed weekday the hours of the first open weekday', () => {
    const closedMonday = blocksOf({ hours: { mon: [] }, workingDates: ['2026-06-06'] }, 'pt-BR');
    expect(find(closedMonday, 'list')?.items.at(-1)).toBe(
      'Dias trabalhados apesar do dia da semana ou de um feriado: 6 de junho de 2026. Neles vale o horário do dia da semana ou, num dia normalmente fechado, o de terça-feira.',
    );
  });

  it('says when no official holiday closes the day, and leaves out Brazilian examples elsewhere', () => {
    expect(find(blocksOf({ holidays: { types: [] } }, 'pt-BR'), 'list')?.items.slice(1, 3)).toEqual([
      'Nenhum feriado do calendário oficial fecha o dia; só os feriados extras abaixo.',
      'Expediente normal: feriados nacionais e bancários (Carnaval, Corpus Christi) e pontos facultativos (Quarta-feira de Cinzas até as 14h, tardes de 24 e 31 de dezembro).',
    ]);
    const us = blocksOf({ timeZone: 'America/New_York', holidays: { country: 'US', state: 'CA' } }, 'en');
    expect(find(us, 'list')?.items.slice(0, 3)).toEqual([
      'Holiday calendar: United States (US), with those of the state of California (CA).',
      'Closed on national, state and bank holidays.',
      'Open as usual on optional holidays.',
    ]);
  });
});
