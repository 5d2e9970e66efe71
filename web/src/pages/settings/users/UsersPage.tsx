import { useState } from 'react';
import { useFormat } from '../../../app/format.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { useCan } from '../../../app/session.tsx';
import { Badge, Button, Card, ErrorState, Loading } from '../../../ui/ui.tsx';
import { useRoleLabels } from '../common/roles.ts';
import { AddUser } from './AddUser.tsx';
import { UserEditor } from './UserEditor.tsx';
import { type UserRow, useUsers } from './use-users.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Usuários e times',
    name: 'Nome',
    role: 'Papel',
    team: 'Time',
    regions: 'Regiões',
    weight: 'Peso',
    capacity: 'Limite',
    status: 'Situação',
    manages: 'Gerencia',
    active: 'Ativo',
    inactive: 'Inativo',
    away: (until: string) => `Ausente até ${until}`,
    noLimit: 'sem limite',
    edit: 'Editar',
    editLabel: (name: string) => `Editar ${name}`,
  },
  en: {
    title: 'Users and teams',
    name: 'Name',
    role: 'Role',
    team: 'Team',
    regions: 'Regions',
    weight: 'Weight',
    capacity: 'Limit',
    status: 'Status',
    manages: 'Manages',
    active: 'Active',
    inactive: 'Inactive',
    away: (until: string) => `Away until ${until}`,
    noLimit: 'no limit',
    edit: 'Edit',
    editLabel: (name: string) => `Edit ${name}`,
  },
});

function Status({ user }: { user: UserRow }) {
  const t = useMessages(m);
  const f = useFormat();
  const now = Date.now();
  const away = user.outOfOffice.find((a) => Date.parse(a.from) <= now && now < Date.parse(a.to));
  if (!user.isActive) {
    return <Badge tone="neutral">{t.inactive}</Badge>;
  }
  return away ? (
    <Badge tone="warning">{t.away(f.date(Date.parse(away.to) - 1))}</Badge>
  ) : (
    <Badge tone="success">{t.active}</Badge>
  );
}

export function UsersPage() {
  const t = useMessages(m);
  const can = useCan();
  const roles = useRoleLabels();
  const users = useUsers();
  const [editing, setEditing] = useState<string | null>(null);
  const selected = users.data?.items.find((u) => u.id === editing);
  return (
    <div className="stack">
      {can('users:write') ? <AddUser /> : null}
      <Card title={t.title}>
        {users.isPending ? (
          <Loading />
        ) : users.isError ? (
          <ErrorState error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">{t.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.role}</th>
                  <th scope="col">{t.team}</th>
                  <th scope="col">{t.regions}</th>
                  <th scope="col" className="num">
                    {t.weight}
                  </th>
                  <th scope="col" className="num">
                    {t.capacity}
                  </th>
                  <th scope="col">{t.status}</th>
                  <th scope="col">{t.manages}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t.edit}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.data.items.map((user) => (
                  <tr key={user.id} aria-current={user.id === editing ? 'true' : undefined}>
                    <th scope="row">
                      {user.name}
                      <div className="muted small">{user.email}</div>
                    </th>
                    <td>{roles.label(user.role)}</td>
                    <td>{user.team ?? '—'}</td>
                    <td>{user.regions.join(', ') || '—'}</td>
                    <td className="num">{user.weight}</td>
                    <td className="num">{user.capacity ?? t.noLimit}</td>
                    <td>
                      <Status user={user} />
                    </td>
                    <td>{user.managerOf.join(', ') || '—'}</td>
                    <td>
                      {can('users:write') ? (
                        <Button
                          size="sm"
                          aria-label={t.editLabel(user.name)}
                          onClick={() => setEditing(user.id)}
                        >
                          {t.edit}
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      {selected ? <UserEditor key={selected.id} user={selected} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
