import { newId } from '../../kernel/ids.ts';
import type { Lead, Stage } from '../../leads/lead.ts';
import type { CompanyStore } from '../../leads/lead-store.ts';
import type { Transition } from '../../lifecycle/lifecycle.ts';
import { type DealStores, recordDeal } from '../record-deal.ts';
import { historyTransitions } from './history-transitions.ts';
import { importCompany } from './import-company.ts';
import type { ImportContext, ImportRecord } from './import-record.ts';
import type { ImportStore } from './import-store.ts';
import type { RowOutcome } from './import-summary.ts';
import { applyImportedLead, type ImportedLead, isSameLead } from './imported-lead.ts';
import { KnownLeads } from './known-leads.ts';
import { planHistoryMoves } from './plan-history-moves.ts';

export interface ImportStores extends DealStores {
  companies: CompanyStore;
  imports: ImportStore;
}

type LeadOutcome = { lead: Lead; outcome: 'created' | 'updated' | 'unchanged' } | { reason: string };

/**
 * Applies a batch of parsed rows as history, in the caller's transaction: each person is
 * found (by the source's id, Bastão id or e-mail), created or updated only when something
 * differs, their dated stages recorded as transitions (`live: false`: the hooks see them,
 * but nothing is routed, no clock starts, nobody is told), and their deal recorded. Run
 * twice, the second run changes nothing. Returns one outcome per row, in order.
 */
export async function importRecords<S extends ImportStores>(
  stores: S,
  context: ImportContext<S>,
  records: readonly ImportRecord[],
): Promise<RowOutcome[]> {
  const known = await KnownLeads.load(
    stores,
    records.map((r) => r.lead),
  );
  const links: { source: string; externalId: string; leadId: string }[] = [];
  const history: { lead: Lead; transition: Transition }[] = [];
  const outcomes: RowOutcome[] = [];
  for (const record of records) {
    const result = await importLead(stores, context, known, record.lead, { links, history });
    if ('reason' in result) {
      outcomes.push({ status: 'skipped', reason: result.reason });
      continue;
    }
    let status = result.outcome;
    if (record.deal) {
      const dealt = await recordDeal(
        stores,
        { ...context, live: false, ownerIdFor: async (owner) => context.ownerIdFor(owner) },
        result.lead,
        record.deal,
        context.now,
      );
      known.remember(
        record.lead,
        dealt.lead,
        dealt.transitions.map((t) => t.to),
      );
      // A row counts as created when it created anything (the lead or its deal), and so on.
      const both = [status, dealt.outcome];
      status = both.includes('created') ? 'created' : both.includes('updated') ? 'updated' : 'unchanged';
    }
    outcomes.push({ status, ...(record.warnings?.length ? { warnings: record.warnings } : {}) });
  }
  await stores.imports.link(links, context.now);
  await stores.imports.insertTransitions(
    history.map((h) => h.transition),
    context.now,
  );
  for (const step of history) {
    await context.hooks.run(stores, { ...step, live: false, playbook: context.playbook, now: context.now });
  }
  return outcomes;
}

async function importLead<S extends ImportStores>(
  stores: S,
  context: ImportContext<S>,
  known: KnownLeads,
  record: ImportedLead,
  pending: {
    links: { source: string; externalId: string; leadId: string }[];
    history: { lead: Lead; transition: Transition }[];
  },
): Promise<LeadOutcome> {
  const { lead: stored, isLinked } = known.find(record);
  if (!stored && (record.createIfMissing === false || record.leadId !== undefined)) {
    return { reason: `no lead with ${describeKey(record)}: import the lead first` };
  }
  const companyId = await importCompany(stores, record, context.now);
  const ownerId = record.owner ? context.ownerIdFor(record.owner) : null;
  const fields = record.owner && ownerId === null ? { ...record.fields, owner: record.owner } : record.fields;
  const applied = applyImportedLead(
    stored,
    { ...record, ...(fields ? { fields } : {}) },
    { id: newId(), companyId, ownerId },
    context.now,
  );
  const moves = planHistoryMoves(applied.stage, known.reachedBy(applied.id), record.stages ?? []);
  const { lead, steps } = historyTransitions(applied, moves, {
    actor: context.actor,
    reason: `imported from ${record.key?.source ?? context.actor.replace(/^import:/, '')}`,
    playbookVersion: context.playbook.version,
  });
  if (!stored) {
    if (!(await stores.leads.insert(lead))) {
      throw new Error(`another lead already holds the e-mail ${record.email}`);
    }
  } else if (!isSameLead(stored, lead)) {
    await stores.leads.update(lead);
  }
  if (record.key && !isLinked) {
    pending.links.push({ ...record.key, leadId: lead.id });
  }
  pending.history.push(...steps);
  known.remember(
    record,
    lead,
    moves.map((m) => m.to as Stage),
  );
  const outcome = !stored
    ? 'created'
    : isSameLead(stored, lead) && !(record.key && !isLinked)
      ? 'unchanged'
      : 'updated';
  return { lead, outcome };
}

const describeKey = (record: ImportedLead): string =>
  record.leadId !== undefined
    ? `id ${record.leadId}`
    : record.key
      ? `${record.key.source} id ${record.key.externalId}`
      : `e-mail ${record.email}`;
