import type { Kysely, Selectable } from 'kysely';
import type { Activity, ActivityChannel, ActivityOutcome } from '../handoff/activity.ts';
import type { CadenceChannel } from '../handoff/cadence-schema.ts';
import type { Decision, HandoffStore, StoredTask } from '../handoff/handoff-store.ts';
import type { LocalizedText } from '../playbook/localized-text.ts';
import { parseJson } from './json.ts';
import type { ActivitiesTable, Database, TasksTable } from './schema.ts';

export const activityFromRow = (r: Selectable<ActivitiesTable>): Activity => ({
  id: r.id,
  leadId: r.lead_id,
  userId: r.user_id,
  actor: r.actor,
  channel: r.channel as ActivityChannel,
  outcome: r.outcome as ActivityOutcome,
  occurredAt: r.occurred_at,
  note: r.note,
  objection: r.objection,
  durationSeconds: r.duration_seconds,
});

const taskFromRow = (r: Selectable<TasksTable>): StoredTask => ({
  id: r.id,
  leadId: r.lead_id,
  ownerId: r.owner_id,
  step: r.step,
  day: r.day,
  channel: r.channel as CadenceChannel,
  dueAt: r.due_at,
  label: parseJson<LocalizedText>(r.label, { 'pt-BR': r.channel, en: r.channel }),
  cancelledAt: r.cancelled_at,
});

function groupBy<T extends { leadId: string }>(ids: readonly string[], items: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const item of items) {
    out.get(item.leadId)?.push(item);
  }
  return out;
}

export function sqlHandoffStore(db: Kysely<Database>, now: () => number): HandoffStore {
  const activitiesIn = async (leadIds: readonly string[]) => {
    const out: Activity[] = [];
    for (let i = 0; i < leadIds.length; i += 500) {
      const rows = await db
        .selectFrom('activities')
        .selectAll()
        .where('lead_id', 'in', leadIds.slice(i, i + 500))
        .orderBy('occurred_at')
        .orderBy('id')
        .execute();
      out.push(...rows.map(activityFromRow));
    }
    return out;
  };
  const tasksIn = async (leadIds: readonly string[]) => {
    const out: StoredTask[] = [];
    for (let i = 0; i < leadIds.length; i += 500) {
      const rows = await db
        .selectFrom('tasks')
        .selectAll()
        .where('lead_id', 'in', leadIds.slice(i, i + 500))
        .where('cancelled_at', 'is', null)
        .orderBy('due_at')
        .orderBy('step')
        .execute();
      out.push(...rows.map(taskFromRow));
    }
    return out;
  };
  return {
    async insertActivity(a) {
      await db
        .insertInto('activities')
        .values({
          id: a.id,
          lead_id: a.leadId,
          user_id: a.userId,
          actor: a.actor,
          channel: a.channel,
          outcome: a.outcome,
          occurred_at: a.occurredAt,
          note: a.note,
          objection: a.objection,
          duration_seconds: a.durationSeconds,
          recorded_at: now(),
        })
        .execute();
    },
    activitiesOf: (leadId) => activitiesIn([leadId]),
    activitiesFor: async (leadIds) => groupBy(leadIds, await activitiesIn(leadIds)),
    async insertTasks(tasks) {
      if (tasks.length === 0) {
        return;
      }
      await db
        .insertInto('tasks')
        .values(
          tasks.map((t) => ({
            id: t.id,
            lead_id: t.leadId,
            owner_id: t.ownerId,
            step: t.step,
            day: t.day,
            channel: t.channel,
            label: JSON.stringify(t.label),
            due_at: t.dueAt,
            done_at: null,
            activity_id: null,
            cancelled_at: t.cancelledAt,
          })),
        )
        .execute();
    },
    tasksOf: (leadId) => tasksIn([leadId]),
    tasksFor: async (leadIds) => groupBy(leadIds, await tasksIn(leadIds)),
    async cancelTasks(leadId, at) {
      await db
        .updateTable('tasks')
        .set({ cancelled_at: at })
        .where('lead_id', '=', leadId)
        .where('cancelled_at', 'is', null)
        .execute();
    },
    async insertDecision(d: Decision) {
      await db
        .insertInto('decisions')
        .values({
          id: d.id,
          lead_id: d.leadId,
          user_id: d.userId,
          actor: d.actor,
          decision: d.decision,
          reason_code: d.reasonCode,
          note: d.note,
          to_stage: d.toStage,
          channel: d.channel,
          campaign: d.campaign,
          at: d.at,
        })
        .execute();
    },
    async countDecisions(from, to) {
      const rows = await db
        .selectFrom('decisions')
        .select(['decision'])
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('at', '>=', from)
        .where('at', '<', to)
        .groupBy('decision')
        .execute();
      const count = (d: string) => Number(rows.find((r) => r.decision === d)?.n ?? 0);
      return { accepted: count('accept'), rejected: count('reject') };
    },
    async lastDecision(leadId) {
      const r = await db
        .selectFrom('decisions')
        .selectAll()
        .where('lead_id', '=', leadId)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return r
        ? {
            id: r.id,
            leadId: r.lead_id,
            userId: r.user_id,
            actor: r.actor,
            decision: r.decision as Decision['decision'],
            reasonCode: r.reason_code,
            note: r.note,
            toStage: r.to_stage,
            channel: r.channel,
            campaign: r.campaign,
            at: r.at,
          }
        : undefined;
    },
  };
}
