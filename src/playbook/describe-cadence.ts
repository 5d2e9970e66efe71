import { CHANNEL_LABELS } from '../handoff/activity.ts';
import type { Cadence } from '../handoff/cadence-schema.ts';
import { formatNumber } from './describe-rule.ts';
import type { Block } from './document-blocks.ts';
import { type Lang, labelIn } from './localized-text.ts';

const CADENCE_LABELS: Record<
  Lang,
  { heading: string; intro: string; day: string; channel: string; task: string }
> = {
  'pt-BR': {
    heading: 'Cadência',
    intro:
      'As tentativas que o vendedor faz com cada novo MQL, por dia útil. O dia 0 é o dia do primeiro contato: suas etapas vencem com o prazo de primeiro contato. O dia N vence no fim do N-ésimo dia útil depois do dia do primeiro contato, não da atribuição: um lead atribuído no fim da tarde de sexta tem o primeiro contato na segunda, e o dia 1 é a terça.',
    day: 'Dia útil',
    channel: 'Canal',
    task: 'Tarefa',
  },
  en: {
    heading: 'Cadence',
    intro:
      'The attempts a rep makes on each new MQL, by business day. Day 0 is the day of the first touch: its steps are due with the first-touch deadline. Day N is due at the close of the Nth business day after the first-touch day, not after the assignment: a lead assigned late on Friday has its first touch on Monday, so day 1 is Tuesday.',
    day: 'Business day',
    channel: 'Channel',
    task: 'Task',
  },
};

/**
 * The cadence as blocks: how days are counted (plan-cadence.ts), then the steps in day
 * order. The task column appears only when some step has a label.
 *
 * @example cadenceBlocks(cadenceSchema.parse({}), 'en')[2] // { kind: 'table', head: ['Business day', 'Channel'], rows: [['0', 'Call'], …] }
 */
export function cadenceBlocks(cadence: Cadence, lang: Lang): Block[] {
  const t = CADENCE_LABELS[lang];
  const hasLabels = cadence.steps.some((step) => step.label !== undefined);
  return [
    { kind: 'heading', level: 2, text: t.heading },
    { kind: 'paragraph', text: t.intro },
    {
      kind: 'table',
      head: hasLabels ? [t.day, t.channel, t.task] : [t.day, t.channel],
      rows: cadence.steps.map((step) => {
        const row = [formatNumber(step.day, lang), CHANNEL_LABELS[step.channel][lang]];
        return hasLabels ? [...row, labelIn(step.label, lang) ?? ''] : row;
      }),
    },
  ];
}
