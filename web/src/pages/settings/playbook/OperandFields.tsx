import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { useDraft } from './draft-context.tsx';
import { DraftNumber, DraftSelect, DraftText } from './fields.tsx';
import { DraftLines } from './list-fields.tsx';
import { getAt } from './path.ts';
import { OPERATORS, type Operator, optionsOf } from './vocab.ts';
import { vocab } from './vocab-labels.ts';
import { editYaml, type Path } from './yaml-edit.ts';

const m = defineMessages({
  'pt-BR': {
    operator: 'Condição',
    value: 'Valor',
    values: 'Valores (um por linha)',
    keywords: 'Palavras-chave (uma por linha)',
    keywordsHint:
      'Casam no início de uma palavra, sem diferenciar maiúsculas e acentos; "/precos" casa em qualquer posição.',
    min: 'Mínimo (inclusivo)',
    max: 'Máximo (inclusivo)',
  },
  en: {
    operator: 'Condition',
    value: 'Value',
    values: 'Values (one per line)',
    keywords: 'Keywords (one per line)',
    keywordsHint: 'Match at the start of a word, ignoring case and accents; "/pricing" matches anywhere.',
    min: 'Minimum (inclusive)',
    max: 'Maximum (inclusive)',
  },
});

type Operand = { operator?: string; value?: unknown; values?: unknown[]; min?: unknown; max?: unknown };

/** Which operand keys each operator reads (src/playbook/condition-schema.ts). */
const USES: Record<Operator, readonly (keyof Operand)[]> = {
  equals: ['value'],
  in: ['values'],
  contains: ['value', 'values'],
  range: ['min', 'max'],
  exists: [],
};

/** A new operator keeps what it can of the old operands (`value` ↔ `values`) and drops the rest. */
function switchOperator(source: string, path: Path, operand: Operand, next: Operator): string {
  const list = operand.values ?? (operand.value !== undefined ? [operand.value] : undefined);
  let out = editYaml(source, [...path, 'operator'], next);
  for (const key of ['value', 'values', 'min', 'max'] as const) {
    if (operand[key] !== undefined && !USES[next].includes(key)) {
      out = editYaml(out, [...path, key], undefined);
    }
  }
  if (next !== 'equals' && USES[next].includes('values') && operand.values === undefined && list) {
    out = editYaml(out, [...path, 'values'], list);
  }
  if (next === 'equals' && operand.value === undefined && list?.[0] !== undefined) {
    out = editYaml(out, [...path, 'value'], list[0]);
  }
  return out;
}

/** The comparison of a fit rule, an engagement condition or a routing condition. */
export function OperandFields({ path, isNumeric }: { path: Path; isNumeric?: boolean }) {
  const t = useMessages(m);
  const v = useMessages(vocab);
  const draft = useDraft();
  const operand = (getAt(draft.value, path) ?? {}) as Operand;
  const operator = operand.operator as Operator | undefined;
  return (
    <>
      <DraftSelect
        path={[...path, 'operator']}
        label={t.operator}
        options={optionsOf(OPERATORS, v.operators)}
        onValue={(next) =>
          draft.edit((s) => switchOperator(s, path, operand, next as Operator), [...path, 'operator'])
        }
      />
      {operator === 'equals' ? (
        isNumeric ? (
          <DraftNumber path={[...path, 'value']} label={t.value} />
        ) : (
          <DraftText path={[...path, 'value']} label={t.value} />
        )
      ) : null}
      {operator === 'in' ? (
        <DraftLines path={[...path, 'values']} label={t.values} numeric={isNumeric} />
      ) : null}
      {operator === 'contains' && operand.value !== undefined ? (
        <DraftText path={[...path, 'value']} label={t.value} hint={t.keywordsHint} />
      ) : null}
      {operator === 'contains' && operand.value === undefined ? (
        <DraftLines path={[...path, 'values']} label={t.keywords} hint={t.keywordsHint} />
      ) : null}
      {operator === 'range' ? (
        <>
          <DraftNumber path={[...path, 'min']} label={t.min} optional />
          <DraftNumber path={[...path, 'max']} label={t.max} optional />
        </>
      ) : null}
    </>
  );
}
