import type { ReactNode } from 'react';
import { TextArea } from '../../../ui/ui.tsx';
import { CheckboxGroup } from '../common/CheckboxGroup.tsx';
import { useDraft, useProblem } from './draft-context.tsx';
import { formatPath, getAt, isWithin } from './path.ts';
import { useFieldText } from './use-field-text.ts';
import type { Path } from './yaml-edit.ts';

const NUMBER = /^-?\d+(\.\d+)?$/;

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * A list of values, one per line (values may hold commas: "serviços, consultoria").
 * Lines that are numbers become numbers when `numeric` (employee counts).
 */
export function DraftLines({
  path,
  label,
  hint,
  numeric,
  optional,
}: {
  path: Path;
  label: ReactNode;
  hint?: ReactNode;
  numeric?: boolean;
  optional?: boolean;
}) {
  const draft = useDraft();
  const value = getAt(draft.value, path);
  const items = Array.isArray(value) ? value.map(String) : [];
  const key = formatPath(path);
  // The list's own problems and its items' (`values[2]`), on the one field.
  const error =
    draft.problems
      .filter((p) => isWithin(p.path, key))
      .map((p) => p.message)
      .join('; ') || undefined;
  const [text, setText] = useFieldText(items.join('\n'), (t) => linesOf(t).join('\n'));
  const change = (raw: string) => {
    setText(raw);
    const lines = linesOf(raw).map((line) => (numeric && NUMBER.test(line) ? Number(line) : line));
    draft.set(path, lines.length === 0 && optional ? undefined : lines);
  };
  return (
    <TextArea
      label={label}
      hint={hint}
      error={error}
      rows={Math.min(8, Math.max(2, items.length + 1))}
      value={text}
      readOnly={draft.isReadOnly}
      data-path={formatPath(path)}
      onChange={(e) => change(e.target.value)}
    />
  );
}

/** Several of a fixed list (channels, event types); none removes an `optional` key. */
export function DraftChecks({
  path,
  legend,
  options,
  optional,
}: {
  path: Path;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  optional?: boolean;
}) {
  const draft = useDraft();
  const error = useProblem(path);
  const value = getAt(draft.value, path);
  return (
    <CheckboxGroup
      legend={legend}
      options={options}
      value={Array.isArray(value) ? value.map(String) : []}
      error={error}
      disabled={draft.isReadOnly}
      onChange={(next) => draft.set(path, next.length === 0 && optional ? undefined : next)}
    />
  );
}
