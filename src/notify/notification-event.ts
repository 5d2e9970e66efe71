import type { Grade } from '../leads/lead.ts';

export const NOTIFICATION_EVENT_TYPES = [
  'lead.created',
  'lead.mql',
  'lead.assigned',
  'lead.accepted',
  'lead.rejected',
  'sla.warning',
  'sla.breached',
  'deal.won',
  'deal.lost',
] as const;
export type NotificationEventType = (typeof NOTIFICATION_EVENT_TYPES)[number];

/**
 * Something that happened to a lead, as webhooks and chat messages carry it. `details`
 * holds what is particular to the type; chat messages show the keys they know:
 * `clock` and `dueAt` (SLA events), `reason` (rejected, lost: the label people read), `amount` and `currency`
 * (deals), `ruleId` (assigned). Times are epoch ms.
 */
export interface NotificationEvent {
  type: NotificationEventType;
  occurredAt: number;
  lead: {
    id: string;
    name: string | null;
    email: string | null;
    phoneE164: string | null;
    companyName: string | null;
    grade: Grade | null;
    ownerName?: string | null;
    /** The owner's user id: e-mails go to this user when `ownerEmail` is absent (`details.ownerId` also works). */
    ownerId?: string | null;
    /** Where owner e-mails go (`lead.assigned`, `sla.warning`, `sla.breached`); `details.ownerEmail` also works. */
    ownerEmail?: string | null;
  };
  /** The lead in the Bastão UI. */
  link?: string;
  details?: Record<string, unknown>;
}
