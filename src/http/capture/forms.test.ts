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

describe.each(ENGINES)('forms (/f/:formKey) on %s', (engine) => {
  let system: TestSystem;
  let app: FastifyInstance;
  let auth: { authorization: string };
  let site: TestSite;

  beforeAll(async () => {
    system = await openTestSystem(engine);
    app = await buildServer(system);
    auth = { authorization: `Bearer ${await tokenFor(system, 'marketing')}` };
    site = await createTestSite(app, auth);
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/forms',
      headers: auth,
      payload: {
        key: 'contato',
        name: 'Fale com vendas',
        siteId: site.id,
        fieldMapping: { 'e-mail': 'email', nome: 'name', empresa: 'company.name', assentos: 'fields.seats' },
        honeypotField: 'website',
        consentField: 'aceito',
        redirectUrl: `${SITE_ORIGIN}/obrigado`,
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().action).toMatch(/\/f\/contato$/);
    const landing = await app.inject({
      method: 'POST',
      url: '/api/v1/forms',
      headers: auth,
      payload: { key: 'ebook-sla', name: 'E-book SLA' },
    });
    expect(landing.statusCode).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await system.destroy();
  });

  const post = (key: string, body: string | Record<string, unknown>, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: `/f/${key}`,
      headers: {
        'content-type': typeof body === 'string' ? 'application/x-www-form-urlencoded' : 'application/json',
        origin: SITE_ORIGIN,
        ...headers,
      },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const leadByEmail = async (email: string) =>
    (await app.inject({ url: `/api/v1/leads?email=${encodeURIComponent(email)}`, headers: auth })).json()
      .items[0];
  const formEventsOf = async (leadId: string) =>
    (await app.inject({ url: `/api/v1/leads/${leadId}/timeline?limit=200`, headers: auth }))
      .json()
      .items.filter((i: { event?: { type: string } }) => i.event?.type === 'form_submit');

  it('takes a plain HTML post: maps the fields, stores consent, and redirects', async () => {
    const response = await post(
      'contato',
      'e-mail=Bia%40Cliente.com.br&nome=Bia+Lima&empresa=Cliente+SA&assentos=12&aceito=on&website=&cor=azul&utm_source=newsletter&utm_campaign=marco',
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${SITE_ORIGIN}/obrigado`);
    const lead = await leadByEmail('bia@cliente.com.br');
    expect(lead).toMatchObject({
      name: 'Bia Lima',
      fields: { seats: '12' },
      consent: { basis: 'consent', givenAt: new Date(system.clock.now()).toISOString() },
      firstTouch: { channel: 'newsletter', campaign: 'marco' },
    });
    expect(lead.fields).not.toHaveProperty('cor');
    const [event] = await formEventsOf(lead.id);
    expect(event.event.props).toMatchObject({ form: 'contato', consent: true });
  });

  it('counts a double submit once: one lead, one form event', async () => {
    const body = 'e-mail=duplo%40cliente.com.br&nome=Duda';
    const [first, second] = await Promise.all([post('contato', body), post('contato', body)]);
    expect([first.statusCode, second.statusCode]).toEqual([303, 303]);
    system.clock.advance(MINUTE);
    expect((await post('contato', body.replace('duplo', 'DUPLO'))).statusCode).toBe(303);
    const lead = await leadByEmail('duplo@cliente.com.br');
    expect(await formEventsOf(lead.id)).toHaveLength(1);
    const announced = (await system.stores.outbox.pending(1000)).filter(
      (m) => m.event.type === 'lead.created' && m.event.lead.id === lead.id,
    );
    expect(announced).toHaveLength(1);
    // Past the window the same person sending the form again is a new submission.
    system.clock.advance(10 * MINUTE);
    await post('contato', body);
    expect(await formEventsOf(lead.id)).toHaveLength(2);
  });

  it('answers a bot that fills the honeypot as usual and stores nothing', async () => {
    const response = await post('contato', 'e-mail=bot%40spam.com&website=http%3A%2F%2Fspam.example');
    expect(response.statusCode).toBe(303);
    expect(await leadByEmail('bot@spam.com')).toBeUndefined();
  });

  it('takes JSON from a landing page without the snippet and answers JSON', async () => {
    const response = await post(
      'ebook-sla',
      { email: 'leitor@empresa.com.br', name: 'Leitor', company: 'Empresa' },
      { origin: 'https://lp.builder.example' },
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ received: true });
    expect(response.headers['access-control-allow-origin']).toBe('https://lp.builder.example');
    expect(await leadByEmail('leitor@empresa.com.br')).toMatchObject({
      name: 'Leitor',
      companyName: 'Empresa',
    });
  });

  it('shows a thank-you page after a plain post to a form without a redirect URL', async () => {
    const response = await post('ebook-sla', 'email=pagina%40empresa.com.br', { 'accept-language': 'pt-BR' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('Obrigado');
  });

  it('merges the visitor’s history when the snippet forwards the form', async () => {
    const visitor = 'visitor-form-00000001';
    await collect(app, site.publicKey, {
      visitorId: visitor,
      sentAt: 1,
      events: [pageView(`${SITE_ORIGIN}/precos`)],
    });
    system.clock.advance(MINUTE);
    await post(
      'contato',
      `e-mail=visitante%40cliente.com.br&_bastao_vid=${visitor}&_bastao_url=${encodeURIComponent(`${SITE_ORIGIN}/contato`)}`,
    );
    const lead = await leadByEmail('visitante@cliente.com.br');
    const types = (await app.inject({ url: `/api/v1/leads/${lead.id}/timeline`, headers: auth }))
      .json()
      .items.map((i: { event: { type: string } }) => i.event.type);
    expect(types).toEqual(['form_submit', 'page_view']);
  });

  it('refuses bad submissions with 4xx, naming the field to fix, and stores nothing', async () => {
    const cases: Array<[string, Awaited<ReturnType<typeof post>>, number, string]> = [
      ['no e-mail', await post('contato', 'nome=Sem+Email'), 400, 'e-mail'],
      ['a bad e-mail', await post('contato', 'e-mail=nao-e-email&nome=X'), 400, 'e-mail'],
      ['an unknown form', await post('nao-existe', 'e-mail=x%40y.com'), 404, 'nao-existe'],
      [
        'a foreign page',
        await post('contato', 'e-mail=x%40y.com', { origin: 'https://evil.example' }),
        403,
        'evil',
      ],
      ['a huge body', await post('contato', `e-mail=x%40y.com&nome=${'x'.repeat(40 * 1024)}`), 413, ''],
      [
        'a multipart body',
        await post('contato', 'x', { 'content-type': 'multipart/form-data; boundary=x' }),
        415,
        '',
      ],
    ];
    for (const [name, response, status, mention] of cases) {
      expect(response.statusCode, name).toBe(status);
      expect(response.json().error.message, name).toContain(mention);
    }
    expect(await leadByEmail('x@y.com')).toBeUndefined();
  });
});

describe('form rate limits', () => {
  it('answers 429 past 10 posts from one address to one form in 10 minutes, and lets it in again after', async () => {
    const system = await openTestSystem('sqlite');
    const app = await buildServer(system);
    try {
      const auth = { authorization: `Bearer ${await tokenFor(system, 'marketing')}` };
      await app.inject({
        method: 'POST',
        url: '/api/v1/forms',
        headers: auth,
        payload: { key: 'news', name: 'News' },
      });
      const post = (i: number, ip = '203.0.113.7') =>
        app.inject({
          method: 'POST',
          url: '/f/news',
          remoteAddress: ip,
          headers: { 'content-type': 'application/json' },
          payload: { email: `p${i}@acme.com` },
        });
      for (let i = 0; i < 10; i++) {
        expect((await post(i)).statusCode).toBe(200);
      }
      const limited = await post(10);
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['retry-after']).toBe('600');
      expect((await post(11, '198.51.100.9')).statusCode).toBe(200);
      system.clock.advance(10 * 60_000);
      expect((await post(12)).statusCode).toBe(200);
      const leads = (await app.inject({ url: '/api/v1/leads?limit=50', headers: auth })).json().items;
      expect(leads).toHaveLength(12);
    } finally {
      await app.close();
      await system.destroy();
    }
  });

  it('counts clients behind a reverse proxy apart when BASTAO_TRUST_PROXY is on', async () => {
    const system = await openTestSystem('sqlite', { BASTAO_TRUST_PROXY: 'true' });
    const app = await buildServer(system);
    try {
      const auth = { authorization: `Bearer ${await tokenFor(system, 'marketing')}` };
      await app.inject({
        method: 'POST',
        url: '/api/v1/forms',
        headers: auth,
        payload: { key: 'news', name: 'News' },
      });
      const post = (i: number, client: string) =>
        app.inject({
          method: 'POST',
          url: '/f/news',
          remoteAddress: '10.0.0.1',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
          payload: { email: `p${i}@acme.com` },
        });
      for (let i = 0; i < 10; i++) {
        expect((await post(i, '203.0.113.7')).statusCode).toBe(200);
      }
      expect((await post(10, '203.0.113.7')).statusCode).toBe(429);
      expect((await post(11, '198.51.100.9')).statusCode).toBe(200);
    } finally {
      await app.close();
      await system.destroy();
    }
  });
});
