import { hashTokenSecret, looksLikeTokenSecret } from './api-token-secret.ts';
import type { AccessStore, Principal } from './user.ts';

/** Don't write `last_used_at` on every request: once a minute is enough to audit. */
const TOUCH_INTERVAL_MS = 60_000;

/** The principal behind a bearer token, or null when the token is unknown or revoked. */
export async function authenticate(
  stores: { access: AccessStore },
  secret: string,
  now: number,
): Promise<Principal | null> {
  if (!looksLikeTokenSecret(secret)) {
    return null;
  }
  const token = await stores.access.tokenByHash(hashTokenSecret(secret));
  if (!token || token.revokedAt !== null) {
    return null;
  }
  if (token.lastUsedAt === null || now - token.lastUsedAt > TOUCH_INTERVAL_MS) {
    await stores.access.touchToken(token.id, now);
  }
  return { tokenId: token.id, role: token.role, userId: token.userId, actor: `token:${token.name}` };
}
