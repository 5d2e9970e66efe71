import type { Kysely } from 'kysely';
import type { DealStatus } from '../revenue/deal.ts';
import type { System } from '../system.ts';
import { openDatabase } from './connect.ts';
import type { Database } from './schema.ts';
import { sqlCostStore } from './sql-cost-store.ts';
import { sqlDealStore } from './sql-deal-store.ts';

/**
 * Rows written straight into the tables, for KPI tests that need exact times (history as
 * an import would leave it). A second connection to the test system's database.
 */
export async function withDatabase<T>(system: System, work: (seed: Seed) => Promise<T>): Promise<T> {
  const handle = openDatabase({ databaseUrl: system.config.databaseUrl, dataDir: system.config.dataDir });
  try {
    return await work(seeder(handle.db));
  } finally {
    await handle.close();
  }
}

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${String(++sequence).padStart(6, '0')}`;

export type Seed = ReturnType<typeof seeder>;

function seeder(db: Kysely<Database>) {
  const deals = sqlDealStore(db);
  const costs = sqlCostStore(db);
  return {
    async user(id: string, name: string) {
      await db
        .insertInto('users')
        .values({ id, email: `${id}@vendas.com`, name, role: 'sales_rep', created_at: 0, updated_at: 0 })
        .execute();
    },
    async lead(
      id: string,
      createdAt: number,
      extra: {
        channel?: string;
        campaign?: string;
        ownerId?: string;
        mergedInto?: string;
        grade?: string;
        fit?: number;
      } = {},
    ) {
      await db
        .insertInto('leads')
        .values({
          id,
          email: `${id.toLowerCase()}@cliente.com.br`,
          name: `Lead ${id}`,
          stage: 'lead',
          channel: extra.channel ?? null,
          campaign: extra.campaign ?? null,
          owner_id: extra.ownerId ?? null,
          merged_into_id: extra.mergedInto ?? null,
          grade: extra.grade ?? null,
          fit: extra.fit ?? null,
          fields: '{}',
          search_text: '',
          created_at: createdAt,
          updated_at: createdAt,
        })
        .execute();
    },
    /** Transitions in the order given, each from the previous stage. */
    async moves(leadId: string, moves: [stage: string, at: number][]) {
      let from = 'lead';
      for (const [to, at] of moves) {
        await db
          .insertInto('transitions')
          .values({
            id: nextId('t'),
            lead_id: leadId,
            from_stage: from,
            to_stage: to,
            at,
            actor: 'import',
            reason: 'test',
            playbook_version: null,
            recorded_at: at,
          })
          .execute();
        from = to;
      }
    },
    /** Through the revenue capability's own store, as the API and imports write deals. */
    async deal(
      leadId: string,
      status: DealStatus,
      amountCents: number,
      closedAt: number | null,
      currency = 'BRL',
    ) {
      const id = nextId('d');
      const at = closedAt ?? 0;
      await deals.insert({
        id,
        externalId: null,
        leadId,
        name: `Deal ${id}`,
        amountCents,
        currency,
        status,
        createdAt: at,
        closedAt,
        lostReason: null,
        ownerId: null,
        ownerName: null,
        fields: {},
        recordedAt: at,
        updatedAt: at,
      });
      return id;
    },
    /** `campaign: ''` is a cost of the whole channel. */
    async cost(month: string, channel: string, campaign: string, amountCents: number) {
      await costs.insert({
        id: nextId('c'),
        month,
        channel,
        campaign: campaign || null,
        amountCents,
        currency: 'BRL',
        createdAt: 0,
        updatedAt: 0,
      });
    },
    async clock(
      leadId: string,
      kind: string,
      times: { startedAt: number; dueAt: number; metAt?: number; stoppedAt?: number; ownerId?: string },
    ) {
      await db
        .insertInto('sla_clocks')
        .values({
          id: nextId('k'),
          lead_id: leadId,
          owner_id: times.ownerId ?? null,
          kind,
          started_at: times.startedAt,
          due_at: times.dueAt,
          warn_at: null,
          warned_at: null,
          met_at: times.metAt ?? null,
          breached_at: null,
          escalated_at: null,
          stopped_at: times.stoppedAt ?? null,
          stop_reason: null,
          playbook_version: null,
        })
        .execute();
    },
    async decision(
      leadId: string,
      at: number,
      decision: 'accept' | 'reject',
      source: { channel?: string; campaign?: string; reason?: string } = {},
    ) {
      await db
        .insertInto('decisions')
        .values({
          id: nextId('x'),
          lead_id: leadId,
          user_id: null,
          actor: 'test',
          decision,
          reason_code: source.reason ?? null,
          note: null,
          to_stage: decision === 'accept' ? 'sql' : 'nurture',
          channel: source.channel ?? null,
          campaign: source.campaign ?? null,
          at,
        })
        .execute();
    },
    async objection(leadId: string, at: number, objection: string | null) {
      await db
        .insertInto('activities')
        .values({
          id: nextId('a'),
          lead_id: leadId,
          user_id: null,
          actor: 'test',
          channel: 'call',
          outcome: 'connected',
          occurred_at: at,
          note: null,
          objection,
          duration_seconds: null,
          recorded_at: at,
        })
        .execute();
    },
  };
}
