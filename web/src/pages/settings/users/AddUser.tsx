import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../app/api.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import type { Role } from '../../../app/session.tsx';
import { Button, Card, FormError, SelectField, TextField } from '../../../ui/ui.tsx';
import { useRoleLabels } from '../common/roles.ts';
import { useAddUser } from './use-users.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Adicionar usuário',
    email: 'E-mail',
    name: 'Nome',
    role: 'Papel',
    password: 'Senha inicial',
    passwordHint: 'Pelo menos 8 caracteres; a pessoa troca depois. Sem senha, só tokens agem por ela.',
    add: 'Adicionar',
    added: (name: string) => `${name} foi adicionado(a).`,
  },
  en: {
    title: 'Add a user',
    email: 'E-mail',
    name: 'Name',
    role: 'Role',
    password: 'Initial password',
    passwordHint: 'At least 8 characters; they change it later. Without one, only tokens act for them.',
    add: 'Add',
    added: (name: string) => `${name} was added.`,
  },
});

export function AddUser() {
  const t = useMessages(m);
  const roles = useRoleLabels();
  const add = useAddUser();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('sales_rep');
  const [password, setPassword] = useState('');
  const problem = (path: string) =>
    add.error instanceof ApiError ? add.error.problems.find((p) => p.path === path)?.message : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { email, name, role, ...(password ? { password } : {}) },
      {
        onSuccess: () => {
          setEmail('');
          setName('');
          setPassword('');
        },
      },
    );
  };
  return (
    <Card title={t.title}>
      <form className="form-grid" onSubmit={submit} noValidate>
        <TextField
          label={t.email}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={problem('email')}
          required
        />
        <TextField
          label={t.name}
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
        <TextField
          label={t.password}
          type="password"
          autoComplete="new-password"
          hint={t.passwordHint}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={problem('password')}
        />
        <div className="form-actions">
          <FormError error={add.error} />
          {add.data ? (
            <p role="status" className="small">
              {t.added(add.data.name)}
            </p>
          ) : null}
          <Button variant="primary" type="submit" busy={add.isPending}>
            {t.add}
          </Button>
        </div>
      </form>
    </Card>
  );
}
