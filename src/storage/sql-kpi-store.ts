import type { Kysely } from 'kysely';
import type { DealFact, Dimensions, FirstTouchFact } from '../kpi/kpi-facts.ts';
import type { KpiStore, RowPage } from '../kpi/kpi-store.ts';
import type { DealStatus } from '../revenue/deal.ts';
import type { Database } from './schema.ts';
import { decode, firstTimesOf, fromCursor, nextOf, num, START, sqlLeadFacts } from './sql-kpi-lead-facts.ts';

const CLOSED = ['won', 'lost'] as const;

interface DimensionColumns {
  lead_id: string;
  channel: string | null;
  campaign: string | null;
  owner_id: string | null;
  owner_name: string | null;
}

/**
 * The KPIs' reads. Periods are compared on the epoch-ms columns only; local dates, months
 * and business minutes are worked out in TypeScript so both engines agree to the minute.
 * Each page reads along an index in (time, id) order, so paging a period costs what the
 * period holds, not the table.
 */
export function sqlKpiStore(db: Kysely<Database>): KpiStore {
  /** Each row's groups, with the first `mql` of its lead read for the page at once. */
  const withDimensions = async <R extends DimensionColumns>(rows: R[]) => {
    const firsts = await firstTimesOf(
      db,
      rows.map((r) => r.lead_id),
    );
    return rows.map((r) => ({
      row: r,
      dimensions: {
        channel: r.channel,
        campaign: r.campaign,
        ownerId: r.owner_id,
        ownerName: r.owner_name,
        firstMqlAt: firsts.get(r.lead_id)?.mql ?? null,
      } satisfies Dimensions,
    }));
  };

  return {
    leadFacts: sqlLeadFacts(db),

    async leadSummaries(leadIds) {
      if (leadIds.length === 0) {
        return [];
      }
      const rows = await db
        .selectFrom('leads as l')
        .leftJoin('companies as c', 'c.id', 'l.company_id')
        .select(['l.id', 'l.name', 'l.email', 'l.stage', 'l.company_name', 'c.name as company'])
        .where('l.id', 'in', [...new Set(leadIds)])
        .execute();
      return rows.map((r) => ({
        leadId: r.id,
        name: r.name,
        email: r.email,
        company: r.company_name ?? r.company,
        stage: r.stage,
      }));
    },

    async closedDeals(period, cursor, limit): Promise<RowPage<DealFact>> {
      for (let p = decode(cursor); p.source < CLOSED.length; p = { ...START, source: p.source + 1 }) {
        const rows = await db
          .selectFrom('deals as d')
          .innerJoin('leads as l', 'l.id', 'd.lead_id')
          .leftJoin('users as u', 'u.id', 'l.owner_id')
          .leftJoin('users as du', 'du.id', 'd.owner_id')
          .select([
            'd.id',
            'd.external_id',
            'd.lead_id',
            'd.name',
            'd.amount_cents',
            'd.currency',
            'd.status',
          ])
          .select(['d.closed_at', 'd.owner_name as deal_owner_name', 'du.name as deal_owner_user'])
          .select(['l.channel', 'l.campaign', 'l.owner_id', 'u.name as owner_name'])
          .where('d.status', '=', CLOSED[p.source] as string)
          .where(fromCursor('d.closed_at', 'd.id', period.from, p))
          .where('d.closed_at', '<', period.to)
          .orderBy('d.closed_at')
          .orderBy('d.id')
          .limit(limit)
          .execute();
        if (rows.length > 0) {
          const last = rows.at(-1);
          return {
            rows: (await withDimensions(rows)).map(({ row: r, dimensions }) => ({
              ...dimensions,
              dealId: r.id,
              externalId: r.external_id,
              leadId: r.lead_id,
              name: r.name,
              dealOwner: r.deal_owner_user ?? r.deal_owner_name,
              amountCents: Number(r.amount_cents),
              currency: r.currency,
              status: r.status as DealStatus,
              closedAt: Number(r.closed_at),
            })),
            next: nextOf(
              p,
              last && { at: Number(last.closed_at), id: last.id },
              rows.length === limit,
              CLOSED.length,
            ),
          };
        }
      }
      return { rows: [], next: null };
    },

    async costs(months) {
      if (months.length === 0) {
        return [];
      }
      const rows = await db
        .selectFrom('costs')
        .select(['month', 'channel', 'campaign', 'amount_cents', 'currency'])
        .where('month', 'in', months)
        .orderBy('month')
        .orderBy('channel')
        .orderBy('campaign')
        .execute();
      return rows.map(({ amount_cents, ...r }) => ({ ...r, amountCents: Number(amount_cents) }));
    },

    async firstTouches(period, cursor, limit): Promise<RowPage<FirstTouchFact>> {
      const p = decode(cursor);
      // A clock is due after it starts: the due-time index bounds the scan from the period's start.
      const rows = await db
        .selectFrom('sla_clocks as c')
        .innerJoin('leads as l', 'l.id', 'c.lead_id')
        .leftJoin('users as u', 'u.id', 'c.owner_id')
        .select(['c.id', 'c.lead_id', 'c.started_at', 'c.due_at', 'c.met_at', 'c.stopped_at'])
        .select(['l.channel', 'l.campaign', 'c.owner_id', 'u.name as owner_name'])
        .where('c.kind', '=', 'first_touch')
        .where(fromCursor('c.due_at', 'c.id', period.from, p))
        .where('c.started_at', '>=', period.from)
        .where('c.started_at', '<', period.to)
        .orderBy('c.due_at')
        .orderBy('c.id')
        .limit(limit)
        .execute();
      const last = rows.at(-1);
      return {
        rows: (await withDimensions(rows)).map(({ row: r, dimensions }) => ({
          ...dimensions,
          leadId: r.lead_id,
          startedAt: Number(r.started_at),
          dueAt: Number(r.due_at),
          metAt: num(r.met_at),
          stoppedAt: num(r.stopped_at),
        })),
        next: nextOf(p, last && { at: Number(last.due_at), id: last.id }, rows.length === limit, 1),
      };
    },

    async decisionCounts(period) {
      const rows = await db
        .selectFrom('decisions')
        .select(['channel', 'campaign', 'decision', 'reason_code'])
        .select((eb) => eb.fn.countAll().as('n'))
        .where('at', '>=', period.from)
        .where('at', '<', period.to)
        .groupBy(['channel', 'campaign', 'decision', 'reason_code'])
        .execute();
      return rows.map((r) => ({
        channel: r.channel,
        campaign: r.campaign,
        decision: r.decision as 'accept' | 'reject',
        reasonCode: r.reason_code,
        count: Number(r.n),
      }));
    },

    async objectionCounts(period) {
      const rows = await db
        .selectFrom('activities')
        .select('objection')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('objection', 'is not', null)
        .where('occurred_at', '>=', period.from)
        .where('occurred_at', '<', period.to)
        .groupBy('objection')
        .execute();
      return rows.map((r) => ({ objection: r.objection ?? '', count: Number(r.n) }));
    },

    async openBreaches(at, limit) {
      const open = db
        .selectFrom('sla_clocks as c')
        .innerJoin('leads as l', 'l.id', 'c.lead_id')
        .where('c.due_at', '<', at)
        .where('c.started_at', '<', at)
        .where('l.merged_into_id', 'is', null)
        .where((eb) => eb.or([eb('c.met_at', 'is', null), eb('c.met_at', '>=', at)]))
        .where((eb) => eb.or([eb('c.stopped_at', 'is', null), eb('c.stopped_at', '>=', at)]));
      const [count, rows] = await Promise.all([
        open.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
        open
          .leftJoin('users as u', 'u.id', 'c.owner_id')
          .select([
            'c.lead_id',
            'l.name',
            'l.email',
            'c.owner_id',
            'u.name as owner_name',
            'c.kind',
            'c.due_at',
          ])
          .orderBy('c.due_at')
          .orderBy('c.id')
          .limit(limit)
          .execute(),
      ]);
      return {
        total: Number(count.n),
        items: rows.map((r) => ({
          leadId: r.lead_id,
          leadName: r.name,
          leadEmail: r.email,
          ownerId: r.owner_id,
          ownerName: r.owner_name,
          kind: r.kind,
          dueAt: Number(r.due_at),
        })),
      };
    },
  };
}
