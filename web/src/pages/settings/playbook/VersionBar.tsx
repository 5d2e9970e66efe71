import { useFormat } from '../../../app/format.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Badge } from '../../../ui/ui.tsx';
import type { PlaybookVersion } from './use-playbook.ts';

const m = defineMessages({
  'pt-BR': {
    inForce: (v: number) => `Versão ${v} em vigor`,
    by: (who: string, when: string) => `aplicada por ${who} em ${when}`,
    document: 'O acordo para ler e assinar:',
    docPt: 'português',
    docEn: 'inglês',
    dirty: 'Alterações não salvas',
    readOnly:
      'Você pode ler o playbook e ver a prévia; só admins, marketing e gestores de vendas salvam versões.',
  },
  en: {
    inForce: (v: number) => `Version ${v} in force`,
    by: (who: string, when: string) => `applied by ${who} on ${when}`,
    document: 'The agreement to read and sign:',
    docPt: 'Portuguese',
    docEn: 'English',
    dirty: 'Unsaved changes',
    readOnly:
      'You can read the playbook and preview changes; only admins, marketing and sales managers save versions.',
  },
});

const documentUrl = (lang: string) => `/api/v1/playbook/document?format=html&lang=${lang}`;

/** Which version is in force, who applied it and why; the rendered agreement; unsaved changes. */
export function VersionBar({
  current,
  isDirty,
  isReadOnly,
}: {
  current: PlaybookVersion;
  isDirty: boolean;
  isReadOnly: boolean;
}) {
  const t = useMessages(m);
  const f = useFormat();
  return (
    <div className="version-bar">
      <div>
        <strong>{t.inForce(current.version)}</strong>{' '}
        <span className="muted">
          {t.by(current.createdBy, f.dateTime(current.createdAt))}
          {current.note ? ` — “${current.note}”` : ''}
        </span>
        {isDirty ? (
          <>
            {' '}
            <Badge tone="warning">{t.dirty}</Badge>
          </>
        ) : null}
      </div>
      <div className="small">
        {t.document}{' '}
        <a href={documentUrl('pt-BR')} target="_blank" rel="noreferrer">
          {t.docPt}
        </a>{' '}
        ·{' '}
        <a href={documentUrl('en')} target="_blank" rel="noreferrer">
          {t.docEn}
        </a>
      </div>
      {isReadOnly ? <p className="muted small">{t.readOnly}</p> : null}
    </div>
  );
}
