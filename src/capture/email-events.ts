import { z } from 'zod';
import { describeZodError } from '../kernel/describe-zod-error.ts';
import { instantSchema, text } from '../kernel/schema-helpers.ts';
import { emailSchema } from '../leads/lead-input.ts';
import type { EmailLink } from './email-token.ts';

/** At most this many provider events per webhook call. */
export const MAX_EMAIL_EVENTS = 1_000;

/** The generic provider event types and the timeline event each becomes. */
export const EMAIL_EVENT_TYPES = {
  open: 'email_open',
  click: 'email_click',
  bounce: 'email_bounce',
  unsubscribe: 'email_unsubscribe',
  complaint: 'email_unsubscribe',
} as const;

/** One event in the generic format providers' webhooks are mapped to (see docs/tracking.md). */
export const emailEventSchema = z.object({
  type: z.enum(Object.keys(EMAIL_EVENT_TYPES) as [keyof typeof EMAIL_EVENT_TYPES]),
  email: emailSchema,
  occurredAt: instantSchema,
  campaign: text(200).optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  /** The provider's id of the event: a redelivered webhook stores nothing twice. */
  id: z.string().min(1).max(150).optional(),
});

export type MappedEmailEvent = { ok: true; item: Record<string, unknown> } | { ok: false; message: string };

/** Each provider event as an item of `recordEvents`, or why it was refused. */
export function mapEmailEvents(items: readonly unknown[]): MappedEmailEvent[] {
  return items.map((raw, index) => {
    const parsed = emailEventSchema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, message: describeZodError(parsed.error, `events[${index}]`) };
    }
    const e = parsed.data;
    const props: Record<string, unknown> = { via: 'provider' };
    if (e.campaign) {
      props.campaign = e.campaign;
    }
    if (e.url) {
      props.url = e.url;
    }
    if (e.type === 'complaint') {
      props.reason = 'complaint';
    }
    return {
      ok: true,
      item: {
        lead: { email: e.email },
        type: EMAIL_EVENT_TYPES[e.type],
        occurredAt: new Date(e.occurredAt).toISOString(),
        props,
        ...(e.id ? { idempotencyKey: `esp:${e.id}` } : {}),
      },
    };
  });
}

/** How long repeated loads of one open pixel (or clicks of one link) count once (ms). */
export const OPEN_DEDUPE_MS = 10 * 60 * 1000;
export const CLICK_DEDUPE_MS = 60 * 1000;

/** The timeline event of an open pixel or a click link. */
export function emailLinkEvent(link: EmailLink, linkId: string, now: number): Record<string, unknown> {
  const window = link.kind === 'open' ? OPEN_DEDUPE_MS : CLICK_DEDUPE_MS;
  return {
    leadId: link.leadId,
    type: link.kind === 'open' ? 'email_open' : 'email_click',
    props: link.kind === 'open' ? { campaign: link.campaign } : { campaign: link.campaign, url: link.url },
    idempotencyKey: `e${link.kind[0]}:${linkId}:${Math.floor(now / window)}`,
  };
}
