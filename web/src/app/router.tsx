import { createBrowserRouter } from 'react-router';
import { AppShell, Home } from './AppShell.tsx';

/**
 * Client routes. Every page is its own chunk (`lazy`), so the first page loads only the
 * shell and itself; charts and the playbook editor come with their pages.
 */
export const router = createBrowserRouter([
  { path: '/sign-in', lazy: () => import('../pages/SignIn.tsx') },
  {
    element: <AppShell />,
    children: [
      { index: true, element: <Home /> },
      { path: 'inbox', lazy: () => import('../pages/inbox/Inbox.tsx') },
      { path: 'leads', lazy: () => import('../pages/leads/Leads.tsx') },
      { path: 'leads/:id', lazy: () => import('../pages/lead/Lead.tsx') },
      { path: 'dashboard', lazy: () => import('../pages/dashboard/Dashboard.tsx') },
      { path: 'feedback', lazy: () => import('../pages/feedback/Feedback.tsx') },
      { path: 'weekly', lazy: () => import('../pages/weekly/Weekly.tsx') },
      { path: 'settings/*', lazy: () => import('../pages/settings/Settings.tsx') },
      { path: '*', lazy: () => import('../pages/NotFound.tsx') },
    ],
  },
]);
