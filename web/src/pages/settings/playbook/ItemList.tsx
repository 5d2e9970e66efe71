import type { ReactNode } from 'react';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Button } from '../../../ui/ui.tsx';
import { useDraft, useProblem } from './draft-context.tsx';
import { getAt } from './path.ts';
import type { Path } from './yaml-edit.ts';

const m = defineMessages({
  'pt-BR': {
    up: (title: string) => `Subir ${title}`,
    down: (title: string) => `Descer ${title}`,
    remove: (title: string) => `Remover ${title}`,
    upShort: '↑ Subir',
    downShort: '↓ Descer',
    removeShort: 'Remover',
    empty: 'Nenhum item.',
  },
  en: {
    up: (title: string) => `Move ${title} up`,
    down: (title: string) => `Move ${title} down`,
    remove: (title: string) => `Remove ${title}`,
    upShort: '↑ Up',
    downShort: '↓ Down',
    removeShort: 'Remove',
    empty: 'No items.',
  },
});

function ItemCard({
  path,
  index,
  count,
  title,
  children,
}: {
  path: Path;
  index: number;
  count: number;
  title: string;
  children: ReactNode;
}) {
  const t = useMessages(m);
  const draft = useDraft();
  const problem = useProblem([...path, index]);
  return (
    <li>
      <fieldset className={`item ${problem ? 'field-invalid' : ''}`}>
        <legend>{title}</legend>
        {draft.isReadOnly ? null : (
          <div className="item-actions">
            <Button
              size="sm"
              variant="ghost"
              aria-label={t.up(title)}
              disabled={index === 0}
              onClick={() => draft.move(path, index, index - 1)}
            >
              {t.upShort}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              aria-label={t.down(title)}
              disabled={index === count - 1}
              onClick={() => draft.move(path, index, index + 1)}
            >
              {t.downShort}
            </Button>
            <Button
              size="sm"
              variant="danger"
              aria-label={t.remove(title)}
              onClick={() => draft.remove(path, index)}
            >
              {t.removeShort}
            </Button>
          </div>
        )}
        {problem ? <p className="field-error">{problem}</p> : null}
        <div className="item-fields">{children}</div>
      </fieldset>
    </li>
  );
}

/**
 * A list of the draft (rules, conditions, reasons, steps): each item in its own labelled
 * group with up, down and remove; order matters where the server says it does (routing).
 */
export function ItemList({
  path,
  addLabel,
  newItem,
  titleOf,
  children,
}: {
  path: Path;
  addLabel: string;
  newItem: () => unknown;
  titleOf: (item: Record<string, unknown>, index: number) => string;
  children: (index: number) => ReactNode;
}) {
  const t = useMessages(m);
  const draft = useDraft();
  const value = getAt(draft.value, path);
  const items = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  const listProblem = useProblem(path);
  return (
    <div className="stack">
      {listProblem ? <p className="field-error">{listProblem}</p> : null}
      {items.length === 0 ? <p className="muted small">{t.empty}</p> : null}
      <ol className="items">
        {items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the YAML list has no ids of its own; position is its identity.
          <ItemCard key={i} path={path} index={i} count={items.length} title={titleOf(item ?? {}, i)}>
            {children(i)}
          </ItemCard>
        ))}
      </ol>
      {draft.isReadOnly ? null : (
        <div>
          <Button size="sm" onClick={() => draft.insert(path, newItem())}>
            {addLabel}
          </Button>
        </div>
      )}
    </div>
  );
}
