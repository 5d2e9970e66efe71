import { useState } from 'react';
import { useFormat } from '../../../app/format.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Button, Card, ErrorState, Loading, Tabs } from '../../../ui/ui.tsx';
import { DiffView } from './DiffView.tsx';
import { usePlaybook, useVersion, useVersions } from './use-playbook.ts';
import { readDraft } from './yaml-edit.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Histórico de versões',
    version: 'Versão',
    when: 'Quando',
    who: 'Quem',
    why: 'Por quê',
    inForce: 'em vigor',
    compare: 'Comparar',
    compareLabel: (n: number) => `Comparar a versão ${n}`,
    with: 'Comparar com',
    current: 'A versão em vigor',
    draft: 'O rascunho',
    mode: 'Comparar como',
    text: 'Texto (com comentários)',
    json: 'Dados (JSON)',
    vLabel: (n: number) => `versão ${n}`,
    draftLabel: 'o rascunho',
    noNote: '—',
  },
  en: {
    title: 'Version history',
    version: 'Version',
    when: 'When',
    who: 'Who',
    why: 'Why',
    inForce: 'in force',
    compare: 'Compare',
    compareLabel: (n: number) => `Compare version ${n}`,
    with: 'Compare with',
    current: 'The version in force',
    draft: 'The draft',
    mode: 'Compare as',
    text: 'Text (with comments)',
    json: 'Data (JSON)',
    vLabel: (n: number) => `version ${n}`,
    draftLabel: 'the draft',
    noNote: '—',
  },
});

const asJson = (source: string) => {
  const read = readDraft(source);
  return read.ok ? `${JSON.stringify(read.value, null, 2)}\n` : source;
};

/** Every version with who, when and why, and a diff of any of them against the version in force or the draft. */
export function HistoryPanel({ draft }: { draft: string }) {
  const t = useMessages(m);
  const f = useFormat();
  const versions = useVersions();
  const current = usePlaybook().data;
  const [selected, setSelected] = useState<number | null>(null);
  const [target, setTarget] = useState<'current' | 'draft'>('current');
  const [mode, setMode] = useState<'text' | 'json'>('text');
  const version = useVersion(selected);
  if (versions.isPending) {
    return <Loading />;
  }
  if (versions.isError) {
    return <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />;
  }
  const after = target === 'draft' ? draft : (current?.source ?? '');
  const afterLabel = target === 'draft' ? t.draftLabel : t.vLabel(current?.version ?? 0);
  return (
    <Card title={t.title}>
      <div className="table-wrap">
        <table className="data">
          <caption className="visually-hidden">{t.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.version}</th>
              <th scope="col">{t.when}</th>
              <th scope="col">{t.who}</th>
              <th scope="col">{t.why}</th>
              <th scope="col">
                <span className="visually-hidden">{t.compare}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.data.items.map((v) => (
              <tr key={v.version} aria-current={v.version === selected ? 'true' : undefined}>
                <th scope="row">
                  v{v.version}{' '}
                  {v.version === current?.version ? <span className="muted small">({t.inForce})</span> : null}
                </th>
                <td>{f.dateTime(v.createdAt)}</td>
                <td>{v.createdBy}</td>
                <td>{v.note || t.noNote}</td>
                <td>
                  <Button
                    size="sm"
                    aria-label={t.compareLabel(v.version)}
                    aria-pressed={v.version === selected}
                    onClick={() => setSelected(v.version)}
                  >
                    {t.compare}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {selected === null ? null : (
        <div className="stack history-diff">
          <div className="row">
            <Tabs<'current' | 'draft'>
              label={t.with}
              value={target}
              onChange={setTarget}
              tabs={[
                { value: 'current', label: t.current },
                { value: 'draft', label: t.draft },
              ]}
            />
            <Tabs<'text' | 'json'>
              label={t.mode}
              value={mode}
              onChange={setMode}
              tabs={[
                { value: 'text', label: t.text },
                { value: 'json', label: t.json },
              ]}
            />
          </div>
          {version.isPending ? (
            <Loading />
          ) : version.isError ? (
            <ErrorState error={version.error} />
          ) : (
            <DiffView
              before={mode === 'json' ? asJson(version.data.source) : version.data.source}
              after={mode === 'json' ? asJson(after) : after}
              beforeLabel={t.vLabel(selected)}
              afterLabel={afterLabel}
            />
          )}
        </div>
      )}
    </Card>
  );
}
