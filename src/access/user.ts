import type { Role } from './role.ts';
import type { Session } from './session.ts';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  isActive: boolean;
  /** Sales team the user sells in (routing targets teams by this name). */
  team: string | null;
  /** States (`SP`) or region names the user covers. */
  regions: string[];
  /** Share of round robin (1 = normal, 2 = double, 0 = none). */
  weight: number;
  /** Most open MQLs at once; null = no limit. */
  capacity: number | null;
  /** Absences `[from, to)` in epoch ms: no new leads meanwhile. */
  outOfOffice: { from: number; to: number }[];
  /** Teams whose escalations this user receives. */
  manages: string[];
  createdAt: number;
  updatedAt: number;
}

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  userId: string | null;
  /** The first characters of the token, shown in lists so people can tell tokens apart. */
  prefix: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

/** Who is making a request: resolved from the bearer token or the session cookie. */
export interface Principal {
  /** The API token used, or null for a browser session. */
  tokenId: string | null;
  role: Role;
  userId: string | null;
  /** For audit rows: `token:<name>` or `user:<email>`. */
  actor: string;
}

export interface AccessStore {
  userByEmail(email: string): Promise<User | undefined>;
  userById(id: string): Promise<User | undefined>;
  insertUser(user: User): Promise<boolean>;
  listUsers(): Promise<User[]>;
  updateUser(user: User): Promise<void>;
  countUsersAndTokens(): Promise<{ users: number; tokens: number }>;
  insertToken(token: ApiToken, hash: string): Promise<void>;
  tokenByHash(hash: string): Promise<ApiToken | undefined>;
  touchToken(id: string, at: number): Promise<void>;
  listTokens(): Promise<ApiToken[]>;
  revokeToken(id: string, at: number): Promise<boolean>;
  passwordHashOf(userId: string): Promise<string | null>;
  setPasswordHash(userId: string, hash: string): Promise<void>;
  insertSession(hash: string, session: Session, userAgent: string | null): Promise<void>;
  sessionByHash(hash: string): Promise<Session | undefined>;
  touchSession(hash: string, lastSeenAt: number, expiresAt: number): Promise<void>;
  deleteSession(hash: string): Promise<void>;
  /** Ends every session of the user, except the one whose hash is `except`. */
  deleteSessionsOf(userId: string, except?: string): Promise<void>;
}
