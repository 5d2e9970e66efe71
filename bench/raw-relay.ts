import { planCadence } from '../src/handoff/plan-cadence.ts';
import { newId } from '../src/kernel/ids.ts';
import { decideQualification } from '../src/lifecycle/decide-qualification.ts';
import { lastMoveAt } from '../src/lifecycle/evaluate-lead.ts';
import { leadEvent } from '../src/notify/lead-event.ts';
import type { PlaybookVersion } from '../src/playbook/playbook-store.ts';
import { scoreLead } from '../src/scoring/score-lead.ts';
import { calendarOf } from '../src/sla/calendar-of.ts';
import { planClocks } from '../src/sla/plan-clocks.ts';
import type { CompaniesTable, EventsTable, LeadsTable } from '../src/storage/schema.ts';
import { companyFromRow } from '../src/storage/sql-company-store.ts';
import { eventFromRow } from '../src/storage/sql-event-store.ts';
import { leadFromRow } from '../src/storage/sql-lead-store.ts';
import type { RawDriver } from './engines.ts';
import { type RawSql, rawSql, tuples } from './raw-sql.ts';

export interface Rep {
  id: string;
  name: string;
  email: string;
}

/** One event for one lead, as the raw path receives it. */
export interface RawEvent {
  email: string;
  type: string;
  props: Record<string, unknown>;
  idempotencyKey: string;
}

/**
 * The floor for "event → MQL → owner → clocks → outbox": the same rows the product writes
 * for a crossing event, in one transaction, with the driver alone — lock and read the lead,
 * append the event, read its history and company, score with the product's pure functions,
 * then write the lead, the transition, the assignment, 3 clocks, the cadence's tasks and 2
 * outbox messages. Owners go round robin from memory (account owner first), so there are
 * no routing reads. Returns whether the lead became MQL.
 */
export function rawRelayPath(
  driver: RawDriver,
  playbook: PlaybookVersion,
  reps: readonly Rep[],
): (event: RawEvent, now: number) => Promise<boolean> {
  const db = rawSql(driver);
  const lock = driver.engine === 'postgres' ? ' for update' : '';
  const calendar = calendarOf(playbook.playbook);
  let turn = 0;
  return (event, now) =>
    db.transaction(async () => {
      const [leadRow] = await db.all<LeadsTable>(`select * from leads where email = ?${lock}`, [event.email]);
      if (!leadRow) {
        throw new Error(`raw relay: no lead ${event.email}`);
      }
      await db.run(
        'insert into events (id, lead_id, type, occurred_at, received_at, props, idempotency_key) values (?, ?, ?, ?, ?, ?, ?)',
        [newId(), leadRow.id, event.type, now, now, JSON.stringify(event.props), event.idempotencyKey],
      );
      const events = await db.all<EventsTable>(
        'select * from events where lead_id = ? order by occurred_at, id',
        [leadRow.id],
      );
      const [companyRow] = leadRow.company_id
        ? await db.all<CompaniesTable>('select * from companies where id = ?', [leadRow.company_id])
        : [];
      const lead = leadFromRow(leadRow);
      const company = companyRow ? companyFromRow(companyRow) : null;
      const since = lastMoveAt(lead);
      const score = scoreLead(playbook.playbook, { lead, company }, events.map(eventFromRow), now, {
        ...(since === undefined ? {} : { handRaiseSince: since }),
      });
      const decision = decideQualification({
        stage: lead.stage,
        enteredStageAt: lead.stageEnteredAt,
        score,
        playbook: playbook.playbook,
        at: now,
      });
      const scoreValues = [score.fit, score.grade, score.engagement, now, playbook.version];
      if (!decision) {
        await db.run(
          'update leads set fit = ?, grade = ?, engagement = ?, scored_at = ?, score_playbook_version = ?, updated_at = ? where id = ?',
          [...scoreValues, now, lead.id],
        );
        return false;
      }
      const owner =
        reps.find((rep) => rep.id === company?.ownerId) ?? (reps[turn++ % reps.length] as Rep | undefined);
      if (!owner) {
        throw new Error('raw relay: no reps');
      }
      if (company && company.ownerId === null) {
        await db.run('update companies set owner_id = ?, updated_at = ? where id = ?', [
          owner.id,
          now,
          company.id,
        ]);
      }
      await db.run(
        'update leads set fit = ?, grade = ?, engagement = ?, scored_at = ?, score_playbook_version = ?, stage = ?, stage_entered_at = ?, owner_id = ?, queue = null, assigned_at = ?, updated_at = ? where id = ?',
        [...scoreValues, 'mql', now, owner.id, now, now, lead.id],
      );
      await db.run(
        'insert into transitions (id, lead_id, from_stage, to_stage, at, actor, reason, playbook_version, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [newId(), lead.id, lead.stage, 'mql', now, 'system', decision.reason, playbook.version, now],
      );
      const candidates = JSON.stringify([{ userId: owner.id, ruleId: 'inside', eligible: true }]);
      await db.run(
        'insert into assignments (id, lead_id, user_id, queue, rule_id, candidates, at, actor, playbook_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [newId(), lead.id, owner.id, null, 'inside', candidates, now, 'system', playbook.version],
      );
      const clocks = planClocks(playbook.playbook.sla, calendar, now);
      await insertRows(
        db,
        'sla_clocks (id, lead_id, owner_id, kind, started_at, due_at, warn_at, playbook_version)',
        clocks.map((c) => [
          newId(),
          lead.id,
          owner.id,
          c.kind,
          c.startedAt,
          c.dueAt,
          c.warnAt,
          playbook.version,
        ]),
      );
      const tasks = planCadence(playbook.playbook.cadence, calendar, now, {
        firstTouchMinutes: playbook.playbook.sla.firstTouch.businessMinutes,
      });
      await insertRows(
        db,
        'tasks (id, lead_id, owner_id, step, day, channel, label, due_at)',
        tasks.map((t) => [
          newId(),
          lead.id,
          owner.id,
          t.step,
          t.day,
          t.channel,
          JSON.stringify(t.label),
          t.dueAt,
        ]),
      );
      const mql = { ...lead, stage: 'mql' as const, ownerId: owner.id, assignedAt: now };
      const messages = [
        leadEvent('lead.mql', mql, now, { reason: decision.reason }),
        leadEvent('lead.assigned', mql, now, { ruleId: 'inside', queue: null }, owner),
      ];
      await insertRows(
        db,
        'outbox (id, topic, payload, occurred_at, created_at)',
        messages.map((m) => [newId(), m.type, JSON.stringify(m), m.occurredAt, now]),
      );
      return true;
    });
}

async function insertRows(db: RawSql, into: string, rows: readonly unknown[][]): Promise<void> {
  const columns = rows[0]?.length ?? 0;
  if (columns > 0) {
    await db.run(`insert into ${into} values ${tuples(rows.length, columns)}`, rows.flat());
  }
}
