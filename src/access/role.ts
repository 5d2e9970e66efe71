export const ROLES = ['admin', 'marketing', 'sales_manager', 'sales_rep'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What each role may do. One table, read by the HTTP layer before any handler runs:
 * a role outside the list gets 403.
 */
export const PERMISSIONS = {
  // One's own session and password.
  self: ['admin', 'marketing', 'sales_manager', 'sales_rep'],
  'leads:read': ['admin', 'marketing', 'sales_manager', 'sales_rep'],
  'leads:write': ['admin', 'marketing', 'sales_manager', 'sales_rep'],
  'leads:merge': ['admin', 'marketing', 'sales_manager'],
  'leads:move': ['admin', 'marketing', 'sales_manager'],
  'leads:work': ['admin', 'sales_manager', 'sales_rep'],
  'leads:assign': ['admin', 'sales_manager'],
  'events:write': ['admin', 'marketing'],
  'playbook:read': ['admin', 'marketing', 'sales_manager', 'sales_rep'],
  'reports:read': ['admin', 'marketing', 'sales_manager', 'sales_rep'],
  'playbook:write': ['admin', 'marketing', 'sales_manager'],
  'users:read': ['admin', 'sales_manager', 'marketing'],
  'users:write': ['admin'],
  'tokens:read': ['admin'],
  'tokens:write': ['admin'],
  'webhooks:read': ['admin'],
  'webhooks:write': ['admin'],
  // Everyone reads revenue (marketing needs it for ROI); deals come from the CRM or a sales
  // manager, not from the team whose results they measure.
  'deals:read': ['admin', 'marketing', 'sales_manager', 'sales_rep'],
  'deals:write': ['admin', 'sales_manager'],
  'costs:read': ['admin', 'marketing', 'sales_manager'],
  'costs:write': ['admin', 'marketing'],
  'integrations:write': ['admin', 'marketing'],
  'capture:read': ['admin', 'marketing'],
  'capture:write': ['admin', 'marketing'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const isAllowed = (role: Role, permission: Permission): boolean =>
  (PERMISSIONS[permission] as readonly Role[]).includes(role);
