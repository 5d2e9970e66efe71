import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../app/api.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Button, Card, FormError, TextArea } from '../../../ui/ui.tsx';
import type { PlaybookProblem } from './draft-context.tsx';
import { RescoreProgressView } from './RescoreProgressView.tsx';
import { useApplyPlaybook } from './use-playbook.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Salvar uma nova versão',
    note: 'Por que esta mudança',
    noteHint: 'Fica no histórico, com quem salvou e quando.',
    requalify: 'Tornar MQL já os leads que passarem na nova regra',
    requalifyHint:
      'Desligado: os leads mudam no próximo evento. Veja a prévia antes, para não inundar os vendedores.',
    save: 'Salvar versão',
    discard: 'Descartar mudanças',
    unchanged: 'O rascunho é igual à versão em vigor.',
    saved: (n: number) => `Versão ${n} salva e em vigor.`,
    invalid: 'Nada foi salvo: o servidor recusou o playbook (veja os problemas no topo).',
  },
  en: {
    title: 'Save a new version',
    note: 'Why this change',
    noteHint: 'Kept in the history, with who saved it and when.',
    requalify: 'Make leads that pass the new rule MQL at once',
    requalifyHint: 'Off: leads move on their next event. Check the preview first, so reps are not flooded.',
    save: 'Save version',
    discard: 'Discard changes',
    unchanged: 'The draft is the same as the version in force.',
    saved: (n: number) => `Version ${n} saved and in force.`,
    invalid: 'Nothing was saved: the server refused the playbook (see the problems at the top).',
  },
});

/** Applies the draft as the next version, with a note; then follows the rescore. */
export function SavePanel({
  source,
  isDirty,
  onSaved,
  onDiscard,
  onProblems,
}: {
  source: string;
  isDirty: boolean;
  onSaved(source: string): void;
  onDiscard(): void;
  onProblems(problems: PlaybookProblem[]): void;
}) {
  const t = useMessages(m);
  const apply = useApplyPlaybook();
  const [note, setNote] = useState('');
  const [requalify, setRequalify] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply.mutate(
      { source, note, requalify },
      {
        onSuccess: (answer) => {
          setSavedVersion(answer.version.version);
          setNote('');
          onProblems([]);
          onSaved(source);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.problems.length > 0) {
            onProblems(error.problems as PlaybookProblem[]);
          }
        },
      },
    );
  };
  const isInvalid = apply.error instanceof ApiError && apply.error.problems.length > 0;
  return (
    <Card title={t.title}>
      <form className="stack" onSubmit={submit} noValidate>
        <TextArea
          label={t.note}
          hint={t.noteHint}
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <div className="field">
          <label className="check">
            <input type="checkbox" checked={requalify} onChange={(e) => setRequalify(e.target.checked)} />{' '}
            {t.requalify}
          </label>
          <small className="muted">{t.requalifyHint}</small>
        </div>
        {isInvalid ? (
          <p className="form-error" role="alert">
            {t.invalid}
          </p>
        ) : (
          <FormError error={apply.error} />
        )}
        {!isDirty && savedVersion === null ? <p className="muted small">{t.unchanged}</p> : null}
        <div className="row">
          <Button variant="primary" type="submit" busy={apply.isPending} disabled={!isDirty}>
            {t.save}
          </Button>
          <Button variant="ghost" disabled={!isDirty} onClick={onDiscard}>
            {t.discard}
          </Button>
        </div>
      </form>
      {savedVersion !== null ? (
        <div className="stack saved">
          <p role="status">{t.saved(savedVersion)}</p>
          <RescoreProgressView version={savedVersion} />
        </div>
      ) : null}
    </Card>
  );
}
