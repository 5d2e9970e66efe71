import { defineMessages, useMessages } from '../../../../app/i18n.tsx';
import { useDraft } from '../draft-context.tsx';
import { DraftCheck, DraftNumber, DraftSelect, DraftText } from '../fields.tsx';
import { freshId } from '../fresh-id.ts';
import { ItemList } from '../ItemList.tsx';
import { OperandFields } from '../OperandFields.tsx';
import { getAt } from '../path.ts';
import { LabelFields } from '../text-fields.tsx';
import { DECAY_MODES, EVENT_TYPES, optionsOf } from '../vocab.ts';
import { vocab } from '../vocab-labels.ts';

const m = defineMessages({
  'pt-BR': {
    decay: 'Decaimento',
    decayMode: 'Como os pontos perdem valor com o tempo',
    days: 'Dias',
    totalCap: 'Teto do engajamento total (pontos)',
    totalCapHint: 'Vazio: sem teto.',
    rules: 'Regras de engajamento',
    rulesHint: 'Pontos por interação; todas as regras que casam com um evento somam.',
    add: 'Adicionar regra de engajamento',
    rule: (n: number, id: string) => `Regra ${n}: ${id}`,
    id: 'Id (curto, sem espaços)',
    event: 'Evento',
    points: 'Pontos (negativo para sinais contra)',
    repeat: 'Contagem',
    each: 'Cada evento conta',
    once: 'Só o mais recente conta',
    cap: 'Teto da regra (pontos)',
    decays: 'Perde valor com o tempo',
    when: 'Só quando as propriedades do evento casam',
    addCondition: 'Adicionar condição',
    condition: (n: number, field: string) => `Condição ${n}: ${field}`,
    prop: 'Propriedade do evento (url, campaign…)',
  },
  en: {
    decay: 'Decay',
    decayMode: 'How points lose value with time',
    days: 'Days',
    totalCap: 'Total engagement cap (points)',
    totalCapHint: 'Empty: no cap.',
    rules: 'Engagement rules',
    rulesHint: 'Points per interaction; every rule that matches an event adds.',
    add: 'Add an engagement rule',
    rule: (n: number, id: string) => `Rule ${n}: ${id}`,
    id: 'Id (short, no spaces)',
    event: 'Event',
    points: 'Points (negative for signals against)',
    repeat: 'Counting',
    each: 'Every event counts',
    once: 'Only the newest counts',
    cap: 'Rule cap (points)',
    decays: 'Loses value with time',
    when: 'Only when the event’s props match',
    addCondition: 'Add a condition',
    condition: (n: number, field: string) => `Condition ${n}: ${field}`,
    prop: 'Event prop (url, campaign…)',
  },
});

function Decay() {
  const t = useMessages(m);
  const v = useMessages(vocab);
  const draft = useDraft();
  const decay = (getAt(draft.value, ['engagement', 'decay']) ?? {}) as { mode?: string; days?: number };
  return (
    <div className="row">
      <DraftSelect
        path={['engagement', 'decay', 'mode']}
        label={t.decayMode}
        options={optionsOf(DECAY_MODES, v.decay)}
        onValue={(mode) =>
          draft.set(['engagement', 'decay'], mode === 'none' ? { mode } : { mode, days: decay.days ?? 30 })
        }
      />
      {decay.mode && decay.mode !== 'none' ? (
        <DraftNumber path={['engagement', 'decay', 'days']} label={t.days} />
      ) : null}
      <DraftNumber path={['engagement', 'totalCap']} label={t.totalCap} hint={t.totalCapHint} optional />
    </div>
  );
}

export function EngagementSection() {
  const t = useMessages(m);
  const v = useMessages(vocab);
  const draft = useDraft();
  const rules = (getAt(draft.value, ['engagement', 'rules']) as unknown[] | undefined) ?? [];
  return (
    <div className="stack">
      <h3>{t.decay}</h3>
      <Decay />
      <h3>{t.rules}</h3>
      <p className="muted small">{t.rulesHint}</p>
      <ItemList
        path={['engagement', 'rules']}
        addLabel={t.add}
        newItem={() => ({ id: freshId('engajamento', rules), event: 'page_view', points: 1, repeat: 'each' })}
        titleOf={(rule, i) => t.rule(i + 1, String(rule.id ?? ''))}
      >
        {(i) => {
          const at = ['engagement', 'rules', i] as const;
          return (
            <>
              <DraftText path={[...at, 'id']} label={t.id} />
              <LabelFields path={[...at, 'label']} />
              <DraftSelect
                path={[...at, 'event']}
                label={t.event}
                options={optionsOf(EVENT_TYPES, v.events, true)}
              />
              <DraftNumber path={[...at, 'points']} label={t.points} />
              <DraftSelect
                path={[...at, 'repeat']}
                label={t.repeat}
                options={[
                  { value: 'each', label: t.each },
                  { value: 'once', label: t.once },
                ]}
              />
              <DraftNumber path={[...at, 'cap']} label={t.cap} optional min={0} />
              <DraftCheck path={[...at, 'decays']} label={t.decays} fallback />
              <div className="span-all">
                <h4>{t.when}</h4>
                <ItemList
                  path={[...at, 'when']}
                  addLabel={t.addCondition}
                  newItem={() => ({ field: 'url', operator: 'contains', values: ['/precos'] })}
                  titleOf={(c, j) => t.condition(j + 1, String(c.field ?? ''))}
                >
                  {(j) => (
                    <>
                      <DraftText path={[...at, 'when', j, 'field']} label={t.prop} />
                      <OperandFields path={[...at, 'when', j]} />
                    </>
                  )}
                </ItemList>
              </div>
            </>
          );
        }}
      </ItemList>
    </div>
  );
}
