import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem } from '../../test/engines.ts';
import { createUser } from '../access/create-user.ts';
import { loadConfig } from '../config.ts';
import { createLogger, openSystem } from '../system.ts';
import { createWebhook, type WebhookInput } from './create-webhook.ts';
import { type LocalReceiver, leadEvent, startReceiver } from './local-receiver.test-support.ts';
import type { NotificationEvent } from './notification-event.ts';
import { Notifier } from './notifier.ts';
import { createWebhookSender } from './send-webhook.ts';
import { SIGNATURE_HEADER, verifySignature } from './sign-payload.ts';

const publish = (system: TestSystem, event: NotificationEvent) =>
  system.stores.transaction((s) => s.outbox.add(event, system.clock.now()));

const subscribe = (system: TestSystem, input: WebhookInput) =>
  system.stores.transaction((s) => createWebhook(s, input, 'test', system.clock.now()));

describe.each(ENGINES)('notifier on %s', (engine) => {
  let system: TestSystem;
  let receiver: LocalReceiver;

  beforeAll(async () => {
    system = await openTestSystem(engine);
  });
  afterAll(async () => {
    await system.destroy();
  });
  afterEach(async () => {
    await receiver.close();
    // Each test starts with no subscriptions.
    for (const webhook of await system.stores.webhooks.list()) {
      await system.stores.transaction((s) => s.webhooks.remove(webhook.id));
    }
  });

  it('delivers lead.mql and lead.assigned to a subscribed receiver, signed with its secret', async () => {
    receiver = await startReceiver();
    const webhook = await subscribe(system, { url: receiver.url, events: ['lead.mql', 'lead.assigned'] });
    await publish(system, leadEvent('lead.mql', system.clock.now()));
    await publish(system, leadEvent('lead.assigned', system.clock.now(), {}, { ruleId: 'round-robin' }));
    await publish(system, leadEvent('deal.won', system.clock.now()));

    const report = await system.notifier.tick();

    expect(report).toEqual({ dispatched: 3, delivered: 2, failed: 0, retried: 0 });
    expect(receiver.requests.map((r) => JSON.parse(r.body).type).sort()).toEqual([
      'lead.assigned',
      'lead.mql',
    ]);
    for (const request of receiver.requests) {
      expect(request.method).toBe('POST');
      expect(request.headers['content-type']).toBe('application/json; charset=utf-8');
      const signature = request.headers[SIGNATURE_HEADER.toLowerCase()] as string;
      expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(verifySignature(webhook.secret as string, request.body, signature)).toBe(true);
      expect(verifySignature('another-secret-0123', request.body, signature)).toBe(false);
      expect(JSON.parse(request.body)).toMatchObject({
        id: request.headers['x-bastao-delivery'],
        lead: { id: 'lead-1', name: 'João Silva' },
      });
    }
    // Nothing is sent twice.
    expect(await system.notifier.tick()).toEqual({ dispatched: 0, delivered: 0, failed: 0, retried: 0 });
    expect(receiver.requests).toHaveLength(2);
  });

  it('sends Slack-formatted messages to a Slack webhook', async () => {
    receiver = await startReceiver();
    await subscribe(system, { url: receiver.url, events: ['*'], format: 'slack', secret: null });
    await publish(system, leadEvent('lead.mql', system.clock.now()));

    await system.notifier.tick();

    const [request] = receiver.requests;
    expect(request?.headers[SIGNATURE_HEADER.toLowerCase()]).toBeUndefined();
    const body = JSON.parse(request?.body ?? '{}');
    expect(body.text).toBe('Novo MQL: João Silva · Acme');
    expect(body.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Novo MQL', emoji: true },
    });
    expect(body.blocks.at(-1).elements.map((e: { url: string }) => e.url)).toEqual([
      'https://bastao.acme.com.br/leads/lead-1',
      expect.stringMatching(/^https:\/\/wa\.me\/5511987654321/),
    ]);
  });

  it('fans an event out to active webhooks only', async () => {
    receiver = await startReceiver();
    const webhook = await subscribe(system, { url: receiver.url, events: ['lead.mql'] });
    await system.stores.transaction((s) => s.webhooks.update({ ...webhook, isActive: false }));
    await publish(system, leadEvent('lead.mql', system.clock.now()));
    expect(await system.notifier.tick()).toMatchObject({ dispatched: 1, delivered: 0 });
    expect(await system.stores.deliveries.listForWebhook(webhook.id, { limit: 10 })).toEqual([]);

    await system.stores.transaction((s) => s.webhooks.update({ ...webhook, isActive: true }));
    await publish(system, leadEvent('lead.mql', system.clock.now()));
    expect(await system.notifier.tick()).toMatchObject({ dispatched: 1, delivered: 1 });
    expect(receiver.requests).toHaveLength(1);
  });

  it('sets aside a message it cannot render instead of blocking the ones behind it', async () => {
    receiver = await startReceiver();
    await subscribe(system, { url: receiver.url, events: ['*'], format: 'slack' });
    await publish(system, { ...leadEvent('lead.mql', system.clock.now()), type: 'lead.sold' as never });
    await publish(system, leadEvent('lead.mql', system.clock.now()));
    const errors: unknown[] = [];
    const notifier = new Notifier({
      db: system.stores,
      send: createWebhookSender(),
      now: () => system.clock.now(),
      isEmailEnabled: false,
      onError: (error) => errors.push(error),
    });

    expect(await notifier.tick()).toMatchObject({ dispatched: 2, delivered: 1 });
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('(lead.sold) was not sent');
    expect(JSON.parse(receiver.requests[0]?.body ?? '{}').text).toContain('Novo MQL');
  });

  it('runs one tick at a time, and in the background between start and stop', async () => {
    receiver = await startReceiver();
    await subscribe(system, { url: receiver.url, events: ['*'] });
    await publish(system, leadEvent('lead.mql', system.clock.now()));
    // A second tick asked for meanwhile waits for the first, then finds nothing to do.
    const [first, second] = await Promise.all([system.notifier.tick(), system.notifier.tick()]);
    expect(first).toMatchObject({ dispatched: 1, delivered: 1 });
    expect(second).toEqual({ dispatched: 0, delivered: 0, failed: 0, retried: 0 });

    system.notifier.start(5);
    await publish(system, leadEvent('lead.assigned', system.clock.now()));
    await vi.waitFor(() => expect(receiver.requests).toHaveLength(2), { timeout: 5000, interval: 5 });
    await system.notifier.stop();
    expect(JSON.parse(receiver.requests[1]?.body ?? '{}').type).toBe('lead.assigned');
  });
});

describe.each(ENGINES)('two notifiers on one %s database', (engine) => {
  let system: TestSystem;
  let receiver: LocalReceiver;

  beforeAll(async () => {
    system = await openTestSystem(engine);
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await system.destroy();
  });

  it('deliver each delivery exactly once when they tick at the same time', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bastao-second-'));
    // PostgreSQL: a second system with its own connection pool, as another app process
    // would have. SQLite: one writer per file, and a second connection in this same
    // thread would block it (better-sqlite3 waits synchronously), so both notifiers
    // share the connection and only the leases keep them apart.
    const other =
      engine === 'postgres'
        ? await openSystem(
            loadConfig({
              BASTAO_DATA_DIR: dataDir,
              LOG_LEVEL: 'silent',
              DATABASE_URL: system.config.databaseUrl,
            }),
            { clock: system.clock, logger: createLogger({ logLevel: 'silent' }) },
          )
        : { stores: system.stores, close: async () => {} };
    try {
      for (let i = 0; i < 3; i++) {
        await subscribe(system, { url: receiver.url, events: ['*'] });
      }
      for (let i = 0; i < 40; i++) {
        await publish(
          system,
          leadEvent(i % 2 === 0 ? 'lead.mql' : 'lead.assigned', system.clock.now(), { id: `lead-${i}` }),
        );
      }
      const notifierOf = (stores: typeof system.stores) =>
        new Notifier({
          db: stores,
          send: createWebhookSender(),
          now: () => system.clock.now(),
          isEmailEnabled: false,
          onError: (error) => {
            throw error;
          },
          batchSize: 5,
        });
      const first = notifierOf(system.stores);
      const second = notifierOf(other.stores);
      const totals = { first: 0, second: 0, dispatched: 0 };
      for (let round = 0; round < 20; round++) {
        const [a, b] = await Promise.all([first.tick(), second.tick()]);
        totals.first += a.delivered;
        totals.second += b.delivered;
        totals.dispatched += a.dispatched + b.dispatched;
        if (a.delivered + b.delivered + a.dispatched + b.dispatched === 0) {
          break;
        }
      }

      const ids = receiver.requests.map((r) => r.headers['x-bastao-delivery']);
      expect(ids).toHaveLength(120);
      expect(new Set(ids).size).toBe(120);
      // Both took part: the deliveries were shared, not all sent by one.
      expect(totals.first).toBeGreaterThan(0);
      expect(totals.second).toBeGreaterThan(0);
      expect(totals.first + totals.second).toBe(120);
      expect(totals.dispatched).toBe(40);
      for (const webhook of await system.stores.webhooks.list()) {
        const deliveries = await system.stores.deliveries.listForWebhook(webhook.id, { limit: 100 });
        expect(deliveries).toHaveLength(40);
        expect(
          deliveries.every((d) => d.status === 'delivered' && d.attempts === 1 && d.log.length === 1),
        ).toBe(true);
      }
    } finally {
      await other.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/** Decodes RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) of a header value. */
function decodeHeader(value: string): string {
  const unfolded = value.replace(/\r?\n[ \t]+/g, ' ').replace(/\?=\s+=\?/g, '?==?');
  const bytes: number[] = [];
  let out = '';
  const flush = () => {
    out += Buffer.from(bytes.splice(0)).toString('utf8');
  };
  let rest = unfolded;
  while (rest.length > 0) {
    const match = /^=\?utf-8\?([QB])\?([^?]*)\?=/i.exec(rest);
    if (match) {
      const [whole, encoding, text = ''] = match;
      if (encoding?.toUpperCase() === 'B') {
        bytes.push(...Buffer.from(text, 'base64'));
      } else {
        const q = text.replace(/_/g, ' ');
        for (let i = 0; i < q.length; i++) {
          if (q[i] === '=') {
            bytes.push(Number.parseInt(q.slice(i + 1, i + 3), 16));
            i += 2;
          } else {
            bytes.push(q.charCodeAt(i));
          }
        }
      }
      rest = rest.slice(whole.length);
    } else {
      flush();
      out += rest[0];
      rest = rest.slice(1);
    }
  }
  flush();
  return out;
}

describe.each(ENGINES)('e-mail to the owner on %s', (engine) => {
  let system: TestSystem;
  let smtp: SMTPServer;
  const mails: { to: string[]; raw: string }[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    const port = await new Promise<number>((resolve) => {
      smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as { port: number }).port));
    });
    system = await openTestSystem(engine, {
      BASTAO_SMTP_URL: `smtp://127.0.0.1:${port}`,
      BASTAO_MAIL_FROM: 'Bastão <bastao@acme.com.br>',
    });
  });
  afterAll(async () => {
    await system.destroy();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it("e-mails the lead's owner on assignment and SLA breach, with the lead's name in the subject", async () => {
    const owner = await system.stores.transaction((s) =>
      createUser(s, { email: 'rita@acme.com.br', name: 'Rita Souza', role: 'sales_rep' }, system.clock.now()),
    );
    await publish(system, leadEvent('lead.assigned', system.clock.now(), { ownerId: owner.id }));
    await publish(
      system,
      leadEvent(
        'sla.breached',
        system.clock.now(),
        { name: 'Maria Oliveira', ownerEmail: 'gestor@acme.com.br', phoneE164: null },
        { clock: 'first_touch', dueAt: system.clock.now() },
      ),
    );
    await publish(system, leadEvent('lead.mql', system.clock.now(), { ownerEmail: 'rita@acme.com.br' }));
    // The owner's address may also come in `details`.
    await publish(
      system,
      leadEvent(
        'sla.warning',
        system.clock.now(),
        { name: 'Paulo Lima' },
        { ownerEmail: 'paulo.owner@acme.com.br' },
      ),
    );

    expect(await system.notifier.tick()).toMatchObject({ dispatched: 4, delivered: 3, failed: 0 });

    expect(mails.map((m) => m.to).sort()).toEqual([
      ['gestor@acme.com.br'],
      ['paulo.owner@acme.com.br'],
      ['rita@acme.com.br'],
    ]);
    const subjectOf = (raw: string) => decodeHeader(/^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? '');
    const assigned = mails.find((m) => m.to[0] === 'rita@acme.com.br');
    const breached = mails.find((m) => m.to[0] === 'gestor@acme.com.br');
    expect(subjectOf(assigned?.raw ?? '')).toBe('Lead atribuído a Rita Souza: João Silva · Acme');
    expect(subjectOf(breached?.raw ?? '')).toBe('SLA estourado: Maria Oliveira · Acme');
    expect(assigned?.raw).toMatch(/^From: =\?UTF-8\?Q\?Bast=C3=A3o\?= <bastao@acme\.com\.br>/m);
    expect(assigned?.raw).toContain('Content-Type: text/html');
    expect(assigned?.raw.replace(/=\r\n/g, '')).toContain('https://wa.me/5511987654321');
  });
});
