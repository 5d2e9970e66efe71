import { createContext, type ReactNode, useContext } from 'react';
import { formatPath } from './path.ts';
import type { Path } from './yaml-edit.ts';
import { editYaml, insertItem, moveItem } from './yaml-edit.ts';

/** A validation problem of the server's 400, with the YAML line when the draft is text. */
export interface PlaybookProblem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export interface Draft {
  /** The parsed draft; null while its YAML has a syntax error. */
  value: Record<string, unknown> | null;
  isReadOnly: boolean;
  /** Applies a text edit; `touched` clears the problems shown at that path. */
  edit(change: (source: string) => string, touched: Path): void;
  problems: readonly PlaybookProblem[];
}

const DraftContext = createContext<Draft | null>(null);

export function DraftProvider({ draft, children }: { draft: Draft; children: ReactNode }) {
  return <DraftContext.Provider value={draft}>{children}</DraftContext.Provider>;
}

/** The draft being edited, with helpers that write through the YAML text. */
export function useDraft() {
  const draft = useContext(DraftContext);
  if (!draft) {
    throw new Error('useDraft outside DraftProvider');
  }
  return {
    ...draft,
    set: (path: Path, value: unknown) => draft.edit((s) => editYaml(s, path, value), path),
    insert: (path: Path, item: unknown) => draft.edit((s) => insertItem(s, path, item), path),
    move: (path: Path, from: number, to: number) => draft.edit((s) => moveItem(s, path, from, to), path),
    remove: (path: Path, index: number) => draft.edit((s) => editYaml(s, [...path, index], undefined), path),
  };
}

/** The server's messages for exactly this path, joined; undefined when there are none. */
export function useProblem(path: Path): string | undefined {
  const { problems } = useDraft();
  const key = formatPath(path);
  const messages = problems.filter((p) => p.path === key).map((p) => p.message);
  return messages.length > 0 ? messages.join('; ') : undefined;
}
