import { type FormEvent, useState } from 'react';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { Button, Card, FormError, SelectField, TextField } from '../../ui/ui.tsx';
import { type Lead, STAGES, type Stage } from './api-types.ts';
import { useMoveStage } from './hooks/useWorkActions.ts';
import { leadWords } from './labels.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Mover de estágio (correção)',
    help: 'Para correções que as duas equipes podem auditar. Os movimentos de costume acontecem sozinhos.',
    to: 'Novo estágio',
    reason: 'Motivo (obrigatório)',
    move: 'Mover',
    moved: (stage: string) => `Movido para ${stage}.`,
  },
  en: {
    title: 'Move stage (correction)',
    help: 'For corrections both teams can audit. The usual moves happen by themselves.',
    to: 'New stage',
    reason: 'Reason (required)',
    move: 'Move',
    moved: (stage: string) => `Moved to ${stage}.`,
  },
});

/** A manual stage move, with the reason the transition records. */
export function StageMove({ lead }: { lead: Lead }) {
  const t = useMessages(m);
  const words = useMessages(leadWords);
  const move = useMoveStage(lead.id);
  const targets = STAGES.filter((s) => s !== lead.stage);
  const [to, setTo] = useState<Stage>(targets[0] ?? 'lead');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      return;
    }
    move.mutate(
      { to, reason: reason.trim() },
      {
        onSuccess: () => {
          setReason('');
          setDone(t.moved(words.stages[to]));
        },
      },
    );
  };
  return (
    <Card title={t.title}>
      <form className="stack" onSubmit={submit}>
        <p className="small muted" style={{ margin: 0 }}>
          {t.help}
        </p>
        <SelectField
          label={t.to}
          value={to}
          onChange={(e) => setTo(e.target.value as Stage)}
          options={targets.map((s) => ({ value: s, label: words.stages[s] }))}
        />
        <TextField
          label={t.reason}
          value={reason}
          maxLength={1000}
          required
          onChange={(e) => setReason(e.target.value)}
        />
        <FormError error={move.error} />
        <p className="small" role="status" style={{ margin: 0 }}>
          {done}
        </p>
        <div>
          <Button type="submit" disabled={!reason.trim()} busy={move.isPending}>
            {t.move}
          </Button>
        </div>
      </form>
    </Card>
  );
}
