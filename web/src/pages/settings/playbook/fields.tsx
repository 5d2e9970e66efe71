import type { ReactNode } from 'react';
import { SelectField, TextArea, TextField } from '../../../ui/ui.tsx';
import { useDraft, useProblem } from './draft-context.tsx';
import { formatPath, getAt } from './path.ts';
import { useFieldText } from './use-field-text.ts';
import type { Path } from './yaml-edit.ts';

interface BoundProps {
  path: Path;
  label: ReactNode;
  hint?: ReactNode;
}

const textOf = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** A text value of the draft; empty removes an `optional` key. */
export function DraftText({
  path,
  label,
  hint,
  optional,
  multiline,
  list,
}: BoundProps & { optional?: boolean; multiline?: boolean; list?: string }) {
  const draft = useDraft();
  const error = useProblem(path);
  const value = textOf(getAt(draft.value, path));
  const change = (text: string) => draft.set(path, text === '' && optional ? undefined : text);
  const common = { label, hint, error, value, 'data-path': formatPath(path), readOnly: draft.isReadOnly };
  return multiline ? (
    <TextArea {...common} rows={3} onChange={(e) => change(e.target.value)} />
  ) : (
    <TextField {...common} list={list} onChange={(e) => change(e.target.value)} />
  );
}

/** A number of the draft. Empty is `null` when `nullable` (no limit), removed when `optional`. */
export function DraftNumber({
  path,
  label,
  hint,
  optional,
  nullable,
  min,
  step = 'any',
}: BoundProps & { optional?: boolean; nullable?: boolean; min?: number; step?: string }) {
  const draft = useDraft();
  const error = useProblem(path);
  const external = textOf(getAt(draft.value, path));
  const [text, setText] = useFieldText(external, (t) => (t.trim() === '' ? '' : String(Number(t))));
  const change = (raw: string) => {
    setText(raw);
    if (raw.trim() === '') {
      draft.set(path, optional && !nullable ? undefined : null);
    } else if (!Number.isNaN(Number(raw))) {
      draft.set(path, Number(raw));
    }
  };
  return (
    <TextField
      label={label}
      hint={hint}
      error={error}
      type="number"
      inputMode="decimal"
      min={min}
      step={step}
      value={text}
      readOnly={draft.isReadOnly}
      data-path={formatPath(path)}
      onChange={(e) => change(e.target.value)}
    />
  );
}

/** One of a list; `optional` adds an empty choice that removes the key. */
export function DraftSelect({
  path,
  label,
  hint,
  options,
  optional,
  emptyLabel = '—',
  onValue,
}: BoundProps & {
  options: Array<{ value: string; label: string }>;
  optional?: boolean;
  emptyLabel?: string;
  /** Instead of setting the value: for choices that change other keys too. */
  onValue?: (value: string) => void;
}) {
  const draft = useDraft();
  const error = useProblem(path);
  const value = textOf(getAt(draft.value, path));
  const known = options.some((o) => o.value === value);
  return (
    <SelectField
      label={label}
      hint={hint}
      error={error}
      value={value}
      disabled={draft.isReadOnly}
      data-path={formatPath(path)}
      onChange={(e) =>
        onValue
          ? onValue(e.target.value)
          : draft.set(path, e.target.value === '' && optional ? undefined : e.target.value)
      }
      options={[
        ...(optional || !known ? [{ value: '', label: emptyLabel }] : []),
        ...(known || value === '' ? [] : [{ value, label: value }]),
        ...options,
      ]}
    />
  );
}

/** A yes/no of the draft; `fallback` is what the server assumes when the key is absent. */
export function DraftCheck({ path, label, fallback = false }: BoundProps & { fallback?: boolean }) {
  const draft = useDraft();
  const error = useProblem(path);
  const value = getAt(draft.value, path);
  return (
    <div className={`field ${error ? 'field-invalid' : ''}`}>
      <label className="check">
        <input
          type="checkbox"
          checked={typeof value === 'boolean' ? value : fallback}
          disabled={draft.isReadOnly}
          data-path={formatPath(path)}
          onChange={(e) => draft.set(path, e.target.checked)}
        />{' '}
        {label}
      </label>
      {error ? <small className="field-error">{error}</small> : null}
    </div>
  );
}
