import { describe, expect, it } from 'vitest';
import { buildWebhookRequest } from './build-webhook-request.ts';
import type { NotificationEvent } from './notification-event.ts';
import { verifySignature } from './sign-payload.ts';

const event: NotificationEvent = {
  type: 'lead.assigned',
  occurredAt: Date.parse('2026-03-13T20:30:00Z'),
  lead: {
    id: 'l-1',
    name: 'João',
    email: 'joao@acme.com.br',
    phoneE164: null,
    companyName: 'Acme',
    grade: 'A',
    ownerName: 'Ana',
  },
  details: { ruleId: 'sul' },
};

describe('buildWebhookRequest', () => {
  it('sends Bastão JSON with the delivery id, ISO time and a signature over the exact body', () => {
    const request = buildWebhookRequest({ event, deliveryId: 'd-1', format: 'json', secret: 's3cr3t' });
    expect(JSON.parse(request.body)).toEqual({
      id: 'd-1',
      type: 'lead.assigned',
      occurredAt: '2026-03-13T20:30:00.000Z',
      lead: event.lead,
      link: null,
      details: { ruleId: 'sul' },
    });
    expect(request.headers).toMatchObject({
      'Content-Type': 'application/json; charset=utf-8',
      'X-Bastao-Event': 'lead.assigned',
      'X-Bastao-Delivery': 'd-1',
    });
    expect(verifySignature('s3cr3t', request.body, request.headers['X-Bastao-Signature'])).toBe(true);
  });

  it('builds the same bytes every time, so a retry carries the same signature', () => {
    const first = buildWebhookRequest({ event, deliveryId: 'd-1', format: 'json', secret: 's3cr3t' });
    const again = buildWebhookRequest({ event, deliveryId: 'd-1', format: 'json', secret: 's3cr3t' });
    expect(again).toEqual(first);
  });

  it('sends a Slack or Teams message when the subscription asks for one', () => {
    const slack = JSON.parse(
      buildWebhookRequest({ event, deliveryId: 'd-1', format: 'slack', secret: null }).body,
    );
    expect(slack.text).toBe('Lead atribuído a Ana: João · Acme');
    const teams = JSON.parse(
      buildWebhookRequest({ event, deliveryId: 'd-1', format: 'teams', secret: null }).body,
    );
    expect(teams.attachments[0].content.type).toBe('AdaptiveCard');
  });

  it('leaves the signature out without a secret', () => {
    const request = buildWebhookRequest({ event, deliveryId: 'd-1', format: 'slack', secret: null });
    expect(request.headers).not.toHaveProperty('X-Bastao-Signature');
  });
});
