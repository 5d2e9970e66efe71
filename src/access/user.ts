import type { Role } from './role.ts';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  isActive: boolean;
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

/** Who is making a request: resolved from the bearer token. */
export interface Principal {
  tokenId: string;
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
  countUsersAndTokens(): Promise<{ users: number; tokens: number }>;
  insertToken(token: ApiToken, hash: string): Promise<void>;
  tokenByHash(hash: string): Promise<ApiToken | undefined>;
  touchToken(id: string, at: number): Promise<void>;
}
