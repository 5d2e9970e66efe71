import { type RefObject, useId, useMemo, useState } from 'react';
import { defineMessages, useMessages } from '../../../../app/i18n.tsx';
import { Tabs } from '../../../../ui/ui.tsx';
import { readDraft } from '../yaml-edit.ts';

const m = defineMessages({
  'pt-BR': {
    views: 'Formato do documento',
    yaml: 'YAML (editável)',
    json: 'JSON (só leitura)',
    label: 'O playbook inteiro, em YAML (ou JSON)',
    hint: 'Para o que os formulários não cobrem. Comentários (#) são guardados com a versão.',
    caret: (line: number, column: number) => `Linha ${line}, coluna ${column}`,
    broken: (line: string, message: string) => `Erro de sintaxe${line}: ${message}`,
    atLine: (line: number) => ` na linha ${line}`,
  },
  en: {
    views: 'Document format',
    yaml: 'YAML (editable)',
    json: 'JSON (read only)',
    label: 'The whole playbook, as YAML (or JSON)',
    hint: 'For anything the forms do not cover. Comments (#) are kept with the version.',
    caret: (line: number, column: number) => `Line ${line}, column ${column}`,
    broken: (line: string, message: string) => `Syntax error${line}: ${message}`,
    atLine: (line: number) => ` at line ${line}`,
  },
});

/** Line and column (1-based) of an offset of the text. */
export function caretOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

export function SourceSection({
  source,
  onChange,
  isReadOnly,
  textarea,
}: {
  source: string;
  onChange(source: string): void;
  isReadOnly: boolean;
  textarea: RefObject<HTMLTextAreaElement | null>;
}) {
  const t = useMessages(m);
  const id = useId();
  const [view, setView] = useState<'yaml' | 'json'>('yaml');
  const [caret, setCaret] = useState({ line: 1, column: 1 });
  const read = useMemo(() => readDraft(source), [source]);
  const track = () => {
    const el = textarea.current;
    if (el) {
      setCaret(caretOf(el.value, el.selectionStart));
    }
  };
  return (
    <div className="stack">
      <Tabs<'yaml' | 'json'>
        label={t.views}
        value={view}
        onChange={setView}
        tabs={[
          { value: 'yaml', label: t.yaml },
          { value: 'json', label: t.json },
        ]}
      />
      {view === 'yaml' ? (
        <div className="field">
          <label htmlFor={id}>{t.label}</label>
          <textarea
            id={id}
            ref={textarea}
            className="mono source"
            spellCheck={false}
            rows={30}
            value={source}
            readOnly={isReadOnly}
            aria-describedby={`${id}-hint ${id}-caret`}
            onChange={(e) => onChange(e.target.value)}
            onSelect={track}
            onKeyUp={track}
            onClick={track}
          />
          <div className="spread small muted">
            <span id={`${id}-hint`}>{t.hint}</span>
            <span id={`${id}-caret`} aria-live="off">
              {t.caret(caret.line, caret.column)}
            </span>
          </div>
        </div>
      ) : read.ok ? (
        <pre className="mono code-block source">{JSON.stringify(read.value, null, 2)}</pre>
      ) : (
        <p className="form-error" role="alert">
          {t.broken(read.line ? t.atLine(read.line) : '', read.message)}
        </p>
      )}
    </div>
  );
}
