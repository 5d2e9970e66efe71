import { describeZodError } from '../kernel/describe-zod-error.ts';
import { newId } from '../kernel/ids.ts';
import type { Lead } from '../leads/lead.ts';
import type { CompanyStore, LeadStore } from '../leads/lead-store.ts';
import { upsertLead } from '../leads/upsert-lead.ts';
import type { LeadEvent } from './event.ts';
import { type EventInput, eventInputSchema, MAX_FUTURE_SKEW_MS } from './event-input.ts';
import type { EventStore } from './event-store.ts';

export type EventResult =
  | { status: 'stored'; id: string; leadId: string }
  | { status: 'duplicate'; id: string }
  | { status: 'invalid'; message: string };

export interface IngestOutcome {
  /** One result per item, in the order given. */
  results: EventResult[];
  /** Leads that received at least one new event: scoring re-evaluates these. */
  touchedLeads: Lead[];
  /** Leads created because an event named an unknown e-mail. */
  createdLeads: Lead[];
  /** `occurredAt` of each stored item, by its index in `results`. */
  storedAt: Map<number, number>;
}

type Checked = { ok: true; input: EventInput } | { ok: false; message: string };

/** Validates each item on its own, so that one bad item never drops the good ones. */
export function checkEventItems(items: readonly unknown[], now: number): Checked[] {
  return items.map((item, index) => {
    const parsed = eventInputSchema.safeParse(item);
    if (!parsed.success) {
      return { ok: false, message: describeZodError(parsed.error, `events[${index}]`) };
    }
    if (parsed.data.occurredAt !== undefined && parsed.data.occurredAt > now + MAX_FUTURE_SKEW_MS) {
      return {
        ok: false,
        message: `events[${index}].occurredAt: is in the future; check the sender's clock`,
      };
    }
    return { ok: true, input: parsed.data };
  });
}

/**
 * Appends a batch of interactions to the leads' timelines, inside the caller's
 * transaction. Items with a seen idempotency key are `duplicate` and stored nothing;
 * invalid items are reported and skipped; an unknown e-mail creates its lead.
 */
export async function ingestEvents(
  stores: { leads: LeadStore; companies: CompanyStore; events: EventStore },
  items: readonly unknown[],
  now: number,
): Promise<IngestOutcome> {
  const checked = checkEventItems(items, now);
  const valid = checked.flatMap((c) => (c.ok ? [c.input] : []));
  const { leadsByKey, createdLeads } = await resolveLeads(stores, valid, now);

  const results: EventResult[] = [];
  const rows: LeadEvent[] = [];
  const rowOfResult = new Map<number, LeadEvent>();
  const firstIdByKey = new Map<string, string>();
  for (const [index, item] of checked.entries()) {
    if (!item.ok) {
      results.push({ status: 'invalid', message: item.message });
      continue;
    }
    const { input } = item;
    const lead = leadsByKey.get(leadKey(input));
    if (!lead) {
      results.push({
        status: 'invalid',
        message: `events[${index}].leadId: no lead with id ${input.leadId}`,
      });
      continue;
    }
    const key = input.idempotencyKey ?? null;
    const earlier = key === null ? undefined : firstIdByKey.get(key);
    if (earlier !== undefined) {
      results.push({ status: 'duplicate', id: earlier });
      continue;
    }
    const row: LeadEvent = {
      id: newId(),
      leadId: lead.id,
      type: input.type,
      occurredAt: input.occurredAt ?? now,
      receivedAt: now,
      props: input.props ?? {},
      idempotencyKey: key,
    };
    if (key !== null) {
      firstIdByKey.set(key, row.id);
    }
    rows.push(row);
    rowOfResult.set(results.length, row);
    results.push({ status: 'stored', id: row.id, leadId: lead.id });
  }

  const seenBefore = rows.length > 0 ? await stores.events.insertMany(rows) : new Map<string, string>();
  const leadsById = new Map([...leadsByKey.values()].map((lead) => [lead.id, lead]));
  const touched = new Map<string, Lead>();
  for (const [index, row] of rowOfResult) {
    const existingId = row.idempotencyKey === null ? undefined : seenBefore.get(row.idempotencyKey);
    if (existingId !== undefined) {
      results[index] = { status: 'duplicate', id: existingId };
      continue;
    }
    const lead = leadsById.get(row.leadId);
    if (lead) {
      touched.set(lead.id, lead);
    }
  }
  const storedAt = new Map<number, number>();
  for (const [index, row] of rowOfResult) {
    if (results[index]?.status === 'stored') {
      storedAt.set(index, row.occurredAt);
    }
  }
  return { results, touchedLeads: [...touched.values()], createdLeads, storedAt };
}

const leadKey = (input: EventInput): string => (input.lead ? `e:${input.lead.email}` : `i:${input.leadId}`);

async function resolveLeads(
  stores: { leads: LeadStore; companies: CompanyStore },
  inputs: readonly EventInput[],
  now: number,
): Promise<{ leadsByKey: Map<string, Lead>; createdLeads: Lead[] }> {
  const leadsByKey = new Map<string, Lead>();
  const createdLeads: Lead[] = [];
  const emails = [...new Set(inputs.flatMap((i) => (i.lead ? [i.lead.email] : [])))];
  const known = await stores.leads.byEmails(emails);
  for (const email of emails) {
    let lead = known.get(email);
    if (!lead) {
      const upserted = await upsertLead(stores, { email }, now);
      lead = upserted.lead;
      if (upserted.created) {
        createdLeads.push(lead);
      }
    }
    leadsByKey.set(`e:${email}`, lead);
  }
  const ids = [...new Set(inputs.flatMap((i) => (i.leadId ? [i.leadId] : [])))];
  for (const id of ids) {
    const lead = await stores.leads.byId(id);
    if (lead) {
      leadsByKey.set(`i:${id}`, lead);
    }
  }
  return { leadsByKey, createdLeads };
}
