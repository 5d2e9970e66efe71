import { type Kysely, type Selectable, sql } from 'kysely';
import { newId } from '../kernel/ids.ts';
import type { Consent, Grade, Lead, LeadScore, Stage, Touch } from '../leads/lead.ts';
import type { LeadQuery, LeadStore } from '../leads/lead-store.ts';
import { escapeLike } from './dialect.ts';
import { parseJson } from './json.ts';
import type { Database, LeadsTable } from './schema.ts';

/** Lower-case, accents folded: "João Conceição" → "joao conceicao". */
export const foldText = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const searchTextOf = (lead: Lead): string =>
  foldText([lead.name, lead.email, lead.companyName].filter(Boolean).join(' '));

export function leadFromRow(row: Selectable<LeadsTable>): Lead {
  const consent: Consent | null =
    row.consent_basis === null
      ? null
      : { basis: row.consent_basis, givenAt: row.consent_given_at ?? row.created_at };
  const score: LeadScore | null =
    row.grade === null || row.scored_at === null
      ? null
      : {
          fit: row.fit ?? 0,
          grade: row.grade as Grade,
          engagement: row.engagement ?? 0,
          playbookVersion: row.score_playbook_version ?? 0,
          scoredAt: row.scored_at,
        };
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    phone: row.phone,
    phoneE164: row.phone_e164,
    jobTitle: row.job_title,
    companyId: row.company_id,
    companyName: row.company_name,
    stage: row.stage as Stage,
    stageEnteredAt: row.stage_entered_at ?? row.created_at,
    score,
    ownerId: row.owner_id,
    queue: row.queue,
    assignedAt: row.assigned_at,
    firstTouch: parseJson<Touch | null>(row.first_touch, null),
    lastTouch: parseJson<Touch | null>(row.last_touch, null),
    consent,
    fields: parseJson(row.fields, {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function rowFromLead(lead: Lead): Omit<Selectable<LeadsTable>, 'merged_into_id'> {
  return {
    id: lead.id,
    email: lead.email,
    name: lead.name,
    phone: lead.phone,
    phone_e164: lead.phoneE164,
    job_title: lead.jobTitle,
    company_id: lead.companyId,
    company_name: lead.companyName,
    stage: lead.stage,
    stage_entered_at: lead.stageEnteredAt,
    fit: lead.score?.fit ?? null,
    grade: lead.score?.grade ?? null,
    engagement: lead.score?.engagement ?? null,
    scored_at: lead.score?.scoredAt ?? null,
    score_playbook_version: lead.score?.playbookVersion ?? null,
    owner_id: lead.ownerId,
    queue: lead.queue,
    assigned_at: lead.assignedAt,
    channel: lead.firstTouch?.channel ?? null,
    campaign: lead.firstTouch?.campaign ?? null,
    first_touch: lead.firstTouch ? JSON.stringify(lead.firstTouch) : null,
    last_touch: lead.lastTouch ? JSON.stringify(lead.lastTouch) : null,
    consent_basis: lead.consent?.basis ?? null,
    consent_given_at: lead.consent?.givenAt ?? null,
    fields: JSON.stringify(lead.fields),
    search_text: searchTextOf(lead),
    created_at: lead.createdAt,
    updated_at: lead.updatedAt,
  };
}

/** Merges can chain (A into B, later B into C); a lookup follows them to the live lead. */
const MAX_MERGE_HOPS = 16;

/**
 * `lockRows`: inside a PostgreSQL write transaction, reads take row locks (FOR UPDATE)
 * so that two requests changing the same lead run one after the other instead of
 * overwriting each other (SQLite's BEGIN IMMEDIATE already serializes writers).
 */
export function sqlLeadStore(db: Kysely<Database>, lockRows = false): LeadStore {
  const selectLeads = () => {
    const q = db.selectFrom('leads').selectAll();
    return lockRows ? q.forUpdate() : q;
  };
  const byIdFollowing = async (id: string): Promise<Lead | undefined> => {
    let current = id;
    for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
      const row = await selectLeads().where('id', '=', current).executeTakeFirst();
      if (!row) {
        return undefined;
      }
      if (row.merged_into_id === null) {
        return leadFromRow(row);
      }
      current = row.merged_into_id;
    }
    return undefined;
  };

  const byEmails = async (emails: readonly string[]): Promise<Map<string, Lead>> => {
    const found = new Map<string, Lead>();
    if (emails.length === 0) {
      return found;
    }
    for (let i = 0; i < emails.length; i += 500) {
      const chunk = emails.slice(i, i + 500);
      // Sorted, so that concurrent batches lock rows in the same order and cannot deadlock.
      const rows = await selectLeads().where('email', 'in', chunk).orderBy('id').execute();
      for (const row of rows) {
        found.set(row.email as string, leadFromRow(row));
      }
    }
    const missing = emails.filter((email) => !found.has(email));
    if (missing.length > 0) {
      for (let i = 0; i < missing.length; i += 500) {
        const aliases = await db
          .selectFrom('lead_email_aliases')
          .select(['email', 'lead_id'])
          .where('email', 'in', missing.slice(i, i + 500))
          .execute();
        for (const alias of aliases) {
          const lead = await byIdFollowing(alias.lead_id);
          if (lead) {
            found.set(alias.email, lead);
          }
        }
      }
    }
    return found;
  };

  return {
    byId: byIdFollowing,
    byEmails,
    async byEmail(email) {
      return (await byEmails([email])).get(email);
    },
    async insert(lead) {
      const result = await db
        .insertInto('leads')
        .values({ ...rowFromLead(lead), merged_into_id: null })
        .onConflict((oc) => oc.column('email').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async update(lead) {
      const { id, ...row } = rowFromLead(lead);
      await db.updateTable('leads').set(row).where('id', '=', id).execute();
    },
    async list(query: LeadQuery) {
      let q = db.selectFrom('leads').selectAll().where('merged_into_id', 'is', null);
      if (query.email !== undefined) {
        const lead = await byEmails([query.email]);
        q = q.where('id', '=', lead.get(query.email)?.id ?? '');
      }
      if (query.stage !== undefined) {
        q = q.where('stage', '=', query.stage);
      }
      if (query.ownerId !== undefined) {
        q = q.where('owner_id', '=', query.ownerId);
      }
      if (query.channel !== undefined) {
        q = q.where('channel', '=', query.channel);
      }
      if (query.createdFrom !== undefined) {
        q = q.where('created_at', '>=', query.createdFrom);
      }
      if (query.createdTo !== undefined) {
        q = q.where('created_at', '<', query.createdTo);
      }
      if (query.text) {
        const pattern = `%${escapeLike(foldText(query.text))}%`;
        q = q.where(sql<boolean>`search_text like ${pattern} escape '\\'`);
      }
      if (query.after) {
        const { at, id } = query.after;
        q = q.where((eb) =>
          eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]),
        );
      }
      const rows = await q
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(query.limit + 1)
        .execute();
      return rows.map(leadFromRow);
    },
    async scan(afterId, limit, options = {}) {
      let q = db.selectFrom('leads').selectAll().where('merged_into_id', 'is', null);
      if (afterId !== null) {
        q = q.where('id', '>', afterId);
      }
      const stale = options.staleForPlaybook;
      if (stale !== undefined) {
        q = q.where((eb) =>
          eb.or([eb('score_playbook_version', 'is', null), eb('score_playbook_version', '!=', stale)]),
        );
      }
      const rows = await q.orderBy('id').limit(limit).execute();
      return rows.map(leadFromRow);
    },
    async countStale(version) {
      const row = await db
        .selectFrom('leads')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('merged_into_id', 'is', null)
        .where((eb) =>
          eb.or([eb('score_playbook_version', 'is', null), eb('score_playbook_version', '!=', version)]),
        )
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async retire({ mergedId, survivorId, snapshot, actor, at }) {
      await db
        .updateTable('lead_email_aliases')
        .set({ lead_id: survivorId })
        .where('lead_id', '=', mergedId)
        .execute();
      await db
        .updateTable('leads')
        .set({ merged_into_id: survivorId })
        .where('merged_into_id', '=', mergedId)
        .execute();
      await db
        .updateTable('leads')
        .set({ email: null, merged_into_id: survivorId, updated_at: at })
        .where('id', '=', mergedId)
        .execute();
      if (snapshot.email !== null) {
        await db
          .insertInto('lead_email_aliases')
          .values({ email: snapshot.email, lead_id: survivorId, created_at: at })
          .onConflict((oc) => oc.column('email').doUpdateSet({ lead_id: survivorId }))
          .execute();
      }
      await db
        .insertInto('lead_merges')
        .values({
          id: newId(),
          survivor_id: survivorId,
          merged_id: mergedId,
          merged_snapshot: JSON.stringify(snapshot),
          actor,
          at,
        })
        .execute();
    },
  };
}
