import { AppError } from '../kernel/app-error.ts';
import type { Lead } from '../leads/lead.ts';
import type { CompanyStore, LeadStore } from '../leads/lead-store.ts';
import { upsertLead } from '../leads/upsert-lead.ts';
import { leadEvent } from '../notify/lead-event.ts';
import type { OutboxStore } from '../notify/outbox-store.ts';

/**
 * The lead a live deal names: by id (it must exist), or by e-mail — an unknown e-mail
 * creates the lead (announced as `lead.created`), as events do.
 */
export async function leadForDeal(
  stores: { leads: LeadStore; companies: CompanyStore; outbox: OutboxStore },
  ref: { leadId: string } | { email: string },
  now: number,
): Promise<Lead> {
  if ('leadId' in ref) {
    const lead = await stores.leads.byId(ref.leadId);
    if (!lead) {
      throw new AppError('lead_not_found', `No lead with id ${ref.leadId}.`);
    }
    return lead;
  }
  const stored = await stores.leads.byEmail(ref.email);
  if (stored) {
    return stored;
  }
  const { lead, created } = await upsertLead(stores, { email: ref.email }, now);
  if (created) {
    await stores.outbox.add(leadEvent('lead.created', lead, now), now);
  }
  return lead;
}
