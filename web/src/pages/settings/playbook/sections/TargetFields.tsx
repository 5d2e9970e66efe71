import { defineMessages, useMessages } from '../../../../app/i18n.tsx';
import { SelectField } from '../../../../ui/ui.tsx';
import { useDraft } from '../draft-context.tsx';
import { DraftCheck, DraftText } from '../fields.tsx';
import { getAt } from '../path.ts';
import type { Path } from '../yaml-edit.ts';

type Kind = 'user' | 'team' | 'queue';

const m = defineMessages({
  'pt-BR': {
    kind: 'Destino',
    kinds: { user: 'Uma pessoa', team: 'Um time (rodízio)', queue: 'Uma fila' } as Record<Kind, string>,
    user: 'E-mail da pessoa',
    team: 'Nome do time',
    queue: 'Nome da fila',
    matchRegion: 'Só quem atende a UF ou região da empresa',
  },
  en: {
    kind: 'Target',
    kinds: { user: 'A person', team: 'A team (round robin)', queue: 'A queue' } as Record<Kind, string>,
    user: 'The person’s e-mail',
    team: 'Team name',
    queue: 'Queue name',
    matchRegion: 'Only reps covering the company’s state or region',
  },
});

/** Where routing sends a lead: `{ user }`, `{ team, matchRegion }` or `{ queue }`. */
export function TargetFields({ path, kinds }: { path: Path; kinds: readonly Kind[] }) {
  const t = useMessages(m);
  const draft = useDraft();
  const target = (getAt(draft.value, path) ?? {}) as Record<string, unknown>;
  const kind = kinds.find((k) => k in target) ?? kinds[0] ?? 'team';
  const empty = (k: Kind) =>
    k === 'team' ? { team: '' } : k === 'user' ? { user: '' } : { queue: 'unassigned' };
  return (
    <>
      <SelectField
        label={t.kind}
        value={kind}
        disabled={draft.isReadOnly}
        options={kinds.map((k) => ({ value: k, label: t.kinds[k] }))}
        onChange={(e) => draft.set(path, empty(e.target.value as Kind))}
      />
      <DraftText path={[...path, kind]} label={t[kind]} />
      {kind === 'team' ? <DraftCheck path={[...path, 'matchRegion']} label={t.matchRegion} /> : null}
    </>
  );
}
