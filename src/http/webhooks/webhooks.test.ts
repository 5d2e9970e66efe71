import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem, tokenFor } from '../../../test/engines.ts';
import { dispatchOutbox } from '../../notify/dispatch-outbox.ts';
import { type LocalReceiver, leadEvent, startReceiver } from '../../notify/local-receiver.test-support.ts';
import { RETRY_DELAYS_MS } from '../../notify/retry-schedule.ts';
import { SIGNATURE_HEADER, verifySignature } from '../../notify/sign-payload.ts';
import { buildServer } from '../server.ts';

/** The longest a retry can wait: the delay plus its 20 % jitter, plus 1 ms. */
const pastRetry = (attempt: number) => Math.ceil((RETRY_DELAYS_MS[attempt - 1] ?? 0) * 1.2) + 1;

describe.each(ENGINES)('webhooks API on %s', (engine) => {
  let system: TestSystem;
  let app: FastifyInstance;
  let admin: { authorization: string };
  let receiver: LocalReceiver | null = null;

  beforeAll(async () => {
    system = await openTestSystem(engine);
    app = await buildServer(system);
    admin = { authorization: `Bearer ${await tokenFor(system, 'admin')}` };
  });
  afterAll(async () => {
    await app.close();
    await system.destroy();
  });
  afterEach(async () => {
    await receiver?.close();
    receiver = null;
    for (const webhook of (await app.inject({ url: '/api/v1/webhooks', headers: admin })).json().items) {
      await app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${webhook.id}`, headers: admin });
    }
  });

  const create = (payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/api/v1/webhooks', headers: admin, payload });
  const deliveriesOf = async (id: string, query = '') =>
    (await app.inject({ url: `/api/v1/webhooks/${id}/deliveries${query}`, headers: admin })).json();
  const publishMql = () =>
    system.stores.transaction((s) =>
      s.outbox.add(leadEvent('lead.mql', system.clock.now()), system.clock.now()),
    );

  it('creates a webhook, shows its secret once, and lists it masked', async () => {
    const created = await create({ name: 'CRM', url: 'https://crm.acme.com.br/hooks', events: ['lead.mql'] });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      name: 'CRM',
      url: 'https://crm.acme.com.br/hooks',
      events: ['lead.mql'],
      format: 'json',
      active: true,
      createdBy: 'token:admin',
    });
    expect(body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(body.secretHint).toBe(`••••${body.secret.slice(-4)}`);

    const list = await app.inject({ url: '/api/v1/webhooks', headers: admin });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({ id: body.id, secretHint: body.secretHint }),
    ]);
    expect(list.body).not.toContain(body.secret);
    const one = await app.inject({ url: `/api/v1/webhooks/${body.id}`, headers: admin });
    expect(one.json()).not.toHaveProperty('secret');
  });

  it('keeps a secret the caller chose and names the webhook after its host by default', async () => {
    const created = await create({
      url: 'http://10.0.0.5:8080/in',
      events: ['*'],
      secret: 'my-own-secret-0123456789',
    });
    expect(created.json()).toMatchObject({
      name: '10.0.0.5:8080',
      secret: 'my-own-secret-0123456789',
      events: ['*'],
    });
  });

  it.each([
    ['a URL that is not http or https', { url: 'ftp://crm.acme.com.br/hooks', events: ['lead.mql'] }, 'url'],
    ['a javascript: URL', { url: 'javascript:alert(1)', events: ['lead.mql'] }, 'url'],
    ['an unknown event type', { url: 'https://crm.acme.com.br', events: ['lead.sold'] }, 'events[0]'],
    ['no event types', { url: 'https://crm.acme.com.br', events: [] }, 'events'],
    ['"*" among other types', { url: 'https://crm.acme.com.br', events: ['*', 'lead.mql'] }, 'events'],
    ['a short secret', { url: 'https://crm.acme.com.br', events: ['*'], secret: 'abc' }, 'secret'],
    ['an unknown format', { url: 'https://crm.acme.com.br', events: ['*'], format: 'discord' }, 'format'],
  ])('refuses %s with 400', async (_case, payload, path) => {
    const response = await create(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_request');
    expect(response.json().error.message).toContain(path);
    expect((await app.inject({ url: '/api/v1/webhooks', headers: admin })).json().items).toEqual([]);
  });

  it('is for admins only', async () => {
    const marketing = { authorization: `Bearer ${await tokenFor(system, 'marketing', 'mkt')}` };
    const manager = { authorization: `Bearer ${await tokenFor(system, 'sales_manager', 'mgr')}` };
    const post = await app.inject({
      method: 'POST',
      url: '/api/v1/webhooks',
      headers: marketing,
      payload: { url: 'https://crm.acme.com.br', events: ['*'] },
    });
    expect(post.statusCode).toBe(403);
    expect(post.json().error.code).toBe('forbidden');
    expect((await app.inject({ url: '/api/v1/webhooks', headers: manager })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/v1/webhooks' })).statusCode).toBe(401);
  });

  it('retries a failing receiver on the schedule and logs every attempt', async () => {
    const statuses = [500, 500, 200];
    receiver = await startReceiver((i) => statuses[i] ?? 200);
    const { id, secret } = (await create({ url: receiver.url, events: ['lead.mql'] })).json();
    await publishMql();

    expect(await system.notifier.tick()).toEqual({ dispatched: 1, delivered: 0, failed: 0, retried: 1 });
    const afterFirst = (await deliveriesOf(id)).items[0];
    expect(afterFirst).toMatchObject({ status: 'pending', lastStatusCode: 500, eventType: 'lead.mql' });
    expect(afterFirst.lastError).toContain('HTTP 500');
    const due = Date.parse(afterFirst.nextAttemptAt);
    expect(due - system.clock.now()).toBeGreaterThanOrEqual(24_000);
    expect(due - system.clock.now()).toBeLessThanOrEqual(36_000);

    // Not due yet: nothing is sent.
    system.clock.advance(20_000);
    expect((await system.notifier.tick()).retried).toBe(0);
    expect(receiver.requests).toHaveLength(1);

    system.clock.set(due);
    expect(await system.notifier.tick()).toMatchObject({ delivered: 0, retried: 1 });
    system.clock.advance(pastRetry(2));
    expect(await system.notifier.tick()).toMatchObject({ delivered: 1, retried: 0 });

    const { items } = await deliveriesOf(id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      status: 'delivered',
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
    });
    expect(
      items[0].attempts.map((a: { attempt: number; statusCode: number }) => [a.attempt, a.statusCode]),
    ).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
    expect(items[0].attempts[0].error).toContain('HTTP 500');
    expect(items[0].deliveredAt).toBe(items[0].attempts[2].at);
    // Every retry carries the same body and signature.
    expect(new Set(receiver.requests.map((r) => r.body)).size).toBe(1);
    for (const request of receiver.requests) {
      expect(
        verifySignature(secret, request.body, request.headers[SIGNATURE_HEADER.toLowerCase()] as string),
      ).toBe(true);
    }
  });

  it('gives a delivery up as failed after the last attempt', async () => {
    receiver = await startReceiver(() => 503);
    const { id } = (await create({ url: receiver.url, events: ['*'] })).json();
    await publishMql();
    const reports = [];
    for (let attempt = 1; attempt <= RETRY_DELAYS_MS.length + 1; attempt++) {
      reports.push(await system.notifier.tick());
      system.clock.advance(pastRetry(attempt));
    }
    expect(reports.at(-1)).toMatchObject({ failed: 1, retried: 0 });
    expect(reports.slice(0, -1).every((r) => r.retried === 1)).toBe(true);
    const [delivery] = (await deliveriesOf(id)).items;
    expect(delivery).toMatchObject({
      status: 'failed',
      lastStatusCode: 503,
      nextAttemptAt: null,
      deliveredAt: null,
    });
    expect(delivery.attempts).toHaveLength(7);
    // Given up: no more attempts, however long we wait.
    system.clock.advance(30 * 86_400_000);
    await system.notifier.tick();
    expect(receiver.requests).toHaveLength(7);
  });

  it('logs a receiver that cannot be reached', async () => {
    receiver = await startReceiver();
    const url = receiver.url;
    await receiver.close();
    const { id } = (await create({ url, events: ['*'] })).json();
    await publishMql();
    await system.notifier.tick();
    const [delivery] = (await deliveriesOf(id)).items;
    expect(delivery).toMatchObject({ status: 'pending', lastStatusCode: null });
    expect(delivery.attempts[0].error).toMatch(/ECONNREFUSED|fetch failed/);
  });

  it('sends a test event to that webhook only', async () => {
    receiver = await startReceiver();
    const target = (await create({ url: receiver.url, events: ['lead.mql'] })).json();
    const other = (await create({ url: `${receiver.url}/other`, events: ['*'] })).json();
    const queued = await app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/${target.id}/test`,
      headers: admin,
    });
    expect(queued.statusCode).toBe(202);
    expect(queued.json()).toMatchObject({
      status: 'pending',
      eventType: 'lead.created',
      isTest: true,
      attempts: [],
    });

    await system.notifier.tick();

    expect(receiver.requests).toHaveLength(1);
    expect(receiver.requests[0]?.headers['x-bastao-delivery']).toBe(queued.json().id);
    expect(JSON.parse(receiver.requests[0]?.body ?? '{}')).toMatchObject({
      type: 'lead.created',
      lead: { name: 'Lead de teste' },
      details: { test: true },
    });
    expect((await deliveriesOf(target.id)).items[0]).toMatchObject({ status: 'delivered', isTest: true });
    expect((await deliveriesOf(other.id)).items).toEqual([]);
  });

  it('pauses a webhook, points its retries at a new URL, and resumes', async () => {
    receiver = await startReceiver((i) => (i === 0 ? 500 : 200));
    const { id } = (await create({ url: `${receiver.url}/old`, events: ['lead.mql'] })).json();
    await publishMql();
    await system.notifier.tick();

    const paused = await app.inject({
      method: 'PATCH',
      url: `/api/v1/webhooks/${id}`,
      headers: admin,
      payload: { active: false, url: `${receiver.url}/new` },
    });
    expect(paused.statusCode).toBe(200);
    expect(paused.json()).toMatchObject({ active: false, url: `${receiver.url}/new` });
    system.clock.advance(pastRetry(1));
    await system.notifier.tick();
    expect(receiver.requests).toHaveLength(1);

    await app.inject({
      method: 'PATCH',
      url: `/api/v1/webhooks/${id}`,
      headers: admin,
      payload: { active: true },
    });
    await system.notifier.tick();
    expect(receiver.requests).toHaveLength(2);
    const [delivery] = (await deliveriesOf(id)).items;
    expect(delivery).toMatchObject({ status: 'delivered', target: `${receiver.url}/new` });
  });

  it('changes events and format; refuses an empty change and a bad URL', async () => {
    const { id } = (await create({ url: 'https://crm.acme.com.br', events: ['lead.mql'] })).json();
    const patch = (payload: Record<string, unknown>) =>
      app.inject({ method: 'PATCH', url: `/api/v1/webhooks/${id}`, headers: admin, payload });
    const changed = await patch({ events: ['lead.assigned', 'sla.breached'], format: 'teams' });
    expect(changed.json()).toMatchObject({ events: ['lead.assigned', 'sla.breached'], format: 'teams' });
    expect((await patch({})).statusCode).toBe(400);
    expect((await patch({ url: 'file:///etc/passwd' })).statusCode).toBe(400);
    expect((await patch({ events: ['nope'] })).statusCode).toBe(400);
    const missing = await app.inject({
      method: 'PATCH',
      url: '/api/v1/webhooks/nope',
      headers: admin,
      payload: { active: false },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });

  it('deletes a webhook with its log; its queued deliveries are never sent', async () => {
    receiver = await startReceiver();
    const { id } = (await create({ url: receiver.url, events: ['*'] })).json();
    await publishMql();
    // Fan the message out without sending it.
    expect(
      await dispatchOutbox(system.stores, { now: system.clock.now(), limit: 10, isEmailEnabled: false }),
    ).toEqual({
      messages: 1,
      deliveries: 1,
    });
    expect((await deliveriesOf(id)).items).toHaveLength(1);
    const deleted = await app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${id}`, headers: admin });
    expect(deleted.statusCode).toBe(204);
    await system.notifier.tick();
    expect(receiver.requests).toHaveLength(0);
    expect((await app.inject({ url: `/api/v1/webhooks/${id}/deliveries`, headers: admin })).statusCode).toBe(
      404,
    );
    expect(
      (await app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${id}`, headers: admin })).statusCode,
    ).toBe(404);
  });

  it('pages the deliveries log newest first', async () => {
    receiver = await startReceiver();
    const { id } = (await create({ url: receiver.url, events: ['lead.mql'] })).json();
    for (let i = 0; i < 3; i++) {
      await publishMql();
      await system.notifier.tick();
      system.clock.advance(1000);
    }
    const first = await deliveriesOf(id, '?limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await deliveriesOf(id, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const created = [...first.items, ...second.items].map((d: { createdAt: string }) =>
      Date.parse(d.createdAt),
    );
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(
      (await app.inject({ url: `/api/v1/webhooks/${id}/deliveries?cursor=junk`, headers: admin })).statusCode,
    ).toBe(400);
  });
});
