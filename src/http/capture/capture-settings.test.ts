import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem, tokenFor } from '../../../test/engines.ts';
import { collect, pageView, SITE_ORIGIN } from '../../../test/fixtures/capture.ts';
import { buildServer } from '../server.ts';

describe.each(ENGINES)('tracking settings (sites, forms) and the snippet on %s', (engine) => {
  let system: TestSystem;
  let app: FastifyInstance;
  let auth: { authorization: string };
  let rep: { authorization: string };

  beforeAll(async () => {
    system = await openTestSystem(engine);
    app = await buildServer(system);
    auth = { authorization: `Bearer ${await tokenFor(system, 'marketing')}` };
    rep = { authorization: `Bearer ${await tokenFor(system, 'sales_rep', 'rep')}` };
  });
  afterAll(async () => {
    await app.close();
    await system.destroy();
  });

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    headers = auth,
  ) => app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('creates a site with its snippet tag, changes its origins, and deletes it with its anonymous visitors', async () => {
    const created = await call('POST', '/api/v1/sites', {
      name: ' Acme ',
      allowedOrigins: ['HTTPS://WWW.ACME.COM.BR/precos', 'https://www.acme.com.br'],
    });
    expect(created.statusCode).toBe(201);
    const site = created.json();
    expect(site).toMatchObject({ name: 'Acme', allowedOrigins: ['https://www.acme.com.br'] });
    expect(site.publicKey).toMatch(/^site_[\w-]{22}$/);
    expect(site.snippet).toBe(
      `<script async src="http://localhost:80/t.js" data-site="${site.publicKey}"></script>`,
    );

    const body = { visitorId: 'visitor-settings-0001', sentAt: 1, events: [pageView(`${SITE_ORIGIN}/`)] };
    const lp = { origin: 'https://lp.acme.com.br' };
    expect((await collect(app, site.publicKey, body, lp)).statusCode).toBe(403);
    const patched = await call('PATCH', `/api/v1/sites/${site.id}`, {
      allowedOrigins: ['https://www.acme.com.br', 'https://lp.acme.com.br'],
    });
    expect(patched.json().allowedOrigins).toHaveLength(2);
    expect((await collect(app, site.publicKey, body, lp)).json()).toEqual({ accepted: 1 });

    expect((await call('GET', '/api/v1/sites')).json().items.map((s: { id: string }) => s.id)).toContain(
      site.id,
    );
    expect((await call('DELETE', `/api/v1/sites/${site.id}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/sites/${site.id}`)).statusCode).toBe(404);
    expect((await collect(app, site.publicKey, body)).statusCode).toBe(404);
  });

  it('refuses invalid site settings with 400', async () => {
    for (const payload of [
      { name: 'x', allowedOrigins: [] },
      { name: 'x', allowedOrigins: ['not a url'] },
      { name: 'x', allowedOrigins: ['ftp://acme.com'] },
      { name: '', allowedOrigins: ['https://acme.com'] },
    ]) {
      const response = await call('POST', '/api/v1/sites', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });

  it('creates, changes and deletes forms, keeping keys unique and mappings valid', async () => {
    const created = await call('POST', '/api/v1/forms', { name: 'Fale com Vendas!' });
    expect(created.statusCode).toBe(201);
    const form = created.json();
    expect(form.key).toMatch(/^fale-com-vendas-[0-9a-f]{6}$/);
    expect(form.fieldMapping).toMatchObject({ email: 'email', name: 'name' });

    expect((await call('POST', '/api/v1/forms', { name: 'Other', key: form.key })).statusCode).toBe(409);
    const bad = [
      { name: 'x', fieldMapping: { nome: 'name' } },
      { name: 'x', fieldMapping: { email: 'email', x: 'password' } },
      { name: 'x', key: 'Not A Key' },
      { name: 'x', redirectUrl: 'javascript:alert(1)' },
      { name: 'x', siteId: 'no-such-site' },
    ];
    for (const payload of bad) {
      expect((await call('POST', '/api/v1/forms', payload)).statusCode, JSON.stringify(payload)).toBe(400);
    }
    const patched = await call('PATCH', `/api/v1/forms/${form.id}`, {
      key: 'vendas',
      fieldMapping: { mail: 'email', cargo: 'jobTitle' },
      redirectUrl: 'https://www.acme.com.br/obrigado',
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      key: 'vendas',
      fieldMapping: { mail: 'email', cargo: 'jobTitle' },
    });
    const other = (await call('POST', '/api/v1/forms', { name: 'Other', key: 'outro' })).json();
    expect((await call('PATCH', `/api/v1/forms/${other.id}`, { key: 'vendas' })).statusCode).toBe(409);
    expect(
      (await call('PATCH', `/api/v1/forms/${form.id}`, { redirectUrl: null })).json().redirectUrl,
    ).toBeNull();
    expect((await call('DELETE', `/api/v1/forms/${form.id}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/forms/${form.id}`)).statusCode).toBe(404);
    const post = await app.inject({ method: 'POST', url: '/f/vendas', payload: { mail: 'a@b.com' } });
    expect(post.statusCode).toBe(404);
  });

  it('lets marketing and admins configure tracking, not sales reps, and nobody without a token', async () => {
    expect((await call('GET', '/api/v1/sites', undefined, rep)).statusCode).toBe(403);
    expect((await call('POST', '/api/v1/forms', { name: 'x' }, rep)).statusCode).toBe(403);
    expect((await call('POST', '/api/v1/email-links', { leadId: 'x', campaign: 'c' }, rep)).statusCode).toBe(
      403,
    );
    expect((await app.inject({ url: '/api/v1/forms' })).statusCode).toBe(401);
  });

  it('serves the snippet cached, with an ETag and gzip', async () => {
    const plain = await app.inject({ url: '/t.js' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.headers['cache-control']).toContain('max-age=3600');
    expect(plain.body).toContain('/t/collect');
    const etag = String(plain.headers.etag);
    const again = await app.inject({ url: '/t.js', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const gzipped = await app.inject({ url: '/t.js', headers: { 'accept-encoding': 'gzip, br' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.rawPayload.length).toBeLessThan(5 * 1024);
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(plain.body);
  });

  it('documents the public routes as needing no token in the OpenAPI document', async () => {
    const doc = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.paths['/t/collect'].post.security).toEqual([]);
    expect(doc.paths['/f/{formKey}'].post.security).toEqual([]);
    expect(doc.paths['/api/v1/sites'].post.security).toBeUndefined();
  });
});
