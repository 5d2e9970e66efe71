import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import type { Role } from '../../../app/session.tsx';

export const ROLES: readonly Role[] = ['admin', 'marketing', 'sales_manager', 'sales_rep'];

const m = defineMessages({
  'pt-BR': {
    admin: 'Admin',
    marketing: 'Marketing',
    sales_manager: 'Gestor(a) de vendas',
    sales_rep: 'Vendedor(a)',
  },
  en: { admin: 'Admin', marketing: 'Marketing', sales_manager: 'Sales manager', sales_rep: 'Sales rep' },
});

/** Role names in the reader's language, and the options of a role select. */
export function useRoleLabels() {
  const t = useMessages(m);
  return {
    label: (role: string) => (t as Record<string, string>)[role] ?? role,
    options: ROLES.map((role) => ({ value: role, label: t[role] })),
  };
}
