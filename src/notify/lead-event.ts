import type { Lead } from '../leads/lead.ts';
import type { NotificationEvent, NotificationEventType } from './notification-event.ts';

/**
 * A notification about a lead, from the lead as stored. `details` carries what is
 * particular to the type (see NotificationEvent).
 *
 * @example leadEvent('lead.mql', lead, transition.at, { reason: transition.reason })
 */
export function leadEvent(
  type: NotificationEventType,
  lead: Lead,
  occurredAt: number,
  details?: Record<string, unknown>,
  owner?: { name: string; email: string } | null,
): NotificationEvent {
  return {
    type,
    occurredAt,
    lead: {
      id: lead.id,
      name: lead.name,
      email: lead.email,
      phoneE164: lead.phoneE164,
      companyName: lead.companyName,
      grade: lead.score?.grade ?? null,
      ownerName: owner?.name ?? null,
    },
    ...withDetails({ ...details, ...(owner ? { ownerEmail: owner.email } : {}) }),
  };
}

const withDetails = (details: Record<string, unknown>) =>
  Object.keys(details).length > 0 ? { details } : {};
