import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem, tokenFor } from '../../../test/engines.ts';
import { BROWSER_UA } from '../../../test/fixtures/capture.ts';
import { buildServer } from '../server.ts';

const MINUTE = 60_000;

describe.each(ENGINES)('e-mail tracking on %s', (engine) => {
  let system: TestSystem;
  let app: FastifyInstance;
  let auth: { authorization: string };
  let leadId: string;

  beforeAll(async () => {
    system = await openTestSystem(engine, { BASTAO_PUBLIC_URL: 'https://bastao.acme.com.br' });
    app = await buildServer(system);
    auth = { authorization: `Bearer ${await tokenFor(system, 'marketing')}` };
    const lead = await app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: auth,
      payload: { email: 'leitora@cliente.com.br' },
    });
    leadId = lead.json().id;
  });
  afterAll(async () => {
    await app.close();
    await system.destroy();
  });

  const mint = async (urls: string[] = ['https://www.acme.com.br/precos']) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/email-links',
      headers: auth,
      payload: { email: 'leitora@cliente.com.br', campaign: 'news-marco', urls },
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const pathOf = (url: string) => new URL(url).pathname;
  const get = (url: string, userAgent = BROWSER_UA) =>
    app.inject({ url: pathOf(url), headers: { 'user-agent': userAgent } });
  const emailEvents = async () =>
    (await app.inject({ url: `/api/v1/leads/${leadId}/timeline?limit=200`, headers: auth }))
      .json()
      .items.map((i: { event: { type: string; props: Record<string, unknown> } }) => i.event)
      .filter((e: { type: string }) => e.type.startsWith('email_'));

  it('mints signed links on the public URL, and the pixel records one open per 10 minutes', async () => {
    const links = await mint();
    expect(links.openPixelUrl).toMatch(/^https:\/\/bastao\.acme\.com\.br\/e\/o\/[\w.-]+\.gif$/);
    expect(links.openPixelHtml).toContain(links.openPixelUrl);
    const pixel = await get(links.openPixelUrl);
    expect(pixel.statusCode).toBe(200);
    expect(pixel.headers['content-type']).toBe('image/gif');
    expect(pixel.rawPayload.subarray(0, 6).toString()).toBe('GIF89a');
    await get(links.openPixelUrl);
    expect(await emailEvents()).toEqual([
      expect.objectContaining({ type: 'email_open', props: { campaign: 'news-marco' } }),
    ]);
    system.clock.advance(11 * MINUTE);
    await get(links.openPixelUrl);
    expect(await emailEvents()).toHaveLength(2);
  });

  it('redirects a click to the signed URL and records it on the lead', async () => {
    const links = await mint(['https://www.acme.com.br/cases?x=1&y=2']);
    const click = await get(links.links[0].trackedUrl);
    expect(click.statusCode).toBe(302);
    expect(click.headers.location).toBe('https://www.acme.com.br/cases?x=1&y=2');
    const [newest] = await emailEvents();
    expect(newest).toMatchObject({
      type: 'email_click',
      props: { campaign: 'news-marco', url: 'https://www.acme.com.br/cases?x=1&y=2' },
    });
  });

  it('refuses forged or altered tokens with 404, redirects nowhere and stores nothing', async () => {
    const links = await mint(['https://www.acme.com.br/']);
    const click = pathOf(links.links[0].trackedUrl).slice('/e/c/'.length);
    const open = pathOf(links.openPixelUrl).slice('/e/o/'.length, -'.gif'.length);
    const [payload, signature] = click.split('.') as [string, string];
    const evilPayload = Buffer.from(
      JSON.stringify(['c', leadId, 'news-marco', 'https://evil.example/phish']),
    ).toString('base64url');
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    const before = (await emailEvents()).length;
    for (const path of [
      `/e/c/${evilPayload}.${signature}`,
      `/e/c/${payload}.${flipped}`,
      `/e/c/${payload}`,
      '/e/c/garbage',
      `/e/c/${open}`,
      `/e/o/${click}.gif`,
      `/e/o/${open.slice(1)}.gif`,
    ]) {
      const response = await app.inject({ url: path, headers: { 'user-agent': BROWSER_UA } });
      expect(response.statusCode, path).toBe(404);
      expect(response.headers.location, path).toBeUndefined();
      expect(response.json().error.code).toBe('not_found');
    }
    expect(await emailEvents()).toHaveLength(before);
  });

  it('follows the link for link scanners and previews without counting them', async () => {
    const links = await mint(['https://www.acme.com.br/bots']);
    const before = (await emailEvents()).length;
    const click = await get(links.links[0].trackedUrl, 'WhatsApp/2.23.20.0');
    expect(click.statusCode).toBe(302);
    expect(await emailEvents()).toHaveLength(before);
  });

  it('takes provider webhooks in the generic format, once per provider event id', async () => {
    const body = {
      events: [
        {
          type: 'open',
          email: 'leitora@cliente.com.br',
          occurredAt: '2026-03-01T10:00:00-03:00',
          campaign: 'x',
          id: 'p-1',
        },
        {
          type: 'click',
          email: 'leitora@cliente.com.br',
          occurredAt: '2026-03-01T10:01:00-03:00',
          url: 'https://acme.com/',
          id: 'p-2',
        },
        { type: 'bounce', email: 'nova@outra.com.br', occurredAt: '2026-03-01T10:02:00-03:00' },
        { type: 'teleport', email: 'leitora@cliente.com.br', occurredAt: '2026-03-01T10:00:00-03:00' },
        { type: 'open', email: 'not an email', occurredAt: '2026-03-01T10:00:00-03:00' },
      ],
    };
    const send = () =>
      app.inject({ method: 'POST', url: '/api/v1/integrations/email-events', headers: auth, payload: body });
    const first = await send();
    expect(first.statusCode).toBe(200);
    expect(first.json().summary).toEqual({ stored: 3, duplicate: 0, invalid: 2 });
    expect(first.json().results.map((r: { status: string }) => r.status)).toEqual([
      'stored',
      'stored',
      'stored',
      'invalid',
      'invalid',
    ]);
    expect(first.json().results[3].message).toContain('events[3].type');
    const again = (await send()).json();
    expect(again.summary).toMatchObject({ stored: 1, duplicate: 2 });
    const rep = { authorization: `Bearer ${await tokenFor(system, 'sales_rep', 'rep-esp')}` };
    const forbidden = await app.inject({
      method: 'POST',
      url: '/api/v1/integrations/email-events',
      headers: rep,
      payload: body,
    });
    expect(forbidden.statusCode).toBe(403);
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/v1/integrations/email-events',
      payload: body,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses to mint links for an unknown lead or to non-http URLs', async () => {
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/email-links',
      headers: auth,
      payload: { email: 'ninguem@x.com', campaign: 'c' },
    });
    expect(unknown.statusCode).toBe(404);
    const script = await app.inject({
      method: 'POST',
      url: '/api/v1/email-links',
      headers: auth,
      payload: { leadId, campaign: 'c', urls: ['javascript:alert(1)'] },
    });
    expect(script.statusCode).toBe(400);
  });
});

describe('e-mail link secret', () => {
  it('signs with BASTAO_SECRET when set, so links from another secret do not verify', async () => {
    const systems = await Promise.all([
      openTestSystem('sqlite', { BASTAO_SECRET: 'a'.repeat(40) }),
      openTestSystem('sqlite', { BASTAO_SECRET: 'b'.repeat(40) }),
    ]);
    const apps = await Promise.all(systems.map((s) => buildServer(s)));
    try {
      const tokens = await Promise.all(systems.map((s) => tokenFor(s, 'admin')));
      const leadIds: string[] = [];
      for (const [i, app] of apps.entries()) {
        const headers = { authorization: `Bearer ${tokens[i]}` };
        const lead = await app.inject({
          method: 'POST',
          url: '/api/v1/leads',
          headers,
          payload: { email: 'same@acme.com' },
        });
        leadIds.push(lead.json().id);
      }
      const minted = await apps[0]?.inject({
        method: 'POST',
        url: '/api/v1/email-links',
        headers: { authorization: `Bearer ${tokens[0]}` },
        payload: { leadId: leadIds[0], campaign: 'c' },
      });
      const path = new URL(minted?.json().openPixelUrl).pathname;
      expect((await apps[0]?.inject({ url: path, headers: { 'user-agent': BROWSER_UA } }))?.statusCode).toBe(
        200,
      );
      expect((await apps[1]?.inject({ url: path, headers: { 'user-agent': BROWSER_UA } }))?.statusCode).toBe(
        404,
      );
    } finally {
      await Promise.all(apps.map((a) => a.close()));
      await Promise.all(systems.map((s) => s.destroy()));
    }
  });
});
