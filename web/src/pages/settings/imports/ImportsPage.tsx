import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormat } from '../../../app/format.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Button, Card, EmptyState, ErrorState, Loading } from '../../../ui/ui.tsx';
import { ImportForm } from './ImportForm.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { useImports } from './use-imports.ts';

const m = defineMessages({
  'pt-BR': {
    recent: 'Importações recentes (desde que o servidor iniciou)',
    none: 'Nenhuma importação ainda.',
    files: 'Arquivos',
    when: 'Quando',
    who: 'Quem',
    status: 'Situação',
    rows: 'Linhas',
    statuses: { queued: 'Na fila', running: 'Importando', done: 'Concluída', failed: 'Interrompida' },
    view: 'Ver',
    viewLabel: (files: string) => `Ver a importação de ${files}`,
  },
  en: {
    recent: 'Recent imports (since the server started)',
    none: 'No imports yet.',
    files: 'Files',
    when: 'When',
    who: 'Who',
    status: 'Status',
    rows: 'Rows',
    statuses: { queued: 'Queued', running: 'Importing', done: 'Done', failed: 'Stopped' },
    view: 'View',
    viewLabel: (files: string) => `View the import of ${files}`,
  },
});

export function ImportsPage() {
  const t = useMessages(m);
  const f = useFormat();
  const client = useQueryClient();
  const imports = useImports();
  const [shown, setShown] = useState<string | null>(null);
  return (
    <div className="stack">
      <ImportForm
        onStarted={(job) => {
          client.setQueryData(['imports', job.id], job);
          void client.invalidateQueries({ queryKey: ['imports'], exact: true });
          setShown(job.id);
        }}
      />
      {shown ? <ImportProgress id={shown} /> : null}
      <Card title={t.recent}>
        {imports.isPending ? (
          <Loading />
        ) : imports.isError ? (
          <ErrorState error={imports.error} onRetry={() => void imports.refetch()} />
        ) : imports.data.items.length === 0 ? (
          <EmptyState title={t.none} />
        ) : (
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">{t.recent}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.files}</th>
                  <th scope="col">{t.when}</th>
                  <th scope="col">{t.who}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col" className="num">
                    {t.rows}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t.view}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {imports.data.items.map((job) => {
                  const names = job.files.map((x) => x.file).join(', ');
                  return (
                    <tr key={job.id}>
                      <th scope="row">{names}</th>
                      <td>{f.dateTime(job.createdAt)}</td>
                      <td>{job.createdBy}</td>
                      <td>{t.statuses[job.status]}</td>
                      <td className="num">{`${f.number(job.rowsDone)} / ${f.number(job.rowsTotal)}`}</td>
                      <td>
                        <Button size="sm" aria-label={t.viewLabel(names)} onClick={() => setShown(job.id)}>
                          {t.view}
                        </Button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
