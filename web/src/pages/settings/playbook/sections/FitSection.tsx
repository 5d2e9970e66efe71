import { defineMessages, useMessages } from '../../../../app/i18n.tsx';
import { useDraft } from '../draft-context.tsx';
import { DraftNumber, DraftText } from '../fields.tsx';
import { freshId } from '../fresh-id.ts';
import { ItemList } from '../ItemList.tsx';
import { OperandFields } from '../OperandFields.tsx';
import { getAt } from '../path.ts';
import { LabelFields } from '../text-fields.tsx';
import { FIT_FIELD_LIST, FieldSuggestions, useFieldHint } from './FieldSuggestions.tsx';

const m = defineMessages({
  'pt-BR': {
    grades: 'Notas: pontos mínimos de fit',
    gradesHint: 'A a partir de A pontos, B a partir de B, C a partir de C; abaixo de C é D.',
    rules: 'Regras de fit',
    rulesHint: 'Cada regra que casa soma (ou subtrai) pontos.',
    add: 'Adicionar regra de fit',
    rule: (n: number, id: string) => `Regra ${n}: ${id}`,
    id: 'Id (curto, sem espaços)',
    field: 'Campo',
    points: 'Pontos',
  },
  en: {
    grades: 'Grades: minimum fit points',
    gradesHint: 'A from A points, B from B, C from C; below C is D.',
    rules: 'Fit rules',
    rulesHint: 'Each rule that matches adds (or takes away) points.',
    add: 'Add a fit rule',
    rule: (n: number, id: string) => `Rule ${n}: ${id}`,
    id: 'Id (short, no spaces)',
    field: 'Field',
    points: 'Points',
  },
});

export function FitSection() {
  const t = useMessages(m);
  const draft = useDraft();
  const fieldHint = useFieldHint();
  const rules = (getAt(draft.value, ['fit', 'rules']) as unknown[] | undefined) ?? [];
  return (
    <div className="stack">
      <h3>{t.grades}</h3>
      <p className="muted small">{t.gradesHint}</p>
      <div className="row grades">
        {(['A', 'B', 'C'] as const).map((grade) => (
          <DraftNumber key={grade} path={['fit', 'grades', grade]} label={grade} />
        ))}
      </div>
      <h3>{t.rules}</h3>
      <p className="muted small">{t.rulesHint}</p>
      <FieldSuggestions />
      <ItemList
        path={['fit', 'rules']}
        addLabel={t.add}
        newItem={() => ({
          id: freshId('regra', rules),
          field: 'company.segment',
          operator: 'in',
          values: ['software'],
          points: 10,
        })}
        titleOf={(rule, i) => t.rule(i + 1, String(rule.id ?? ''))}
      >
        {(i) => {
          const field = String(getAt(draft.value, ['fit', 'rules', i, 'field']) ?? '');
          return (
            <>
              <DraftText path={['fit', 'rules', i, 'id']} label={t.id} />
              <LabelFields path={['fit', 'rules', i, 'label']} />
              <DraftText
                path={['fit', 'rules', i, 'field']}
                label={t.field}
                hint={fieldHint(field)}
                list={FIT_FIELD_LIST}
              />
              <OperandFields path={['fit', 'rules', i]} isNumeric={field === 'company.employees'} />
              <DraftNumber path={['fit', 'rules', i, 'points']} label={t.points} />
            </>
          );
        }}
      </ItemList>
    </div>
  );
}
