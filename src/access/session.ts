import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../kernel/app-error.ts';
import { normalizeEmail } from '../leads/normalize-email.ts';
import { hashPassword, passwordProblem, verifyPassword } from './password.ts';
import type { AccessStore, Principal, User } from './user.ts';

/** A session ends after a week without use, and after 30 days whatever happens. */
export const SESSION_IDLE_MS = 7 * 24 * 3600_000;
export const SESSION_MAX_MS = 30 * 24 * 3600_000;
/** `last_seen_at` is written at most once a minute per session. */
const TOUCH_INTERVAL_MS = 60_000;

export interface Session {
  userId: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

/** Session secrets are 256 random bits; only their SHA-256 is stored (`sessions.id_hash`). */
const hashSessionSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
const looksLikeSessionSecret = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);

/**
 * Compared against when the e-mail is unknown, so that a wrong e-mail takes as long as a
 * wrong password (no user enumeration by timing).
 */
let decoyHash: Promise<string> | undefined;

/**
 * Signs a user in with e-mail and password: the new session's secret (for the cookie), or
 * an `unauthorized` error that does not say which of the two was wrong.
 */
export async function signIn(
  stores: { access: AccessStore },
  input: { email: string; password: string; userAgent?: string | undefined },
  now: number,
): Promise<{ secret: string; user: User; session: Session }> {
  const email = normalizeEmail(input.email);
  const user = email === null ? undefined : await stores.access.userByEmail(email);
  const stored = user ? await stores.access.passwordHashOf(user.id) : null;
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const matches = await verifyPassword(input.password, stored ?? (await decoyHash));
  if (!user || !stored || !matches || !user.isActive) {
    throw new AppError('unauthorized', 'Wrong e-mail or password, or the user is deactivated.');
  }
  const secret = randomBytes(32).toString('base64url');
  const session: Session = {
    userId: user.id,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: now + SESSION_IDLE_MS,
  };
  await stores.access.insertSession(
    hashSessionSecret(secret),
    session,
    input.userAgent?.slice(0, 300) ?? null,
  );
  return { secret, user, session };
}

/** The principal behind a session cookie, or null when it is unknown, expired or its user inactive. */
export async function authenticateSession(
  stores: { access: AccessStore },
  secret: string,
  now: number,
): Promise<{ principal: Principal; user: User } | null> {
  if (!looksLikeSessionSecret(secret)) {
    return null;
  }
  const hash = hashSessionSecret(secret);
  const session = await stores.access.sessionByHash(hash);
  if (!session || session.expiresAt <= now) {
    return null;
  }
  const user = await stores.access.userById(session.userId);
  if (!user?.isActive) {
    return null;
  }
  if (now - session.lastSeenAt > TOUCH_INTERVAL_MS) {
    const expiresAt = Math.min(now + SESSION_IDLE_MS, session.createdAt + SESSION_MAX_MS);
    await stores.access.touchSession(hash, now, expiresAt);
  }
  return {
    principal: { tokenId: null, role: user.role, userId: user.id, actor: `user:${user.email}` },
    user,
  };
}

export async function signOut(stores: { access: AccessStore }, secret: string): Promise<void> {
  if (looksLikeSessionSecret(secret)) {
    await stores.access.deleteSession(hashSessionSecret(secret));
  }
}

/** Checks a new password's length and hashes it: do this before opening a write transaction. */
export async function hashNewPassword(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) {
    throw new AppError('invalid_request', `password: ${problem}.`);
  }
  return hashPassword(password);
}

/**
 * Stores a user's new password hash and ends their other sessions: after a password
 * change, a stolen cookie stops working.
 */
export async function storePassword(
  stores: { access: AccessStore },
  userId: string,
  hash: string,
  keepSessionSecret?: string,
): Promise<void> {
  await stores.access.setPasswordHash(userId, hash);
  await stores.access.deleteSessionsOf(
    userId,
    keepSessionSecret === undefined ? undefined : hashSessionSecret(keepSessionSecret),
  );
}
