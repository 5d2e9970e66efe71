import { defineMessages, useMessages } from '../../../../app/i18n.tsx';
import { FIT_FIELDS } from '../vocab.ts';
import { vocab } from '../vocab-labels.ts';

/** The id of the list of lead and company fields that fit and routing conditions read. */
export const FIT_FIELD_LIST = 'playbook-fit-fields';

const CUSTOM = /^(company\.)?fields\.[^.\s]\S*$/;

const m = defineMessages({
  'pt-BR': {
    custom: 'Campo personalizado',
    unknown: 'Use um dos campos sugeridos, fields.<chave> ou company.fields.<chave>.',
  },
  en: {
    custom: 'Custom field',
    unknown: 'Use one of the suggested fields, fields.<key> or company.fields.<key>.',
  },
});

/** Suggestions for a field input (`<input list>`): known fields, custom ones still allowed. */
export function FieldSuggestions() {
  const v = useMessages(vocab);
  return (
    <datalist id={FIT_FIELD_LIST}>
      {FIT_FIELDS.map((field) => (
        <option key={field} value={field}>
          {v.fields[field]}
        </option>
      ))}
    </datalist>
  );
}

/** What a field name means, as the hint under its input. */
export function useFieldHint(): (field: string) => string {
  const t = useMessages(m);
  const v = useMessages(vocab);
  return (field) => v.fields[field] ?? (CUSTOM.test(field) ? t.custom : t.unknown);
}
