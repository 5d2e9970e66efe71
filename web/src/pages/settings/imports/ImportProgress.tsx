import { useFormat } from '../../../app/format.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Badge, Card, ErrorState, Loading } from '../../../ui/ui.tsx';
import { isRunning, type RowProblem, useImport } from './use-imports.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Importação',
    statuses: { queued: 'Na fila', running: 'Importando', done: 'Concluída', failed: 'Interrompida' },
    rows: (done: string, total: string) => `${done} de ${total} linhas`,
    progress: 'Progresso da importação',
    created: 'criadas',
    updated: 'atualizadas',
    unchanged: 'sem mudança',
    skipped: 'puladas',
    warnings: 'com aviso',
    summary: (file: string, kind: string) => `${file} (${kind})`,
    skippedRows: 'Linhas puladas e por quê',
    warningRows: 'Linhas importadas com aviso',
    row: 'Linha',
    reason: 'Motivo',
    listed: (shown: number, total: number) => `Mostrando ${shown} de ${total}.`,
  },
  en: {
    title: 'Import',
    statuses: { queued: 'Queued', running: 'Importing', done: 'Done', failed: 'Stopped' },
    rows: (done: string, total: string) => `${done} of ${total} rows`,
    progress: 'Import progress',
    created: 'created',
    updated: 'updated',
    unchanged: 'unchanged',
    skipped: 'skipped',
    warnings: 'with a warning',
    summary: (file: string, kind: string) => `${file} (${kind})`,
    skippedRows: 'Skipped rows and why',
    warningRows: 'Rows imported with a warning',
    row: 'Row',
    reason: 'Reason',
    listed: (shown: number, total: number) => `Showing ${shown} of ${total}.`,
  },
});

const TONE = { queued: 'neutral', running: 'info', done: 'success', failed: 'danger' } as const;

function Problems({ caption, problems, total }: { caption: string; problems: RowProblem[]; total: number }) {
  const t = useMessages(m);
  if (total === 0) {
    return null;
  }
  return (
    <details open={problems.length <= 20}>
      <summary>{`${caption} (${total})`}</summary>
      <table className="data">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t.row}
            </th>
            <th scope="col">{t.reason}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p) => (
            <tr key={`${p.row}:${p.reason}`}>
              <td className="num">{p.row}</td>
              <td>{p.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length < total ? <p className="muted small">{t.listed(problems.length, total)}</p> : null}
    </details>
  );
}

/** An import as it runs (polled), then what every file did. */
export function ImportProgress({ id }: { id: string }) {
  const t = useMessages(m);
  const f = useFormat();
  const job = useImport(id);
  if (job.isPending) {
    return <Loading />;
  }
  if (job.isError) {
    return <ErrorState error={job.error} />;
  }
  const j = job.data;
  return (
    <Card title={t.title} actions={<Badge tone={TONE[j.status]}>{t.statuses[j.status]}</Badge>}>
      <div className="stack" aria-live="polite">
        <div className="row">
          <progress max={Math.max(1, j.rowsTotal)} value={j.rowsDone} aria-label={t.progress} />
          <span>{t.rows(f.number(j.rowsDone), f.number(j.rowsTotal))}</span>
        </div>
        {j.error ? (
          <p className="form-error" role="alert">
            {j.error}
          </p>
        ) : null}
        {j.files.map((file) => (
          <section key={file.file} className="stack import-file">
            <h3>{t.summary(file.file, file.kind)}</h3>
            {file.summary ? (
              <p className="import-summary">
                <strong>{f.number(file.summary.created)}</strong> {t.created} ·{' '}
                <strong>{f.number(file.summary.updated)}</strong> {t.updated} ·{' '}
                <strong>{f.number(file.summary.unchanged)}</strong> {t.unchanged} ·{' '}
                <strong>{f.number(file.summary.skipped)}</strong> {t.skipped} ·{' '}
                <strong>{f.number(file.summary.warnings)}</strong> {t.warnings}
              </p>
            ) : isRunning(j) ? (
              <p className="muted">{t.rows(f.number(file.done), f.number(file.total))}</p>
            ) : null}
            <Problems caption={t.skippedRows} problems={file.skipped} total={file.summary?.skipped ?? 0} />
            <Problems caption={t.warningRows} problems={file.warnings} total={file.summary?.warnings ?? 0} />
          </section>
        ))}
      </div>
    </Card>
  );
}
