import { parse } from 'yaml';
import { createUser } from '../src/access/create-user.ts';
import { applyPlaybook } from '../src/playbook/apply-playbook.ts';
import { DEFAULT_PLAYBOOK_SOURCE } from '../src/playbook/default-playbook.ts';
import type { PlaybookVersion } from '../src/playbook/playbook-store.ts';
import type { System } from '../src/system.ts';
import type { Rep } from './raw-relay.ts';

/** The team every relay benchmark routes to. */
export const TEAM = 'inside';

/**
 * Adds `reps` active sales reps to the `inside` team (covering the Southeast and South)
 * and a manager of that team, as `PATCH /api/v1/users/:id` would set them.
 */
export async function addSalesTeam(system: System, reps: number): Promise<{ reps: Rep[]; manager: Rep }> {
  const now = system.clock.now();
  return system.stores.transaction(async (stores) => {
    const made: Rep[] = [];
    for (let i = 0; i < reps; i++) {
      const user = await createUser(
        stores,
        { email: `vendedor${i}@bastao.example`, name: `Vendedor ${i}`, role: 'sales_rep' },
        now,
      );
      await stores.access.updateUser({
        ...user,
        team: TEAM,
        regions: ['SP', 'RJ', 'MG', 'ES', 'PR', 'SC', 'RS'],
      });
      made.push({ id: user.id, name: user.name, email: user.email });
    }
    const manager = await createUser(
      stores,
      { email: 'gestora@bastao.example', name: 'Gestora', role: 'sales_manager' },
      now,
    );
    await stores.access.updateUser({ ...manager, manages: [TEAM] });
    return { reps: made, manager: { id: manager.id, name: manager.name, email: manager.email } };
  });
}

/**
 * Applies the default playbook with one routing rule (every lead to the `inside` team by
 * weighted round robin, account owner first, else the `unassigned` queue), optionally
 * changed further by `edit`. Returns the version now in force.
 */
export async function applyRoutingPlaybook(
  system: System,
  note: string,
  edit: (playbook: Record<string, unknown>) => void = () => {},
): Promise<PlaybookVersion> {
  const document = parse(DEFAULT_PLAYBOOK_SOURCE) as Record<string, unknown>;
  document.routing = {
    accountOwnerFirst: true,
    rules: [{ id: TEAM, assign: { team: TEAM } }],
    fallback: { queue: 'unassigned' },
  };
  edit(document);
  return system.stores.transaction((stores) =>
    applyPlaybook(stores, { document }, { actor: 'bench', note }, system.clock.now()),
  );
}
