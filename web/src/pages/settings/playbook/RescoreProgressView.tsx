import { useFormat } from '../../../app/format.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { useRescore } from './use-playbook.ts';

const m = defineMessages({
  'pt-BR': {
    label: 'Reavaliando os leads com a nova versão',
    running: (done: string, total: string) => `Reavaliando leads: ${done} de ${total}`,
    done: (total: string, qualified: string) =>
      `Todos os ${total} leads reavaliados; ${qualified} viraram MQL agora.`,
    waiting: 'Reavaliação na fila…',
  },
  en: {
    label: 'Rescoring the leads under the new version',
    running: (done: string, total: string) => `Rescoring leads: ${done} of ${total}`,
    done: (total: string, qualified: string) => `All ${total} leads rescored; ${qualified} became MQL now.`,
    waiting: 'Rescore queued…',
  },
});

/** Progress of the rescore that follows an apply (polled until it ends). */
export function RescoreProgressView({ version }: { version: number }) {
  const t = useMessages(m);
  const f = useFormat();
  const rescore = useRescore(version).data?.rescore;
  if (!rescore || rescore.version !== version) {
    return <p className="muted small">{t.waiting}</p>;
  }
  const isDone = rescore.finishedAt !== null;
  return (
    <div className="row rescore" aria-live="polite">
      <progress max={Math.max(1, rescore.total)} value={rescore.done} aria-label={t.label} />
      <span>
        {isDone
          ? t.done(f.number(rescore.total), f.number(rescore.qualified))
          : t.running(f.number(rescore.done), f.number(rescore.total))}
      </span>
    </div>
  );
}
