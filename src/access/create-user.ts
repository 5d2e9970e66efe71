import { AppError } from '../kernel/app-error.ts';
import { newId } from '../kernel/ids.ts';
import { normalizeEmail } from '../leads/normalize-email.ts';
import type { Role } from './role.ts';
import type { AccessStore, User } from './user.ts';

export async function createUser(
  stores: { access: AccessStore },
  input: { email: string; name: string; role: Role },
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
  return user;
}
