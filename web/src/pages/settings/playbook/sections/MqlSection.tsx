import { defineMessages, useMessages } from '../../../../app/i18n.tsx';
import { useDraft } from '../draft-context.tsx';
import { DraftNumber, DraftSelect, DraftText } from '../fields.tsx';
import { freshId } from '../fresh-id.ts';
import { ItemList } from '../ItemList.tsx';
import { DraftChecks } from '../list-fields.tsx';
import { getAt } from '../path.ts';
import { LabelFields } from '../text-fields.tsx';
import { EVENT_TYPES, GRADES, optionsOf } from '../vocab.ts';
import { vocab } from '../vocab-labels.ts';

const m = defineMessages({
  'pt-BR': {
    rule: 'Regra de MQL',
    ruleHint:
      'O lead vira MQL quando QUALQUER condição vale; numa condição, TODAS as cláusulas preenchidas valem.',
    add: 'Adicionar condição de MQL',
    condition: (n: number, id: string) => `Condição ${n}: ${id}`,
    id: 'Id (curto, sem espaços)',
    minGrade: 'Nota mínima',
    anyGrade: 'Qualquer nota',
    minFit: 'Fit mínimo (pontos)',
    minEngagement: 'Engajamento mínimo (pontos)',
    handRaise: 'Mão levantada: um destes eventos aconteceu',
    within: '…há no máximo N dias',
    lifecycle: 'Ciclo de vida',
    coolOff: 'Dias em nutrição antes de poder virar MQL de novo',
    coolOffHint: '0 = imediatamente.',
  },
  en: {
    rule: 'MQL rule',
    ruleHint:
      'A lead becomes MQL when ANY condition holds; within a condition, ALL the clauses filled in must hold.',
    add: 'Add an MQL condition',
    condition: (n: number, id: string) => `Condition ${n}: ${id}`,
    id: 'Id (short, no spaces)',
    minGrade: 'Minimum grade',
    anyGrade: 'Any grade',
    minFit: 'Minimum fit (points)',
    minEngagement: 'Minimum engagement (points)',
    handRaise: 'Hand-raise: one of these events happened',
    within: '…at most N days ago',
    lifecycle: 'Lifecycle',
    coolOff: 'Days in nurture before a lead may become MQL again',
    coolOffHint: '0 = at once.',
  },
});

export function MqlSection() {
  const t = useMessages(m);
  const v = useMessages(vocab);
  const draft = useDraft();
  const conditions = (getAt(draft.value, ['mql', 'anyOf']) as unknown[] | undefined) ?? [];
  return (
    <div className="stack">
      <h3>{t.rule}</h3>
      <p className="muted small">{t.ruleHint}</p>
      <ItemList
        path={['mql', 'anyOf']}
        addLabel={t.add}
        newItem={() => ({ id: freshId('condicao', conditions), minGrade: 'B', minEngagement: 50 })}
        titleOf={(c, i) => t.condition(i + 1, String(c.id ?? ''))}
      >
        {(i) => {
          const at = ['mql', 'anyOf', i] as const;
          return (
            <>
              <DraftText path={[...at, 'id']} label={t.id} />
              <LabelFields path={[...at, 'label']} />
              <DraftSelect
                path={[...at, 'minGrade']}
                label={t.minGrade}
                options={optionsOf(GRADES, {})}
                optional
                emptyLabel={t.anyGrade}
              />
              <DraftNumber path={[...at, 'minFit']} label={t.minFit} optional />
              <DraftNumber path={[...at, 'minEngagement']} label={t.minEngagement} optional />
              <DraftNumber path={[...at, 'handRaiseWithinDays']} label={t.within} optional min={0} />
              <div className="span-all">
                <DraftChecks
                  path={[...at, 'handRaise']}
                  legend={t.handRaise}
                  options={optionsOf(EVENT_TYPES, v.events)}
                  optional
                />
              </div>
            </>
          );
        }}
      </ItemList>
      <h3>{t.lifecycle}</h3>
      <DraftNumber
        path={['lifecycle', 'nurtureCoolOffDays']}
        label={t.coolOff}
        hint={t.coolOffHint}
        min={0}
      />
    </div>
  );
}
