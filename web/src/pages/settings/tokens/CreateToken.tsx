import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../app/api.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import type { Role } from '../../../app/session.tsx';
import { Button, Card, FormError, SelectField, TextField } from '../../../ui/ui.tsx';
import { useRoleLabels } from '../common/roles.ts';
import { SecretOnce } from '../common/SecretOnce.tsx';
import { useUsers } from '../users/use-users.ts';
import { useCreateToken } from './use-tokens.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Novo token',
    name: 'Nome',
    nameHint: 'Para que serve: "site", "rd-station", "crm".',
    role: 'Papel',
    user: 'Age como',
    noUser: 'Ninguém (integração)',
    create: 'Criar token',
    secret: (name: string) => `Token "${name}"`,
  },
  en: {
    title: 'New token',
    name: 'Name',
    nameHint: 'What it is for: "website", "rd-station", "crm".',
    role: 'Role',
    user: 'Acts as',
    noUser: 'Nobody (an integration)',
    create: 'Create token',
    secret: (name: string) => `Token "${name}"`,
  },
});

/** Issues a token and shows its secret once. */
export function CreateToken() {
  const t = useMessages(m);
  const roles = useRoleLabels();
  const users = useUsers().data?.items ?? [];
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('marketing');
  const [userEmail, setUserEmail] = useState('');
  const problem = (path: string) =>
    create.error instanceof ApiError
      ? create.error.problems.find((p) => p.path === path)?.message
      : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, role, ...(userEmail ? { userEmail } : {}) }, { onSuccess: () => setName('') });
  };
  const created = create.data;
  return (
    <Card title={t.title}>
      {created ? (
        <SecretOnce label={t.secret(created.name)} secret={created.secret} onDone={() => create.reset()} />
      ) : (
        <form className="form-grid" onSubmit={submit} noValidate>
          <TextField
            label={t.name}
            hint={t.nameHint}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={problem('name')}
            required
          />
          <SelectField
            label={t.role}
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            options={roles.options}
          />
          <SelectField
            label={t.user}
            value={userEmail}
            onChange={(e) => setUserEmail(e.target.value)}
            options={[
              { value: '', label: t.noUser },
              ...users.map((u) => ({ value: u.email, label: `${u.name} <${u.email}>` })),
            ]}
          />
          <div className="form-actions">
            <FormError error={create.error} />
            <Button variant="primary" type="submit" busy={create.isPending}>
              {t.create}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
