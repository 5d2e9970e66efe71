import { defineMessages, useMessages } from '../../../../app/i18n.tsx';
import { DraftNumber, DraftSelect } from '../fields.tsx';
import { ItemList } from '../ItemList.tsx';
import { LabelFields } from '../text-fields.tsx';
import { CADENCE_CHANNELS, optionsOf } from '../vocab.ts';
import { vocab } from '../vocab-labels.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Cadência de tentativas',
    hint: 'O dia conta dias úteis a partir do primeiro contato (0 = o próprio dia).',
    add: 'Adicionar passo',
    step: (n: number, day: string, channel: string) => `Passo ${n}: dia ${day}, ${channel}`,
    day: 'Dia útil',
    channel: 'Canal',
  },
  en: {
    title: 'Attempt cadence',
    hint: 'The day counts business days from the first touch (0 = that day).',
    add: 'Add a step',
    step: (n: number, day: string, channel: string) => `Step ${n}: day ${day}, ${channel}`,
    day: 'Business day',
    channel: 'Channel',
  },
});

export function CadenceSection() {
  const t = useMessages(m);
  const v = useMessages(vocab);
  return (
    <div className="stack">
      <h3>{t.title}</h3>
      <p className="muted small">{t.hint}</p>
      <ItemList
        path={['cadence', 'steps']}
        addLabel={t.add}
        newItem={() => ({ day: 1, channel: 'call' })}
        titleOf={(step, i) =>
          t.step(
            i + 1,
            String(step.day ?? ''),
            v.channels[String(step.channel)] ?? String(step.channel ?? ''),
          )
        }
      >
        {(i) => (
          <>
            <DraftNumber path={['cadence', 'steps', i, 'day']} label={t.day} min={0} step="1" />
            <DraftSelect
              path={['cadence', 'steps', i, 'channel']}
              label={t.channel}
              options={optionsOf(CADENCE_CHANNELS, v.channels)}
            />
            <LabelFields path={['cadence', 'steps', i, 'label']} />
          </>
        )}
      </ItemList>
    </div>
  );
}
