import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { Button } from '../ui/ui.tsx';
import { defineMessages, LANGS, type Lang, useI18n, useMessages } from './i18n.tsx';
import { useSession, useSignOut } from './session.tsx';

const m = defineMessages({
  'pt-BR': {
    inbox: 'Caixa de entrada',
    leads: 'Leads',
    dashboard: 'Painel',
    feedback: 'Feedback',
    weekly: 'Revisão semanal',
    settings: 'Configurações',
    language: 'Idioma',
    signOut: 'Sair',
    nav: 'Navegação principal',
    roles: {
      admin: 'Admin',
      marketing: 'Marketing',
      sales_manager: 'Gestor(a) de vendas',
      sales_rep: 'Vendedor(a)',
    },
  },
  en: {
    inbox: 'Inbox',
    leads: 'Leads',
    dashboard: 'Dashboard',
    feedback: 'Feedback',
    weekly: 'Weekly review',
    settings: 'Settings',
    language: 'Language',
    signOut: 'Sign out',
    nav: 'Main navigation',
    roles: { admin: 'Admin', marketing: 'Marketing', sales_manager: 'Sales manager', sales_rep: 'Sales rep' },
  },
});

export const LANG_NAMES: Record<Lang, string> = { 'pt-BR': 'Português (Brasil)', en: 'English' };

/** The pages a role sees, in the order of the relay: work first, then numbers, then settings. */
function useNavItems() {
  const t = useMessages(m);
  const permissions = useSession().data?.permissions ?? [];
  const can = (p: string) => permissions.includes(p);
  return [
    { to: '/inbox', label: t.inbox, show: can('leads:work') },
    { to: '/leads', label: t.leads, show: can('leads:read') },
    { to: '/dashboard', label: t.dashboard, show: can('reports:read') },
    { to: '/feedback', label: t.feedback, show: can('reports:read') },
    { to: '/weekly', label: t.weekly, show: can('reports:read') },
    { to: '/settings', label: t.settings, show: can('playbook:read') },
  ].filter((item) => item.show);
}

export function LanguageSelect({ className }: { className?: string }) {
  const { lang, setLang } = useI18n();
  const t = useMessages(m);
  return (
    <label className={className}>
      <span className="visually-hidden">{t.language}</span>
      <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} aria-label={t.language}>
        {LANGS.map((l) => (
          <option key={l} value={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The signed-in frame: sidebar on a laptop, a top bar on a phone. Signed out → sign-in page. */
export function AppShell() {
  const session = useSession();
  const signOut = useSignOut();
  const location = useLocation();
  const t = useMessages(m);
  const items = useNavItems();
  if (session.isPending) {
    return null;
  }
  if (!session.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`} replace />;
  }
  const user = session.data.user;
  const brand = (
    <a className="brand" href="/">
      <img src="/favicon.svg" alt="" /> Bastão
    </a>
  );
  return (
    <div className="shell">
      <aside className="sidebar">
        {brand}
        <nav className="nav" aria-label={t.nav}>
          {items.map((item) => (
            <NavLink key={item.to} to={item.to}>
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className="sidebar-foot">
          {user ? (
            <div>
              <div style={{ color: '#fff', fontWeight: 600 }}>{user.name}</div>
              <div>{t.roles[session.data.role]}</div>
            </div>
          ) : null}
          <LanguageSelect />
          <Button size="sm" variant="ghost" onClick={() => signOut.mutate()} busy={signOut.isPending}>
            {t.signOut}
          </Button>
        </div>
      </aside>
      <header className="topbar">
        {brand}
        <nav aria-label={t.nav}>
          {items.map((item) => (
            <NavLink key={item.to} to={item.to}>
              {item.label}
            </NavLink>
          ))}
        </nav>
      </header>
      <main className="main" id="main">
        <Outlet />
      </main>
    </div>
  );
}

/** `/`: reps land in their inbox, everyone else on the shared dashboard. */
export function Home() {
  const session = useSession().data;
  const to = session?.role === 'sales_rep' ? '/inbox' : '/dashboard';
  return <Navigate to={to} replace />;
}
