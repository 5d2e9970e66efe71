import type { User } from '../../access/user.ts';
import { foldHeader } from './columns.ts';

/**
 * Finds the Bastão user an export names as owner, by e-mail or by name (accents and case
 * ignored). Built once per import from the users list; null for an outside owner.
 *
 * @example ownerDirectory(users)('Ana Souza') // 'user-id-of-ana'
 */
export function ownerDirectory(
  users: readonly Pick<User, 'id' | 'email' | 'name'>[],
): (owner: string) => string | null {
  const byKey = new Map<string, string>();
  for (const user of users) {
    byKey.set(user.email.toLowerCase(), user.id);
    byKey.set(foldHeader(user.name), user.id);
  }
  return (owner) => byKey.get(owner.trim().toLowerCase()) ?? byKey.get(foldHeader(owner)) ?? null;
}
