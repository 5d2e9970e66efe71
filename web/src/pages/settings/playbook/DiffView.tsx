import { useMemo } from 'react';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { diffRows } from './diff-rows.ts';

const m = defineMessages({
  'pt-BR': {
    caption: (before: string, after: string) => `Diferenças de ${before} para ${after}`,
    summary: (added: number, removed: number) =>
      `${added} ${added === 1 ? 'linha adicionada' : 'linhas adicionadas'}, ${removed} ${removed === 1 ? 'removida' : 'removidas'}`,
    same: 'Os dois textos são iguais.',
    added: 'Adicionada: ',
    removed: 'Removida: ',
    skip: (n: number) => `… ${n} ${n === 1 ? 'linha igual' : 'linhas iguais'} …`,
  },
  en: {
    caption: (before: string, after: string) => `Changes from ${before} to ${after}`,
    summary: (added: number, removed: number) =>
      `${added} ${added === 1 ? 'line' : 'lines'} added, ${removed} removed`,
    same: 'The two texts are the same.',
    added: 'Added: ',
    removed: 'Removed: ',
    skip: (n: number) => `… ${n} unchanged ${n === 1 ? 'line' : 'lines'} …`,
  },
});

const MARK = { added: '+', removed: '−', same: ' ' } as const;

/** A unified diff that reads without colour: +/− marks, and the words for screen readers. */
export function DiffView({
  before,
  after,
  beforeLabel,
  afterLabel,
}: {
  before: string;
  after: string;
  beforeLabel: string;
  afterLabel: string;
}) {
  const t = useMessages(m);
  const { rows, added, removed } = useMemo(() => diffRows(before, after), [before, after]);
  const caption = t.caption(beforeLabel, afterLabel);
  return (
    <figure className="diff" aria-label={caption}>
      <figcaption>
        <strong>{caption}</strong> —{' '}
        <span className="diff-summary">{added + removed === 0 ? t.same : t.summary(added, removed)}</span>
      </figcaption>
      {added + removed === 0 ? null : (
        <ol className="diff-lines mono">
          {rows.map((row, i) =>
            row.kind === 'skip' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows of one diff, never reordered.
              <li key={i} className="diff-skip">
                {t.skip(row.count)}
              </li>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows of one diff, never reordered.
              <li key={i} className={`diff-${row.kind}`}>
                <span className="diff-num" aria-hidden="true">
                  {row.oldLine ?? ''}
                </span>
                <span className="diff-num" aria-hidden="true">
                  {row.newLine ?? ''}
                </span>
                <span className="diff-mark" aria-hidden="true">
                  {MARK[row.kind]}
                </span>
                {row.kind === 'added' ? (
                  <ins>
                    <span className="visually-hidden">{t.added}</span>
                    {row.text}
                  </ins>
                ) : row.kind === 'removed' ? (
                  <del>
                    <span className="visually-hidden">{t.removed}</span>
                    {row.text}
                  </del>
                ) : (
                  <span>{row.text}</span>
                )}
              </li>
            ),
          )}
        </ol>
      )}
    </figure>
  );
}
