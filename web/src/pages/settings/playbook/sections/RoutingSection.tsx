import { defineMessages, useMessages } from '../../../../app/i18n.tsx';
import { useDraft } from '../draft-context.tsx';
import { DraftCheck, DraftText } from '../fields.tsx';
import { freshId } from '../fresh-id.ts';
import { ItemList } from '../ItemList.tsx';
import { OperandFields } from '../OperandFields.tsx';
import { getAt } from '../path.ts';
import { LabelFields } from '../text-fields.tsx';
import { FIT_FIELD_LIST, FieldSuggestions, useFieldHint } from './FieldSuggestions.tsx';
import { TargetFields } from './TargetFields.tsx';

const m = defineMessages({
  'pt-BR': {
    title: 'Roteamento: quem recebe cada novo MQL',
    hint: 'Nesta ordem: o dono da conta; a primeira regra cujas condições valem e cujo destino tem alguém disponível; a reserva.',
    owner: 'Dono da conta primeiro',
    rules: 'Regras, em ordem',
    add: 'Adicionar regra de roteamento',
    rule: (n: number, id: string) => `Regra ${n}: ${id}`,
    id: 'Id (curto, sem espaços)',
    when: 'Condições (todas; nenhuma = todo lead)',
    addCondition: 'Adicionar condição',
    condition: (n: number, field: string) => `Condição ${n}: ${field}`,
    field: 'Campo',
    fallback: 'Reserva: quando nenhuma regra atribui o lead',
  },
  en: {
    title: 'Routing: who gets each new MQL',
    hint: 'In this order: the account owner; the first rule whose conditions hold and whose target has someone available; the fallback.',
    owner: 'Account owner first',
    rules: 'Rules, in order',
    add: 'Add a routing rule',
    rule: (n: number, id: string) => `Rule ${n}: ${id}`,
    id: 'Id (short, no spaces)',
    when: 'Conditions (all of them; none = every lead)',
    addCondition: 'Add a condition',
    condition: (n: number, field: string) => `Condition ${n}: ${field}`,
    field: 'Field',
    fallback: 'Fallback: when no rule assigns the lead',
  },
});

export function RoutingSection() {
  const t = useMessages(m);
  const draft = useDraft();
  const fieldHint = useFieldHint();
  const rules = (getAt(draft.value, ['routing', 'rules']) as unknown[] | undefined) ?? [];
  return (
    <div className="stack">
      <h3>{t.title}</h3>
      <p className="muted small">{t.hint}</p>
      <DraftCheck path={['routing', 'accountOwnerFirst']} label={t.owner} fallback />
      <h3>{t.rules}</h3>
      <FieldSuggestions />
      <ItemList
        path={['routing', 'rules']}
        addLabel={t.add}
        newItem={() => ({
          id: freshId('rota', rules),
          when: [{ field: 'company.state', operator: 'in', values: ['SP'] }],
          assign: { team: 'inside' },
        })}
        titleOf={(rule, i) => t.rule(i + 1, String(rule.id ?? ''))}
      >
        {(i) => {
          const at = ['routing', 'rules', i] as const;
          return (
            <>
              <DraftText path={[...at, 'id']} label={t.id} />
              <LabelFields path={[...at, 'label']} />
              <TargetFields path={[...at, 'assign']} kinds={['team', 'user']} />
              <div className="span-all">
                <h4>{t.when}</h4>
                <ItemList
                  path={[...at, 'when']}
                  addLabel={t.addCondition}
                  newItem={() => ({ field: 'company.state', operator: 'in', values: ['SP'] })}
                  titleOf={(c, j) => t.condition(j + 1, String(c.field ?? ''))}
                >
                  {(j) => {
                    const field = String(getAt(draft.value, [...at, 'when', j, 'field']) ?? '');
                    return (
                      <>
                        <DraftText
                          path={[...at, 'when', j, 'field']}
                          label={t.field}
                          hint={fieldHint(field)}
                          list={FIT_FIELD_LIST}
                        />
                        <OperandFields path={[...at, 'when', j]} isNumeric={field === 'company.employees'} />
                      </>
                    );
                  }}
                </ItemList>
              </div>
            </>
          );
        }}
      </ItemList>
      <h3>{t.fallback}</h3>
      <div className="item-fields">
        <TargetFields path={['routing', 'fallback']} kinds={['queue', 'team']} />
      </div>
    </div>
  );
}
