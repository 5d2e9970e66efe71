import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../app/api.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Button, Card, FormError, TextField } from '../../../ui/ui.tsx';
import { BacktestResult } from './BacktestResult.tsx';
import type { PlaybookProblem } from './draft-context.tsx';
import { useBacktest } from './use-playbook.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Prévia da mudança de score',
    intro: 'Reaplica o histórico com o rascunho e com a versão em vigor. Nada é gravado.',
    from: 'De (opcional)',
    to: 'Até, exclusive (opcional)',
    run: 'Ver a prévia',
    stale: 'O rascunho ou a versão em vigor mudou desde esta prévia; veja de novo.',
    invalid: 'O rascunho não é válido: veja os problemas no topo.',
  },
  en: {
    title: 'Preview of the score change',
    intro: 'Replays history under the draft and under the version in force. Nothing is written.',
    from: 'From (optional)',
    to: 'To, exclusive (optional)',
    run: 'Preview',
    stale: 'The draft or the version in force changed since this preview; run it again.',
    invalid: 'The draft is not valid: see the problems at the top.',
  },
});

/** Runs the backtest of the draft; a 400 hands its problems to the editor. */
export function BacktestPanel({
  source,
  currentVersion,
  onProblems,
}: {
  source: string;
  currentVersion: number;
  onProblems(problems: PlaybookProblem[]): void;
}) {
  const t = useMessages(m);
  const backtest = useBacktest();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [ranOn, setRanOn] = useState<{ source: string; version: number } | null>(null);
  const run = (event: FormEvent) => {
    event.preventDefault();
    setRanOn({ source, version: currentVersion });
    backtest.mutate(
      { source, ...(from ? { from } : {}), ...(to ? { to } : {}) },
      {
        onSuccess: () => onProblems([]),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 400 && error.problems.length > 0) {
            onProblems(error.problems as PlaybookProblem[]);
          }
        },
      },
    );
  };
  const isInvalid = backtest.error instanceof ApiError && backtest.error.problems.length > 0;
  return (
    <Card title={t.title}>
      <p className="muted small">{t.intro}</p>
      <form className="row backtest-form" onSubmit={run} noValidate>
        <TextField label={t.from} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField label={t.to} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        <Button type="submit" variant="primary" busy={backtest.isPending}>
          {t.run}
        </Button>
      </form>
      {isInvalid ? (
        <p className="form-error" role="alert">
          {t.invalid}
        </p>
      ) : (
        <FormError error={backtest.error} />
      )}
      {backtest.data && !backtest.isPending ? (
        <>
          {ranOn?.source !== source || ranOn.version !== currentVersion ? (
            <p className="notice" role="status">
              {t.stale}
            </p>
          ) : null}
          <BacktestResult report={backtest.data} currentVersion={ranOn?.version ?? currentVersion} />
        </>
      ) : null}
    </Card>
  );
}
