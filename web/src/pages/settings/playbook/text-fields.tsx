import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { useDraft } from './draft-context.tsx';
import { DraftText } from './fields.tsx';
import { getAt } from './path.ts';
import type { Path } from './yaml-edit.ts';

const m = defineMessages({
  'pt-BR': {
    inLang: (label: string, lang: string) => `${label} (${lang})`,
    label: 'Rótulo',
    labelHint: 'O que as pessoas leem; o mesmo nos dois idiomas, ou um por idioma.',
  },
  en: {
    inLang: (label: string, lang: string) => `${label} (${lang})`,
    label: 'Label',
    labelHint: 'What people read; one for both languages, or one per language.',
  },
});

/** A text both teams read, in Portuguese and English. */
export function LocalizedFields({
  path,
  label,
  multiline,
}: {
  path: Path;
  label: string;
  multiline?: boolean;
}) {
  const t = useMessages(m);
  return (
    <div className="pair">
      <DraftText path={[...path, 'pt-BR']} label={t.inLang(label, 'pt-BR')} multiline={multiline} />
      <DraftText path={[...path, 'en']} label={t.inLang(label, 'en')} multiline={multiline} />
    </div>
  );
}

/** A rule's label: one text (`Pricing page`) or one per language, as the document has it. */
export function LabelFields({ path }: { path: Path }) {
  const t = useMessages(m);
  const { value } = useDraft();
  const label = getAt(value, path);
  if (label !== null && typeof label === 'object') {
    return <LocalizedFields path={path} label={t.label} />;
  }
  return <DraftText path={path} label={t.label} hint={t.labelHint} optional />;
}
