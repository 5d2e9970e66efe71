import { lazy, Suspense } from 'react';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { useCan } from '../../app/session.tsx';
import { EmptyState, Loading, PageHeader } from '../../ui/ui.tsx';
import { ImportsPage } from './imports/ImportsPage.tsx';
import { TokensPage } from './tokens/TokensPage.tsx';
import { UsersPage } from './users/UsersPage.tsx';
import { WebhooksPage } from './webhooks/WebhooksPage.tsx';
import './settings.css';

// The playbook editor brings the YAML and diff libraries: it loads only when opened.
const PlaybookPage = lazy(() =>
  import('./playbook/PlaybookPage.tsx').then((m) => ({ default: m.PlaybookPage })),
);

const m = defineMessages({
  'pt-BR': {
    title: 'Configurações',
    subtitle: 'O acordo entre Marketing e Vendas, a equipe e as integrações.',
    nav: 'Seções das configurações',
    playbook: 'Playbook',
    users: 'Usuários e times',
    tokens: 'Tokens de API',
    webhooks: 'Webhooks',
    imports: 'Importações',
    forbidden: 'Seu papel não dá acesso a esta seção.',
  },
  en: {
    title: 'Settings',
    subtitle: 'The agreement between Marketing and Sales, the team and the integrations.',
    nav: 'Settings sections',
    playbook: 'Playbook',
    users: 'Users and teams',
    tokens: 'API tokens',
    webhooks: 'Webhooks',
    imports: 'Imports',
    forbidden: 'Your role has no access to this section.',
  },
});

/** The settings sections, each shown only to the roles that may use it (the server checks again). */
function useSections() {
  const t = useMessages(m);
  const can = useCan();
  return [
    { path: 'playbook', label: t.playbook, allowed: can('playbook:read'), element: <PlaybookPage /> },
    { path: 'users', label: t.users, allowed: can('users:read'), element: <UsersPage /> },
    { path: 'tokens', label: t.tokens, allowed: can('tokens:read'), element: <TokensPage /> },
    { path: 'webhooks', label: t.webhooks, allowed: can('webhooks:read'), element: <WebhooksPage /> },
    { path: 'imports', label: t.imports, allowed: can('integrations:write'), element: <ImportsPage /> },
  ];
}

export function Component() {
  const t = useMessages(m);
  const sections = useSections();
  const allowed = sections.filter((s) => s.allowed);
  return (
    <div className="settings-page">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <nav className="settings-nav" aria-label={t.nav}>
        {allowed.map((s) => (
          <NavLink key={s.path} to={`/settings/${s.path}`}>
            {s.label}
          </NavLink>
        ))}
      </nav>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route
            index
            element={
              allowed[0] ? <Navigate to={allowed[0].path} replace /> : <EmptyState title={t.forbidden} />
            }
          />
          {sections.map((s) => (
            <Route
              key={s.path}
              path={`${s.path}/*`}
              element={s.allowed ? s.element : <EmptyState title={t.forbidden} />}
            />
          ))}
          <Route path="*" element={<Navigate to="/settings" replace />} />
        </Routes>
      </Suspense>
    </div>
  );
}
