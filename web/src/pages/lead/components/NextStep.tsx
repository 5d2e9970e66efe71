import { useFormat } from '../../../app/format.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Badge } from '../../../ui/ui.tsx';
import type { LeadSla } from '../api-types.ts';
import { leadWords } from '../labels.ts';
import { nextTask } from '../sla-view.ts';

const m = defineMessages({
  'pt-BR': {
    next: 'Próximo passo',
    none: 'Cadência concluída',
    due: (when: string) => `até ${when}`,
    overdue: 'Atrasado',
  },
  en: {
    next: 'Next step',
    none: 'Cadence done',
    due: (when: string) => `by ${when}`,
    overdue: 'Overdue',
  },
});

/** The cadence's next step not done yet: channel, what to do, by when; late ones say so. */
export function NextStep({ sla }: { sla: LeadSla }) {
  const t = useMessages(m);
  const words = useMessages(leadWords);
  const fmt = useFormat();
  const task = nextTask(sla);
  if (!task) {
    return <span className="muted small">{t.none}</span>;
  }
  return (
    <div className="next-step" data-next-step={task.channel}>
      <span className="visually-hidden">{t.next}: </span>
      <strong>{task.label[fmt.lang] || words.channels[task.channel]}</strong>{' '}
      <span className="small muted">{t.due(fmt.dateTime(task.dueAt))}</span>{' '}
      {task.status === 'overdue' ? <Badge tone="danger">{t.overdue}</Badge> : null}
    </div>
  );
}
