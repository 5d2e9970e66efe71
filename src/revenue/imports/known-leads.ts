import { type Lead, STAGES, type Stage } from '../../leads/lead.ts';
import type { LeadStore } from '../../leads/lead-store.ts';
import type { TransitionStore } from '../../lifecycle/transition-store.ts';
import type { ImportStore } from './import-store.ts';
import type { ImportedLead } from './imported-lead.ts';

const keyOf = (source: string, externalId: string) => `k:${source}\u0000${externalId}`;

/**
 * The leads a batch of imported rows names, loaded in a few queries (by the source's id,
 * by e-mail, by Bastão id) with the stages each already reached; rows later in the batch
 * see what earlier rows did (an export may list a person twice).
 */
export class KnownLeads {
  private readonly ids = new Map<string, string>();
  private readonly leads = new Map<string, Lead>();
  private readonly reached = new Map<string, Set<Stage>>();

  static async load(
    stores: { leads: LeadStore; transitions: TransitionStore; imports: ImportStore },
    records: readonly ImportedLead[],
  ): Promise<KnownLeads> {
    const known = new KnownLeads();
    const bySource = new Map<string, string[]>();
    for (const { key } of records) {
      if (key) {
        bySource.set(key.source, [...(bySource.get(key.source) ?? []), key.externalId]);
      }
    }
    for (const [source, externalIds] of bySource) {
      for (const [externalId, found] of await stores.imports.leadsByExternalId(source, externalIds)) {
        const lead = 'lead' in found ? found.lead : await stores.leads.byId(found.mergedInto);
        known.add(keyOf(source, externalId), lead);
      }
    }
    const emails = [...new Set(records.flatMap((r) => (r.email ? [r.email] : [])))];
    for (const [email, lead] of await stores.leads.byEmails(emails)) {
      known.add(`e:${email}`, lead);
    }
    for (const { leadId } of records) {
      if (leadId !== undefined) {
        known.add(`i:${leadId}`, await stores.leads.byId(leadId));
      }
    }
    const history = await stores.transitions.firstReached([...known.leads.keys()], STAGES);
    for (const [leadId, stages] of history) {
      known.reached.set(leadId, new Set(Object.keys(stages) as Stage[]));
    }
    return known;
  }

  /** The lead a row names (by Bastão id, then the source's id, then e-mail); `isLinked`: found by the source's id. */
  find(record: ImportedLead): { lead: Lead | undefined; isLinked: boolean } {
    const viaId = record.leadId === undefined ? undefined : this.get(`i:${record.leadId}`);
    const viaKey = record.key ? this.get(keyOf(record.key.source, record.key.externalId)) : undefined;
    const viaEmail = record.email ? this.get(`e:${record.email}`) : undefined;
    return { lead: viaId ?? viaKey ?? viaEmail, isLinked: viaKey !== undefined };
  }

  reachedBy(leadId: string): ReadonlySet<Stage> {
    return this.reached.get(leadId) ?? new Set();
  }

  /** After a row is applied: later rows of the batch find the lead as it is now. */
  remember(record: ImportedLead, lead: Lead, newlyReached: readonly Stage[]): void {
    this.add(`i:${lead.id}`, lead);
    if (record.key) {
      this.add(keyOf(record.key.source, record.key.externalId), lead);
    }
    for (const email of [record.email, lead.email]) {
      if (email) {
        this.add(`e:${email}`, lead);
      }
    }
    this.reached.set(lead.id, new Set([...this.reachedBy(lead.id), ...newlyReached]));
  }

  private add(key: string, lead: Lead | undefined): void {
    if (lead) {
      this.ids.set(key, lead.id);
      this.leads.set(lead.id, lead);
    }
  }

  private get(key: string): Lead | undefined {
    const id = this.ids.get(key);
    return id === undefined ? undefined : this.leads.get(id);
  }
}
