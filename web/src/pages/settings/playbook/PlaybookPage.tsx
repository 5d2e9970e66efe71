import { useEffect, useMemo, useRef, useState } from 'react';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { useCan } from '../../../app/session.tsx';
import { Button, ErrorState, Loading, Tabs } from '../../../ui/ui.tsx';
import { BacktestPanel } from './BacktestPanel.tsx';
import { type Draft, DraftProvider, type PlaybookProblem } from './draft-context.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { ProblemList } from './ProblemList.tsx';
import { formatPath, isWithin, SECTIONS, type SectionId, sectionOf } from './path.ts';
import { SavePanel } from './SavePanel.tsx';
import { SectionForm } from './SectionForm.tsx';
import { SourceSection } from './sections/SourceSection.tsx';
import { type PlaybookVersion, usePlaybook } from './use-playbook.ts';
import { VersionBar } from './VersionBar.tsx';
import { readDraft } from './yaml-edit.ts';
import './playbook.css';

const m = defineMessages({
  'pt-BR': {
    sections: 'Seções do playbook',
    names: {
      stages: 'Estágios e ICP',
      fit: 'Fit',
      engagement: 'Engajamento',
      mql: 'Regra de MQL',
      rejection: 'Motivos de rejeição',
      routing: 'Roteamento',
      sla: 'SLA e calendário',
      cadence: 'Cadência',
      source: 'YAML / JSON',
    } as Record<SectionId, string>,
    syntax: (line: string, message: string) =>
      `O YAML tem um erro de sintaxe${line}: ${message}. Corrija no YAML para voltar aos formulários.`,
    atLine: (n: number) => ` na linha ${n}`,
    openSource: 'Abrir o YAML',
    newer: (v: number) =>
      `A versão ${v} foi aplicada por outra pessoa enquanto você editava; compare no histórico antes de salvar.`,
  },
  en: {
    sections: 'Playbook sections',
    names: {
      stages: 'Stages and ICP',
      fit: 'Fit',
      engagement: 'Engagement',
      mql: 'MQL rule',
      rejection: 'Rejection reasons',
      routing: 'Routing',
      sla: 'SLA and calendar',
      cadence: 'Cadence',
      source: 'YAML / JSON',
    } as Record<SectionId, string>,
    syntax: (line: string, message: string) =>
      `The YAML has a syntax error${line}: ${message}. Fix it in the YAML to get the forms back.`,
    atLine: (n: number) => ` at line ${n}`,
    openSource: 'Open the YAML',
    newer: (v: number) =>
      `Version ${v} was applied by someone else while you edited; compare in the history before saving.`,
  },
});

/** Offset of the start of a line (1-based) of the text. */
const offsetOfLine = (text: string, line: number) =>
  text
    .split('\n')
    .slice(0, line - 1)
    .join('\n').length + (line > 1 ? 1 : 0);

function PlaybookEditor({ current }: { current: PlaybookVersion }) {
  const t = useMessages(m);
  const isReadOnly = !useCan()('playbook:write');
  const [draft, setDraft] = useState(current.source);
  const [base, setBase] = useState({ source: current.source, version: current.version });
  const [problems, setProblems] = useState<PlaybookProblem[]>([]);
  const [section, setSection] = useState<SectionId>('fit');
  const [focus, setFocus] = useState<PlaybookProblem | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  // A new version in force (saved here, or elsewhere while nothing was edited) becomes the draft.
  if (current.version > base.version && draft === base.source) {
    setBase({ source: current.source, version: current.version });
    setDraft(current.source);
  }
  const read = useMemo(() => readDraft(draft), [draft]);
  const context: Draft = {
    value: read.ok ? read.value : null,
    isReadOnly,
    problems,
    edit: (change, touched) => {
      setDraft((source) => change(source));
      const key = formatPath(touched);
      setProblems((list) => list.filter((p) => !isWithin(p.path, key)));
    },
  };
  useEffect(() => {
    if (!focus) {
      return;
    }
    const field = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(focus.path)}"]`);
    if (field) {
      field.focus();
    } else if (section === 'source' && textarea.current && focus.line) {
      const at = offsetOfLine(textarea.current.value, focus.line);
      textarea.current.focus();
      textarea.current.setSelectionRange(at, at);
    }
    setFocus(null);
  }, [focus, section]);
  const goTo = (problem: PlaybookProblem) => {
    const target = sectionOf(problem.path);
    const hasField = target !== 'source' && read.ok;
    setSection(hasField ? target : 'source');
    setFocus(problem);
  };
  return (
    <DraftProvider draft={context}>
      <div className="stack playbook-editor">
        <VersionBar current={current} isDirty={draft !== current.source} isReadOnly={isReadOnly} />
        {current.version > base.version ? (
          <p className="notice" role="status">
            {t.newer(current.version)}
          </p>
        ) : null}
        <ProblemList problems={problems} onGo={goTo} />
        <Tabs<SectionId>
          label={t.sections}
          value={section}
          onChange={setSection}
          tabs={SECTIONS.map((s) => ({ value: s, label: t.names[s] }))}
        />
        <div role="tabpanel" aria-label={t.names[section]} className="card section-panel">
          {section === 'source' ? (
            <SourceSection source={draft} onChange={setDraft} isReadOnly={isReadOnly} textarea={textarea} />
          ) : read.ok ? (
            <SectionForm section={section} />
          ) : (
            <div className="form-error" role="alert">
              <p>{t.syntax(read.line ? t.atLine(read.line) : '', read.message)}</p>
              <Button size="sm" onClick={() => setSection('source')}>
                {t.openSource}
              </Button>
            </div>
          )}
        </div>
        <div className="grid grid-2">
          <BacktestPanel source={draft} currentVersion={current.version} onProblems={setProblems} />
          {isReadOnly ? null : (
            <SavePanel
              source={draft}
              isDirty={draft !== current.source}
              onProblems={setProblems}
              onDiscard={() => {
                setDraft(current.source);
                setProblems([]);
              }}
              onSaved={(source) => setBase({ source, version: current.version + 1 })}
            />
          )}
        </div>
        <HistoryPanel draft={draft} />
      </div>
    </DraftProvider>
  );
}

/** `/settings/playbook`: the agreement as forms and YAML, a preview, versions and diffs. */
export function PlaybookPage() {
  const current = usePlaybook();
  if (current.isPending) {
    return <Loading />;
  }
  if (current.isError) {
    return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  }
  return <PlaybookEditor current={current.data} />;
}
