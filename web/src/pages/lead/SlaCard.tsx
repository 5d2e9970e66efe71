import { useFormat } from '../../app/format.ts';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { Badge, Card, ErrorState, Loading } from '../../ui/ui.tsx';
import type { Lead, LeadSla, PlaybookDoc, Received } from './api-types.ts';
import { ClockList } from './components/ClockList.tsx';
import { leadWords } from './labels.ts';
import { currentClocks } from './sla-view.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'SLA (tempo útil)',
    noClocks: 'Nenhum prazo correndo: os prazos começam quando um MQL é atribuído.',
    attempts: (made: number, needed: number) => `Tentativas: ${made} de ${needed}`,
    cadence: 'Cadência',
    taskStatus: { done: 'Feito', overdue: 'Atrasado', open: 'A fazer' },
    due: (when: string) => `até ${when}`,
    history: (n: number) =>
      n === 1 ? '1 prazo de atribuições anteriores' : `${n} prazos de atribuições anteriores`,
  },
  en: {
    title: 'SLA (business time)',
    noClocks: 'No deadline running: deadlines start when an MQL is assigned.',
    attempts: (made: number, needed: number) => `Attempts: ${made} of ${needed}`,
    cadence: 'Cadence',
    taskStatus: { done: 'Done', overdue: 'Overdue', open: 'To do' },
    due: (when: string) => `by ${when}`,
    history: (n: number) =>
      n === 1 ? '1 deadline from earlier assignments' : `${n} deadlines from earlier assignments`,
  },
});

const TASK_TONES = { done: 'success', overdue: 'danger', open: 'neutral' } as const;

/** The lead's SLA clocks, live, with the attempts made and the cadence's steps. */
export function SlaCard({
  lead,
  sla,
  playbook,
}: {
  lead: Lead;
  sla: { data?: Received<LeadSla> | undefined; error: unknown; isPending: boolean; refetch(): unknown };
  playbook: PlaybookDoc | undefined;
}) {
  const t = useMessages(m);
  const words = useMessages(leadWords);
  const fmt = useFormat();
  if (sla.isPending) {
    return <Card title={t.title}>{<Loading />}</Card>;
  }
  if (!sla.data) {
    return <Card title={t.title}>{<ErrorState error={sla.error} onRetry={() => sla.refetch()} />}</Card>;
  }
  const data = sla.data;
  const current = currentClocks(data, lead);
  const earlier = data.clocks.filter((c) => c.status === 'stopped').length;
  return (
    <Card title={t.title}>
      {current.length === 0 ? (
        <p className="muted">{t.noClocks}</p>
      ) : (
        <ClockList lead={lead} sla={data} receivedAt={data.receivedAt} playbook={playbook} />
      )}
      {earlier > 0 ? <p className="small muted">{t.history(earlier)}</p> : null}
      {data.tasks.length > 0 ? (
        <>
          <h3 style={{ marginTop: '1rem' }}>{t.cadence}</h3>
          <p className="small muted">{t.attempts(data.attempts.made, data.attempts.needed)}</p>
          <ol className="tasks">
            {data.tasks.map((task) => (
              <li key={task.step}>
                <Badge tone={TASK_TONES[task.status]}>{t.taskStatus[task.status]}</Badge>
                <span>
                  {task.label[fmt.lang] || words.channels[task.channel]}{' '}
                  <span className="small muted">{t.due(fmt.dateTime(task.dueAt))}</span>
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </Card>
  );
}
