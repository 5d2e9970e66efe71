import { describe, expect, it } from 'vitest';
import { cadenceSchema } from '../handoff/cadence-schema.ts';
import { cadenceBlocks } from './describe-cadence.ts';

describe('cadenceBlocks', () => {
  it('explains how days count, then lists the default steps by day and channel', () => {
    const [heading, intro, table] = cadenceBlocks(cadenceSchema.parse({}), 'pt-BR');
    expect(heading).toEqual({ kind: 'heading', level: 2, text: 'Cadência' });
    expect(intro).toMatchObject({
      text: expect.stringContaining(
        'O dia N vence no fim do N-ésimo dia útil depois do dia do primeiro contato',
      ),
    });
    expect(table).toEqual({
      kind: 'table',
      head: ['Dia útil', 'Canal'],
      rows: [
        ['0', 'Ligação'],
        ['0', 'WhatsApp'],
        ['1', 'E-mail'],
        ['3', 'Ligação'],
        ['5', 'WhatsApp'],
        ['5', 'E-mail'],
      ],
    });
  });

  it('adds a task column when a step has a label, in day order', () => {
    const cadence = cadenceSchema.parse({
      steps: [
        { day: 2, channel: 'email', label: { 'pt-BR': 'Enviar case', en: 'Send a case study' } },
        { day: 0, channel: 'call', label: 'Discovery call' },
        { day: 1, channel: 'whatsapp' },
      ],
    });
    expect(cadenceBlocks(cadence, 'en')[2]).toEqual({
      kind: 'table',
      head: ['Business day', 'Channel', 'Task'],
      rows: [
        ['0', 'Call', 'Discovery call'],
        ['1', 'WhatsApp', ''],
        ['2', 'E-mail', 'Send a case study'],
      ],
    });
  });
});
