import { type Kysely, sql } from 'kysely';
import type { Assignment, TeamStore } from '../routing/assignment.ts';
import type { RoutingCandidate } from '../routing/choose-owner.ts';
import type { TeamMember } from '../routing/team-member.ts';
import { parseJson } from './json.ts';
import type { Database } from './schema.ts';

export function sqlTeamStore(db: Kysely<Database>): TeamStore {
  return {
    async members() {
      const [users, open] = await Promise.all([
        db.selectFrom('users').selectAll().orderBy('id').execute(),
        db
          .selectFrom('leads')
          .select(['owner_id'])
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('stage', '=', 'mql')
          .where('owner_id', 'is not', null)
          .where('merged_into_id', 'is', null)
          .groupBy('owner_id')
          .execute(),
      ]);
      const openBy = new Map(open.map((row) => [row.owner_id as string, Number(row.n)]));
      return users.map(
        (u): TeamMember => ({
          userId: u.id,
          email: u.email,
          name: u.name,
          team: u.team,
          regions: parseJson<string[]>(u.regions, []),
          weight: u.weight,
          capacity: u.capacity,
          openMqls: openBy.get(u.id) ?? 0,
          isActive: u.is_active === 1,
          outOfOffice: parseJson<{ from: number; to: number }[]>(u.out_of_office, []),
          managerOf: parseJson<string[]>(u.manages, []),
        }),
      );
    },
    async counters() {
      const rows = await db.selectFrom('routing_counters').selectAll().execute();
      return Object.fromEntries(rows.map((r) => [r.key, Number(r.credits)]));
    },
    async addCredits(updates) {
      for (const [key, credits] of Object.entries(updates)) {
        await db
          .insertInto('routing_counters')
          .values({ key, credits })
          .onConflict((oc) =>
            oc
              .column('key')
              .doUpdateSet({ credits: sql<number>`routing_counters.credits + excluded.credits` }),
          )
          .execute();
      }
    },
    async insertAssignment(a) {
      await db
        .insertInto('assignments')
        .values({
          id: a.id,
          lead_id: a.leadId,
          user_id: a.userId,
          queue: a.queue,
          rule_id: a.ruleId,
          candidates: JSON.stringify(a.candidates),
          at: a.at,
          actor: a.actor,
          playbook_version: a.playbookVersion,
        })
        .execute();
    },
    async assignmentsOf(leadId) {
      const rows = await db
        .selectFrom('assignments')
        .selectAll()
        .where('lead_id', '=', leadId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map(
        (r): Assignment => ({
          id: r.id,
          leadId: r.lead_id,
          userId: r.user_id,
          queue: r.queue,
          ruleId: r.rule_id,
          candidates: parseJson<RoutingCandidate[]>(r.candidates, []),
          at: r.at,
          actor: r.actor,
          playbookVersion: r.playbook_version,
        }),
      );
    },
  };
}
