import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem, tokenFor } from '../../../test/engines.ts';
import {
  collect,
  createTestSite,
  pageView,
  SITE_ORIGIN,
  type TestSite,
} from '../../../test/fixtures/capture.ts';
import { buildServer } from '../server.ts';

const MINUTE = 60_000;

describe.each(ENGINES)('website tracking (/t/collect) on %s', (engine) => {
  let system: TestSystem;
  let app: FastifyInstance;
  let auth: { authorization: string };
  let site: TestSite;

  beforeAll(async () => {
    system = await openTestSystem(engine);
    app = await buildServer(system);
    auth = { authorization: `Bearer ${await tokenFor(system, 'marketing')}` };
    site = await createTestSite(app, auth);
  });
  afterAll(async () => {
    await app.close();
    await system.destroy();
  });

  const leadByEmail = async (email: string) =>
    (await app.inject({ url: `/api/v1/leads?email=${encodeURIComponent(email)}`, headers: auth })).json()
      .items[0];
  const timelineOf = async (leadId: string) =>
    (await app.inject({ url: `/api/v1/leads/${leadId}/timeline?limit=200`, headers: auth })).json()
      .items as Array<{
      at: string;
      event?: { type: string; occurredAt: string; props: Record<string, unknown> };
    }>;
  const send = (visitorId: string, events: unknown[], identify?: unknown) =>
    collect(app, site.publicKey, { visitorId, sentAt: 1_000_000, events, ...(identify ? { identify } : {}) });

  it('keeps an anonymous history and merges it into the lead on identify, in order, with the original times', async () => {
    const visitor = 'visitor-merge-0000001';
    const start = system.clock.now();
    const pages = [
      pageView(`${SITE_ORIGIN}/?utm_source=google&utm_medium=cpc&utm_campaign=marca`, {
        referrer: 'https://www.google.com/',
      }),
      pageView(`${SITE_ORIGIN}/blog/lead-scoring`, { referrer: `${SITE_ORIGIN}/` }),
      pageView(`${SITE_ORIGIN}/precos`, { referrer: `${SITE_ORIGIN}/blog/lead-scoring` }),
    ];
    for (const page of pages) {
      const response = await send(visitor, [page]);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ accepted: 1 });
      expect(response.headers['access-control-allow-origin']).toBe(SITE_ORIGIN);
      system.clock.advance(10 * MINUTE);
    }
    expect(await leadByEmail('ana.merge@acme.com.br')).toBeUndefined();

    // Days later she comes back from a LinkedIn campaign and identifies herself on that visit.
    system.clock.advance(3 * 24 * 60 * MINUTE);
    const converting = pageView(`${SITE_ORIGIN}/webinar?utm_source=linkedin&utm_campaign=webinar-sla`);
    const identified = await send(visitor, [converting], { email: 'Ana.Merge@Acme.com.br', name: 'Ana' });
    expect(identified.statusCode).toBe(200);

    const lead = await leadByEmail('ana.merge@acme.com.br');
    expect(lead).toMatchObject({ name: 'Ana', firstTouch: { channel: 'google', campaign: 'marca' } });
    expect(lead.lastTouch).toMatchObject({ channel: 'linkedin', campaign: 'webinar-sla' });
    expect(Date.parse(lead.firstTouch.at)).toBe(start);

    const views = (await timelineOf(lead.id)).filter((entry) => entry.event?.type === 'page_view').reverse();
    expect(views.map((entry) => entry.event?.props.url)).toEqual([...pages, converting].map((p) => p.url));
    expect(views.map((entry) => Date.parse(entry.event?.occurredAt ?? ''))).toEqual([
      start,
      start + 10 * MINUTE,
      start + 20 * MINUTE,
      start + 30 * MINUTE + 3 * 24 * 60 * MINUTE,
    ]);
    expect(views[0]?.event?.props.utm).toEqual({ source: 'google', medium: 'cpc', campaign: 'marca' });

    // The score counts the merged visits: 4 visits (1 each) and the pricing page (20).
    const score = (await app.inject({ url: `/api/v1/leads/${lead.id}/score`, headers: auth })).json();
    const visitPoints = score.contributions
      .filter((c: { rule: string }) => c.rule === 'visita' || c.rule === 'pagina-de-precos')
      .reduce((sum: number, c: { points: number }) => sum + c.points, 0);
    expect(visitPoints).toBe(24);

    // Later visits go straight to the lead.
    const later = await send(visitor, [pageView(`${SITE_ORIGIN}/cases`)]);
    expect(later.json()).toEqual({ accepted: 1 });
    expect((await timelineOf(lead.id)).filter((entry) => entry.event?.type === 'page_view')).toHaveLength(5);
  });

  it('stores a retried batch once, before and after identify', async () => {
    const visitor = 'visitor-retry-0000001';
    const batch = [pageView(`${SITE_ORIGIN}/a`), pageView(`${SITE_ORIGIN}/b`)];
    expect((await send(visitor, batch)).json()).toEqual({ accepted: 2 });
    expect((await send(visitor, batch)).json()).toEqual({ accepted: 0 });
    await send(visitor, [], { email: 'retry@acme.com.br' });
    expect((await send(visitor, batch)).json()).toEqual({ accepted: 0 });
    const lead = await leadByEmail('retry@acme.com.br');
    expect(await timelineOf(lead.id)).toHaveLength(2);
  });

  it('makes the lead MQL in the request whose identify brings a fit profile to an engaged history', async () => {
    const visitor = 'visitor-mql-00000001';
    // Nine pages, two of them pricing; with the converting one: 10 visit points and 40 pricing points (caps).
    const paths = ['/precos', '/planos', '/', '/sobre', '/blog', '/cases', '/contato', '/blog/2', '/blog/3'];
    await send(
      visitor,
      paths.map((path) => pageView(`${SITE_ORIGIN}${path}`)),
    );
    const response = await send(visitor, [pageView(`${SITE_ORIGIN}/precos?plano=pro`)], {
      email: 'diretora@industria.com.br',
      jobTitle: 'Diretora Comercial',
      company: { name: 'Indústria SA', segment: 'indústria', employees: 300, state: 'SP' },
    });
    expect(response.statusCode).toBe(200);
    const lead = await leadByEmail('diretora@industria.com.br');
    expect(lead.stage).toBe('mql');
  });

  it('refuses forged and malformed calls with 4xx and stores nothing', async () => {
    const visitor = 'visitor-forged-000001';
    const good = { visitorId: visitor, sentAt: 1_000_000, events: [pageView(`${SITE_ORIGIN}/x`)] };
    const cases: Array<
      [string, Promise<{ statusCode: number; json(): { error: { code: string } } }>, number]
    > = [
      ['unknown site key', collect(app, 'site_doesnotexist', good), 404],
      ['origin not allowed', collect(app, site.publicKey, good, { origin: 'https://evil.example' }), 403],
      ['no origin', collect(app, site.publicKey, good, { origin: '' }), 403],
      ['not JSON', collect(app, site.publicKey, '{"visitorId": '), 400],
      ['bad visitor id', collect(app, site.publicKey, { ...good, visitorId: 'short' }), 400],
      [
        'too many events',
        collect(app, site.publicKey, {
          ...good,
          events: Array.from({ length: 51 }, (_, i) => pageView(`${SITE_ORIGIN}/${i}`)),
        }),
        400,
      ],
      ['huge payload', collect(app, site.publicKey, { ...good, padding: 'x'.repeat(70 * 1024) }), 413],
      [
        'not a URL',
        collect(app, site.publicKey, { ...good, events: [{ ...pageView('javascript:alert(1)') }] }),
        400,
      ],
      [
        'an unknown event type',
        collect(app, site.publicKey, {
          ...good,
          events: [pageView(`${SITE_ORIGIN}/`, { type: 'demo_request' })],
        }),
        400,
      ],
      [
        'an identify without a valid e-mail',
        collect(app, site.publicKey, { ...good, identify: { email: 'nope' } }),
        400,
      ],
    ];
    for (const [name, request, status] of cases) {
      const response = await request;
      expect(response.statusCode, name).toBe(status);
      expect(response.json().error.code, name).toBeTypeOf('string');
    }
    // Had any of them stored its event, this retry of the valid batch would not be new.
    expect((await collect(app, site.publicKey, good)).json()).toEqual({ accepted: 1 });
  });

  it('stores nothing from bots or from browsers that ask not to be tracked', async () => {
    const visitor = 'visitor-optout-000001';
    const body = { visitorId: visitor, sentAt: 1, events: [pageView(`${SITE_ORIGIN}/x`)] };
    const optOuts: Array<Record<string, string>> = [
      { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
      {
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/140.0 Safari/537.36',
      },
      { 'user-agent': '' },
      { dnt: '1' },
      { 'sec-gpc': '1' },
    ];
    for (const headers of optOuts) {
      const response = await collect(app, site.publicKey, body, headers);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ accepted: 0 });
    }
    expect((await collect(app, site.publicKey, body)).json()).toEqual({ accepted: 1 });
  });

  it('answers CORS preflights for the site’s origins only', async () => {
    const preflight = (origin: string, key = site.publicKey) =>
      app.inject({
        method: 'OPTIONS',
        url: `/t/collect?k=${key}`,
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const allowed = await preflight(SITE_ORIGIN);
    expect(allowed.statusCode).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe(SITE_ORIGIN);
    expect(allowed.headers['access-control-allow-methods']).toBe('POST');
    expect((await preflight('https://evil.example')).statusCode).toBe(403);
    expect((await preflight(SITE_ORIGIN, 'site_unknown')).statusCode).toBe(404);
  });
});

describe('tracking rate limit', () => {
  it('answers 429 past the per-IP limit and lets the address in again after a minute', async () => {
    const system = await openTestSystem('sqlite', { BASTAO_TRACKING_RATE_LIMIT: '3' });
    const app = await buildServer(system);
    try {
      const auth = { authorization: `Bearer ${await tokenFor(system, 'marketing')}` };
      const site = await createTestSite(app, auth);
      const send = () =>
        collect(app, site.publicKey, {
          visitorId: 'visitor-limit-0000001',
          sentAt: 1,
          events: [pageView(`${SITE_ORIGIN}/`)],
        });
      for (let i = 0; i < 3; i++) {
        expect((await send()).statusCode).toBe(200);
      }
      const limited = await send();
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      system.clock.advance(60_000);
      expect((await send()).statusCode).toBe(200);
    } finally {
      await app.close();
      await system.destroy();
    }
  });
});
