import { createUser } from '../access/create-user.ts';
import type { Role } from '../access/role.ts';
import { storePassword } from '../access/session.ts';
import type { AccessStore, User } from '../access/user.ts';
import type { DemoRandom } from './demo-random.ts';

/** Every demo account signs in with this password (documented in docs/demo.md). */
export const DEMO_PASSWORD = 'bastao-demo';
/** The sales team the demo playbook routes to. */
export const DEMO_TEAM = 'inbound';

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  /** Team settings as `PATCH /api/v1/users/:id` would set them. */
  team?: string;
  regions?: string[];
  weight?: number;
  capacity?: number;
  manages?: string[];
  /** Out of office around the demo's "now": gets no new MQLs. */
  isAway?: boolean;
}

/** The demo workspace's people: one of each role and five reps, one of them away. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'renata.admin@demo.bastao.app', name: 'Renata Lima', role: 'admin' },
  { email: 'ana.marketing@demo.bastao.app', name: 'Ana Ribeiro', role: 'marketing' },
  {
    email: 'marcos.vendas@demo.bastao.app',
    name: 'Marcos Almeida',
    role: 'sales_manager',
    manages: [DEMO_TEAM],
  },
  {
    email: 'bruno.sdr@demo.bastao.app',
    name: 'Bruno Carvalho',
    role: 'sales_rep',
    team: DEMO_TEAM,
    regions: ['SP'],
    weight: 2,
    capacity: 40,
  },
  {
    email: 'juliana.sdr@demo.bastao.app',
    name: 'Juliana Costa',
    role: 'sales_rep',
    team: DEMO_TEAM,
    regions: ['SP', 'RJ', 'MG', 'ES'],
    weight: 1,
    capacity: 30,
  },
  {
    email: 'rafael.sdr@demo.bastao.app',
    name: 'Rafael Souza',
    role: 'sales_rep',
    team: DEMO_TEAM,
    regions: ['PR', 'SC', 'RS'],
    weight: 1,
    capacity: 30,
  },
  {
    email: 'diego.sdr@demo.bastao.app',
    name: 'Diego Martins',
    role: 'sales_rep',
    team: DEMO_TEAM,
    regions: ['Nordeste', 'Centro-Oeste', 'Norte'],
    weight: 1,
    capacity: 30,
  },
  {
    email: 'camila.sdr@demo.bastao.app',
    name: 'Camila Ferreira',
    role: 'sales_rep',
    team: DEMO_TEAM,
    regions: ['PR', 'SC', 'RS', 'SP'],
    weight: 1,
    capacity: 30,
    isAway: true,
  },
];

export const DEMO_REPS = DEMO_ACCOUNTS.filter((account) => account.role === 'sales_rep');

/**
 * Creates the demo accounts with their passwords and team settings, in the caller's
 * transaction. An account that already exists (a `--force` run) keeps its id and gets the
 * demo password and settings again. `hashes` are `hashNewPassword` results, one per account,
 * computed before the transaction.
 */
export async function createDemoTeam(
  stores: { access: AccessStore },
  hashes: ReadonlyMap<string, string>,
  absence: { from: number; to: number },
  now: number,
): Promise<User[]> {
  const users: User[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const passwordHash = hashes.get(account.email);
    if (passwordHash === undefined) {
      throw new Error(`no password hash for ${account.email}`);
    }
    const existing = await stores.access.userByEmail(account.email);
    if (existing) {
      await storePassword(stores, existing.id, passwordHash);
    }
    const user =
      existing ??
      (await createUser(
        stores,
        { email: account.email, name: account.name, role: account.role, passwordHash },
        now,
      ));
    const settled: User = {
      ...user,
      isActive: true,
      team: account.team ?? null,
      regions: account.regions ?? [],
      weight: account.weight ?? 1,
      capacity: account.capacity ?? null,
      manages: account.manages ?? [],
      outOfOffice: account.isAway ? [absence] : [],
      updatedAt: now,
    };
    await stores.access.updateUser(settled);
    users.push(settled);
  }
  return users;
}

/** A rep's e-mail, in proportion to their round-robin weight (history's owners). */
export function pickRep(random: DemoRandom): string {
  return random.weighted(Object.fromEntries(DEMO_REPS.map((rep) => [rep.email, rep.weight ?? 1])));
}
