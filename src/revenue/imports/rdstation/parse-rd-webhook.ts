import type { SourceInput } from '../../../leads/lead-input.ts';
import { isObject } from './rd-webhook-values.ts';

/** One contact of an RD Station webhook: the lead's profile, its touches and its interactions. */
export interface RdContact {
  /** For `leadInputSchema`: e-mail, name, company, fields, consent. */
  lead: Record<string, unknown>;
  /** Touches in time order: the first conversion, then the last (first and last touch). */
  sources: SourceInput[];
  /** For `recordEvents`: `form_submit` per conversion, with idempotency keys (RD retries). */
  events: Record<string, unknown>[];
}

export type RdWebhook =
  | { ok: true; shape: 'legacy' | 'current'; contacts: unknown[] }
  | { ok: false; message: string };

/** Tells the two shapes RD Station sends apart: `{ leads: [...] }` (API 1.x) or `{ event_type, contact }`. */
export function rdWebhookShape(body: unknown): RdWebhook {
  if (isObject(body) && Array.isArray(body.leads)) {
    return { ok: true, shape: 'legacy', contacts: body.leads };
  }
  if (isObject(body) && typeof body.event_type === 'string' && isObject(body.contact)) {
    return { ok: true, shape: 'current', contacts: [body] };
  }
  return {
    ok: false,
    message:
      'Expected an RD Station webhook: { "leads": [ … ] } (API 1.x) or { "event_type", "contact": { … } } (contact webhooks).',
  };
}
