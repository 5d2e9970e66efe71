import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../app/api.ts';
import { useFormat } from '../../../app/format.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Button, Card, FormError, TextField } from '../../../ui/ui.tsx';
import { type AbsenceDays, AbsenceList } from './AbsenceList.tsx';
import { type UserRow, useUpdateUser } from './use-users.ts';
import { dateIn, nextDay, startOfDay } from './zoned-date.ts';

const m = defineMessages({
  'pt-BR': {
    title: (name: string) => `Editar ${name}`,
    team: 'Time',
    teamHint: 'O roteamento distribui leads por time (vazio: sem time).',
    regions: 'Regiões',
    regionsHint: 'UFs ou regiões que atende, separadas por vírgula: SP, RJ, Sul.',
    weight: 'Peso no rodízio',
    weightHint: '1 = normal, 2 = o dobro, 0 = fora do rodízio.',
    capacity: 'Limite de MQLs abertos',
    capacityHint: 'Vazio: sem limite.',
    active: 'Ativo (pode entrar e receber leads)',
    manages: 'Gerencia os times',
    managesHint: 'Recebe as escalações desses times, separados por vírgula.',
    save: 'Salvar',
    close: 'Fechar',
    saved: 'Salvo.',
  },
  en: {
    title: (name: string) => `Edit ${name}`,
    team: 'Team',
    teamHint: 'Routing hands leads out by team (empty: no team).',
    regions: 'Regions',
    regionsHint: 'States or regions covered, comma-separated: SP, RJ, South.',
    weight: 'Round-robin weight',
    weightHint: '1 = normal, 2 = double, 0 = out of the round robin.',
    capacity: 'Open-MQL limit',
    capacityHint: 'Empty: no limit.',
    active: 'Active (may sign in and get leads)',
    manages: 'Manages the teams',
    managesHint: 'Gets those teams’ escalations, comma-separated.',
    save: 'Save',
    close: 'Close',
    saved: 'Saved.',
  },
});

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** A user's team and routing settings (`PATCH /api/v1/users/:id`). */
export function UserEditor({ user, onClose }: { user: UserRow; onClose(): void }) {
  const t = useMessages(m);
  const { timeZone } = useFormat();
  const update = useUpdateUser();
  const [team, setTeam] = useState(user.team ?? '');
  const [regions, setRegions] = useState(user.regions.join(', '));
  const [weight, setWeight] = useState(String(user.weight));
  const [capacity, setCapacity] = useState(user.capacity === null ? '' : String(user.capacity));
  const [isActive, setActive] = useState(user.isActive);
  const [manages, setManages] = useState(user.managerOf.join(', '));
  const [absences, setAbsences] = useState<AbsenceDays[]>(() =>
    user.outOfOffice.map((a) => ({
      first: dateIn(a.from, timeZone),
      last: dateIn(Date.parse(a.to) - 1, timeZone),
    })),
  );
  const problem = (prefix: string) =>
    update.error instanceof ApiError
      ? update.error.problems
          .filter(
            (p) => p.path === prefix || p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[`),
          )
          .map((p) => p.message)
          .join('; ') || undefined
      : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({
      id: user.id,
      settings: {
        team: team.trim() || null,
        regions: list(regions),
        weight: weight.trim() === '' ? Number.NaN : Number(weight),
        capacity: capacity.trim() === '' ? null : Number(capacity),
        isActive,
        managerOf: list(manages),
        outOfOffice: absences.map((a) => ({
          from: startOfDay(a.first, timeZone),
          to: startOfDay(nextDay(a.last), timeZone),
        })),
      },
    });
  };
  return (
    <Card
      title={t.title(user.name)}
      actions={
        <Button size="sm" variant="ghost" onClick={onClose}>
          {t.close}
        </Button>
      }
    >
      <form className="form-grid" onSubmit={submit} noValidate>
        <TextField
          label={t.team}
          hint={t.teamHint}
          value={team}
          onChange={(e) => setTeam(e.target.value)}
          error={problem('team')}
        />
        <TextField
          label={t.regions}
          hint={t.regionsHint}
          value={regions}
          onChange={(e) => setRegions(e.target.value)}
          error={problem('regions')}
        />
        <TextField
          label={t.weight}
          hint={t.weightHint}
          type="number"
          min={0}
          step="any"
          value={weight}
          onChange={(e) => setWeight(e.target.value)}
          error={problem('weight')}
        />
        <TextField
          label={t.capacity}
          hint={t.capacityHint}
          type="number"
          min={0}
          value={capacity}
          onChange={(e) => setCapacity(e.target.value)}
          error={problem('capacity')}
        />
        <TextField
          label={t.manages}
          hint={t.managesHint}
          value={manages}
          onChange={(e) => setManages(e.target.value)}
          error={problem('managerOf')}
        />
        <label className="check">
          <input type="checkbox" checked={isActive} onChange={(e) => setActive(e.target.checked)} />{' '}
          {t.active}
        </label>
        <div className="span-all">
          <AbsenceList
            value={absences}
            onChange={setAbsences}
            errorAt={(i) => problem(`outOfOffice[${i}]`)}
            today={dateIn(Date.now(), timeZone)}
          />
        </div>
        <div className="form-actions">
          <FormError error={update.error} />
          {update.isSuccess ? (
            <p role="status" className="small">
              {t.saved}
            </p>
          ) : null}
          <Button variant="primary" type="submit" busy={update.isPending}>
            {t.save}
          </Button>
        </div>
      </form>
    </Card>
  );
}
