import type { Generated } from 'kysely';

// Users, API tokens and browser sessions.

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string | null;
  is_active: Generated<number>;
  created_at: number;
  updated_at: number;
  team: string | null;
  /** JSON array of states or region names. */
  regions: Generated<string>;
  weight: Generated<number>;
  capacity: number | null;
  /** JSON array of `{ from, to }` epoch ms. */
  out_of_office: Generated<string>;
  /** JSON array of team names this user manages. */
  manages: Generated<string>;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  role: string;
  user_id: string | null;
  token_hash: string;
  token_prefix: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  user_agent: string | null;
}
