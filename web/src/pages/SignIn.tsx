import { type FormEvent, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { LanguageSelect } from '../app/AppShell.tsx';
import { defineMessages, useMessages } from '../app/i18n.tsx';
import { useSession, useSignIn } from '../app/session.tsx';
import { Button, FormError, TextField } from '../ui/ui.tsx';

const m = defineMessages({
  'pt-BR': {
    title: 'Entrar no Bastão',
    lead: 'Marketing e Vendas, um só time de receita.',
    email: 'E-mail',
    password: 'Senha',
    submit: 'Entrar',
    forgot: 'Esqueceu a senha? Peça a um admin: bastao user password --email …',
  },
  en: {
    title: 'Sign in to Bastão',
    lead: 'Marketing and Sales, one revenue team.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    forgot: 'Forgot your password? Ask an admin: bastao user password --email …',
  },
});

/** Only same-site paths are followed after sign-in (no open redirect). */
const safeNext = (next: string | null) => (next?.startsWith('/') && !next.startsWith('//') ? next : '/');

export function Component() {
  const t = useMessages(m);
  const session = useSession();
  const signIn = useSignIn();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  if (session.data) {
    return <Navigate to={safeNext(params.get('next'))} replace />;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };
  return (
    <main className="signin">
      <form className="signin-card" onSubmit={submit} noValidate>
        <h1>
          <img src="/favicon.svg" alt="" width={32} height={32} /> {t.title}
        </h1>
        <p className="muted" style={{ margin: 0 }}>
          {t.lead}
        </p>
        <TextField
          label={t.email}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
          autoFocus
        />
        <TextField
          label={t.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <FormError error={signIn.error} />
        <Button variant="primary" type="submit" busy={signIn.isPending}>
          {t.submit}
        </Button>
        <div className="spread small muted">
          <span>{t.forgot}</span>
          <LanguageSelect />
        </div>
      </form>
    </main>
  );
}
