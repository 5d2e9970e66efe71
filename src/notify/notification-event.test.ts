import { describe, expect, it } from 'vitest';
import { NOTIFICATION_EVENT_TYPES } from './notification-event.ts';

describe('NOTIFICATION_EVENT_TYPES', () => {
  it('lists the event types webhook subscribers rely on', () => {
    expect(NOTIFICATION_EVENT_TYPES).toEqual([
      'lead.created',
      'lead.mql',
      'lead.assigned',
      'lead.accepted',
      'lead.rejected',
      'sla.warning',
      'sla.breached',
      'deal.won',
      'deal.lost',
    ]);
  });
});
