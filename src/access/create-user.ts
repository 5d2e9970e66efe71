import { AppError } from '../kernel/app-error.ts';
import { newId } from '../kernel/ids.ts';
import { normalizeEmail } from '../leads/normalize-email.ts';
import type { Role } from './role.ts';
import { storePassword } from './session.ts';
import type { AccessStore, User } from './user.ts';

/**
 * Adds a user; with a password hash (`hashNewPassword`, computed before the transaction)
 * they can sign in to the web app, without one only tokens act for them.
 */
export async function createUser(
  stores: { access: AccessStore },
  input: { email: string; name: string; role: Role; passwordHash?: string | undefined },
  now: number,
): Promise<User> {
  const email = normalizeEmail(input.email);
  if (email === null) {
    throw new AppError('invalid_request', `"${input.email}" is not a valid e-mail address.`);
  }
  const user: User = {
    id: newId(),
    email,
    name: input.name.trim(),
    role: input.role,
    isActive: true,
    team: null,
    regions: [],
    weight: 1,
    capacity: null,
    outOfOffice: [],
    manages: [],
    createdAt: now,
    updatedAt: now,
  };
  if (!(await stores.access.insertUser(user))) {
    throw new AppError('conflict', `A user with e-mail ${email} already exists.`);
  }
  if (input.passwordHash !== undefined) {
    await storePassword(stores, user.id, input.passwordHash);
  }
  return user;
}
