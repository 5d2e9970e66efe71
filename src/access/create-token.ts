import { AppError } from '../kernel/app-error.ts';
import { newId } from '../kernel/ids.ts';
import { generateTokenSecret, hashTokenSecret } from './api-token-secret.ts';
import type { Role } from './role.ts';
import type { AccessStore, ApiToken } from './user.ts';

/**
 * Issues an API token. The secret is returned once, here; only its hash is stored.
 *
 * @example const { secret } = await createToken(stores, { name: 'site', role: 'marketing' }, now);
 */
export async function createToken(
  stores: { access: AccessStore },
  input: { name: string; role: Role; userEmail?: string | undefined },
  now: number,
): Promise<{ token: ApiToken; secret: string }> {
  let userId: string | null = null;
  if (input.userEmail !== undefined) {
    const user = await stores.access.userByEmail(input.userEmail.trim().toLowerCase());
    if (!user) {
      throw new AppError(
        'user_not_found',
        `No user with e-mail ${input.userEmail}; create it first with \`bastao user create\`.`,
      );
    }
    userId = user.id;
  }
  const secret = generateTokenSecret();
  const token: ApiToken = {
    id: newId(),
    name: input.name,
    role: input.role,
    userId,
    prefix: secret.slice(0, 8),
    createdAt: now,
    lastUsedAt: null,
    revokedAt: null,
  };
  await stores.access.insertToken(token, hashTokenSecret(secret));
  return { token, secret };
}
