import type { EventResult } from '../../../events/ingest-events.ts';
import { recordEvents } from '../../../events/record-events.ts';
import { describeZodError } from '../../../kernel/describe-zod-error.ts';
import type { Lead } from '../../../leads/lead.ts';
import { leadInputSchema } from '../../../leads/lead-input.ts';
import { upsertLead } from '../../../leads/upsert-lead.ts';
import { type EvaluateStores, evaluateLead } from '../../../lifecycle/evaluate-lead.ts';
import type { Transition } from '../../../lifecycle/lifecycle.ts';
import type { LifecycleHooks } from '../../../lifecycle/lifecycle-hooks.ts';
import { leadEvent } from '../../../notify/lead-event.ts';
import type { OutboxStore } from '../../../notify/outbox-store.ts';
import type { PlaybookVersion } from '../../../playbook/playbook-store.ts';
import type { RdContact } from './parse-rd-webhook.ts';
import { currentContact } from './rd-current-contact.ts';
import { legacyContact } from './rd-legacy-contact.ts';
import { isObject } from './rd-webhook-values.ts';

export type RdContactResult =
  | { status: 'stored'; leadId: string; created: boolean; events: EventResult[] }
  | { status: 'invalid'; message: string };

/**
 * RD Station tells us a contact converted: the profile is upserted (first and last
 * conversion as first and last touch, unknown fields kept as custom fields), each
 * conversion becomes a `form_submit` event through `recordEvents` — so scoring and the
 * MQL rule react at once, live — and re-deliveries are recognised by their keys. One bad
 * contact of a batch never drops the others.
 */
export async function recordRdWebhook<S extends EvaluateStores & { outbox: OutboxStore }>(
  stores: S,
  context: { playbook: PlaybookVersion; hooks: Pick<LifecycleHooks<S>, 'run'>; timeZone: string },
  input: { shape: 'legacy' | 'current'; contacts: readonly unknown[] },
  now: number,
): Promise<{ results: RdContactResult[]; transitions: Transition[] }> {
  const results: RdContactResult[] = [];
  const leads: (Lead | null)[] = [];
  const events: unknown[] = [];
  const eventOwner: number[] = [];
  for (const [index, raw] of input.contacts.entries()) {
    const contact: RdContact | { message: string } =
      input.shape === 'legacy'
        ? legacyContact(raw, context.timeZone)
        : currentContact(isObject(raw) ? raw : {}, context.timeZone);
    const prefix = input.shape === 'legacy' ? `leads[${index}]` : 'contact';
    if ('message' in contact) {
      results.push({ status: 'invalid', message: `${prefix}: ${contact.message}` });
      leads.push(null);
      continue;
    }
    const parsed = leadInputSchema.safeParse(contact.lead);
    if (!parsed.success) {
      results.push({ status: 'invalid', message: describeZodError(parsed.error, prefix) });
      leads.push(null);
      continue;
    }
    let created = false;
    let lead: Lead | null = null;
    for (const source of contact.sources.length > 0 ? contact.sources : [undefined]) {
      const upserted = await upsertLead(stores, { ...parsed.data, ...(source ? { source } : {}) }, now);
      created ||= upserted.created;
      lead = upserted.lead;
    }
    if (created && lead) {
      await stores.outbox.add(leadEvent('lead.created', lead, now), now);
    }
    results.push({ status: 'stored', leadId: lead?.id ?? '', created, events: [] });
    leads.push(lead);
    for (const event of contact.events) {
      events.push(event);
      eventOwner.push(index);
    }
  }
  const outcome = events.length > 0 ? await recordEvents(stores, context, events, now) : null;
  outcome?.results.forEach((result, i) => {
    const owner = results[eventOwner[i] ?? -1];
    if (owner?.status === 'stored') {
      owner.events.push(result);
    }
  });
  const transitions = [...(outcome?.transitions ?? [])];
  const evaluated = new Set(outcome?.touchedLeads.map((l) => l.id) ?? []);
  const latest = new Map(leads.flatMap((lead) => (lead ? [[lead.id, lead] as const] : [])));
  for (const lead of latest.values()) {
    if (!evaluated.has(lead.id)) {
      // No new event (a re-delivery): the profile may still have changed the fit.
      const evaluation = await evaluateLead(stores, { ...context, live: true }, lead, {
        now,
        triggerAt: now,
        qualify: true,
      });
      if (evaluation.transition) {
        transitions.push(evaluation.transition);
      }
    }
  }
  return { results, transitions };
}
