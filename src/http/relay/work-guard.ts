import type { Principal } from '../../access/user.ts';
import { AppError } from '../../kernel/app-error.ts';
import type { Lead } from '../../leads/lead.ts';

/**
 * A sales rep works their own leads; managers and admins work any. A rep's token must be
 * tied to their user (`bastao token create --user`) for Bastão to know which leads are theirs.
 */
export function assertMayWork(principal: Principal, lead: Pick<Lead, 'id' | 'ownerId'>): void {
  if (principal.role !== 'sales_rep') {
    return;
  }
  if (principal.userId === null || principal.userId !== lead.ownerId) {
    throw new AppError('forbidden', `Lead ${lead.id} is not yours: a rep works the leads assigned to them.`);
  }
}
