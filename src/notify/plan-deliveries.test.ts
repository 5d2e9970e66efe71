import { describe, expect, it } from 'vitest';
import { leadEvent } from './local-receiver.test-support.ts';
import { planDeliveries } from './plan-deliveries.ts';
import { SIGNATURE_HEADER, verifySignature } from './sign-payload.ts';
import type { Webhook } from './webhook-store.ts';

const NOW = Date.UTC(2026, 2, 2, 12, 0, 0);

const webhook = (id: string, fields: Partial<Webhook> = {}): Webhook => ({
  id,
  name: id,
  url: `https://example.com/${id}`,
  events: ['*'],
  secret: `secret-of-${id}-0123456789`,
  format: 'json',
  isActive: true,
  createdAt: NOW,
  createdBy: 'test',
  updatedAt: NOW,
  ...fields,
});

let counter = 0;
const options = (ownerEmail: string | null = null) => ({
  now: NOW,
  ownerEmail,
  newId: () => `d-${++counter}`,
});

describe('planDeliveries', () => {
  it('sends an event to every active webhook subscribed to its type or to "*"', () => {
    const hooks = [
      webhook('mql', { events: ['lead.mql'] }),
      webhook('all'),
      webhook('assigned', { events: ['lead.assigned'] }),
      webhook('paused', { isActive: false }),
    ];
    const deliveries = planDeliveries({ id: 'o-1', event: leadEvent('lead.mql', NOW) }, hooks, options());
    expect(deliveries.map((d) => d.webhookId)).toEqual(['mql', 'all']);
    expect(deliveries[0]).toMatchObject({
      outboxId: 'o-1',
      channel: 'webhook',
      target: 'https://example.com/mql',
      eventType: 'lead.mql',
      status: 'pending',
      attempts: 0,
      nextAttemptAt: NOW,
    });
  });

  it('signs each body with its webhook secret and carries the delivery id in the body and headers', () => {
    const hook = webhook('crm');
    const [delivery] = planDeliveries(
      { id: 'o-1', event: leadEvent('lead.assigned', NOW) },
      [hook],
      options(),
    );
    if (!delivery) {
      throw new Error('expected a delivery');
    }
    expect(verifySignature(hook.secret as string, delivery.body, delivery.headers[SIGNATURE_HEADER])).toBe(
      true,
    );
    expect(delivery.headers['X-Bastao-Delivery']).toBe(delivery.id);
    expect(JSON.parse(delivery.body)).toMatchObject({ id: delivery.id, type: 'lead.assigned' });
  });

  it('sends a webhook without a secret unsigned', () => {
    const [delivery] = planDeliveries(
      { id: 'o-1', event: leadEvent('lead.mql', NOW) },
      [webhook('slack', { secret: null, format: 'slack' })],
      options(),
    );
    expect(delivery?.headers[SIGNATURE_HEADER]).toBeUndefined();
    expect(JSON.parse(delivery?.body ?? '{}')).toHaveProperty('blocks');
  });

  it('e-mails the owner on assignment and SLA events, never on other types', () => {
    const emailFor = (type: 'lead.assigned' | 'sla.warning' | 'sla.breached' | 'lead.mql' | 'deal.won') =>
      planDeliveries({ id: 'o-1', event: leadEvent(type, NOW) }, [], options('rita@acme.com.br'));
    for (const type of ['lead.assigned', 'sla.warning', 'sla.breached'] as const) {
      expect(emailFor(type)).toEqual([
        expect.objectContaining({
          channel: 'email',
          target: 'rita@acme.com.br',
          webhookId: null,
          eventType: type,
        }),
      ]);
    }
    expect(emailFor('lead.mql')).toEqual([]);
    expect(emailFor('deal.won')).toEqual([]);
  });

  it('sends no e-mail when the owner is unknown', () => {
    expect(planDeliveries({ id: 'o-1', event: leadEvent('lead.assigned', NOW) }, [], options(null))).toEqual(
      [],
    );
  });
});
