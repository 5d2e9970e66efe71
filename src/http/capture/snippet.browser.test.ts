import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestSystem, type TestSystem, tokenFor } from '../../../test/engines.ts';
import { BROWSER_UA, createTestSite, type TestSite } from '../../../test/fixtures/capture.ts';
import { startTrackingSite, type TrackingSite } from '../../../test/fixtures/tracking-site.ts';
import { buildServer } from '../server.ts';

const CHROMIUM = '/usr/bin/chromium';
const MINUTE = 60_000;

/**
 * The snippet in a real browser (Debian's Chromium through playwright-core) on a small
 * site served locally, sending to a Bastão listening on another port (so CORS is real).
 * The server's clock is moved by hand between steps; waits are on conditions, never sleeps.
 */
describe('the snippet in a browser', { timeout: 60_000 }, () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let auth: { authorization: string };
  let site: TestSite;
  let web: TrackingSite;
  let browser: Browser;
  let context: BrowserContext;
  /** Answers the server gave, by path: what the waits wait on. */
  const answered: Array<{ path: string; status: number }> = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is missing at ${CHROMIUM}: install it with \`apt-get install chromium\` (.ci/run does).`,
      );
    }
    system = await openTestSystem('sqlite');
    app = await buildServer(system);
    app.addHook('onResponse', async (request, reply) => {
      answered.push({ path: request.url.split('?')[0] ?? '', status: reply.statusCode });
    });
    const bastaoUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    auth = { authorization: `Bearer ${await tokenFor(system, 'marketing')}` };
    // The site's origin is known once it listens; the site key is needed to serve it: create, then allow.
    site = await createTestSite(app, auth, ['http://placeholder.invalid']);
    web = await startTrackingSite(bastaoUrl, site.publicKey);
    await app.inject({
      method: 'PATCH',
      url: `/api/v1/sites/${site.id}`,
      headers: auth,
      payload: { allowedOrigins: [web.origin] },
    });
    await app.inject({
      method: 'POST',
      url: '/api/v1/forms',
      headers: auth,
      payload: {
        key: 'contato',
        name: 'Fale com vendas',
        siteId: site.id,
        fieldMapping: { email: 'email', nome: 'name', empresa: 'company.name' },
        honeypotField: 'website',
        consentField: 'aceito',
      },
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // Headless Chromium says "HeadlessChrome", which tracking ignores as a bot: look like a person's browser.
    context = await browser.newContext({ userAgent: BROWSER_UA });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await web?.close();
    await app?.close();
    await system?.destroy();
  });

  /** Resolves when `condition` holds, checking every 20 ms; fails after 15 s with `what`. */
  const waitFor = async (what: string, condition: () => boolean | Promise<boolean>): Promise<void> => {
    const deadline = Date.now() + 15_000;
    while (!(await condition())) {
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${what}; answered so far: ${JSON.stringify(answered)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const count = (path: string) => answered.filter((a) => a.path === path && a.status === 200).length;
  const leadsByEmail = async (email: string) =>
    (await app.inject({ url: `/api/v1/leads?email=${encodeURIComponent(email)}`, headers: auth })).json()
      .items;
  const timelineOf = async (leadId: string) =>
    (await app.inject({ url: `/api/v1/leads/${leadId}/timeline?limit=200`, headers: auth })).json()
      .items as Array<{
      event: { type: string; occurredAt: string; props: { url?: string } };
    }>;

  /** Opens `path` and waits until its page view reached Bastão; then a minute passes on the server. */
  const visit = async (page: Page, path: string): Promise<void> => {
    const before = count('/t/collect');
    await page.goto(`${web.origin}${path}`);
    await waitFor(`the page view of ${path}`, () => count('/t/collect') > before);
    system.clock.advance(MINUTE);
  };

  it('merges anonymous page views into the lead on a form submit; a double submit is one lead and one form event', async () => {
    const page = await context.newPage();
    await visit(page, '/?utm_source=google&utm_medium=cpc&utm_campaign=marca');
    await visit(page, '/precos');
    await visit(page, '/blog/sla');
    await visit(page, '/contato');

    await page.fill('input[name=email]', 'Visitante@Cliente.com.br');
    await page.fill('input[name=nome]', 'Vera Visitante');
    await page.fill('input[name=empresa]', 'Cliente SA');
    await page.check('input[name=aceito]');
    await page.dblclick('#send');
    await waitFor('both form posts', () => count('/f/contato') >= 2);
    await page.waitForSelector('#thanks', { state: 'visible' });

    let views: Awaited<ReturnType<typeof timelineOf>> = [];
    await waitFor('the merged timeline', async () => {
      const [lead] = await leadsByEmail('visitante@cliente.com.br');
      views = lead ? (await timelineOf(lead.id)).filter((entry) => entry.event.type === 'page_view') : [];
      return views.length === 4;
    });
    const leads = await leadsByEmail('visitante@cliente.com.br');
    expect(leads).toHaveLength(1);
    const [lead] = leads;
    expect(lead).toMatchObject({
      name: 'Vera Visitante',
      companyName: 'Cliente SA',
      consent: { basis: 'consent' },
      firstTouch: { channel: 'google', medium: 'cpc', campaign: 'marca' },
    });
    const timeline = await timelineOf(lead.id);
    expect(timeline.filter((entry) => entry.event.type === 'form_submit')).toHaveLength(1);
    const oldestFirst = views.reverse();
    expect(oldestFirst.map((entry) => new URL(entry.event.props.url ?? '').pathname)).toEqual([
      '/',
      '/precos',
      '/blog/sla',
      '/contato',
    ]);
    const times = oldestFirst.map((entry) => Date.parse(entry.event.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(4);

    // The score counts the merged visits: 4 visits, the pricing page, and the form.
    const score = (await app.inject({ url: `/api/v1/leads/${lead.id}/score`, headers: auth })).json();
    const points = (rule: string) =>
      score.contributions
        .filter((c: { rule: string }) => c.rule === rule)
        .reduce((sum: number, c: { points: number }) => sum + c.points, 0);
    expect(points('visita')).toBe(4);
    expect(points('pagina-de-precos')).toBe(20);
    expect(points('formulario')).toBe(10);

    // A later visit goes straight to the lead.
    await visit(page, '/precos');
    await waitFor('the later visit on the lead', async () => {
      const entries = await timelineOf(lead.id);
      return entries.filter((entry) => entry.event.type === 'page_view').length === 5;
    });
    await page.close();
  });

  it('sends nothing while the site says there is no consent, and tracks once it is given', async () => {
    const page = await context.newPage();
    await page.goto(`${web.origin}/sem-consentimento`);
    await page.waitForFunction(
      () => (globalThis as { bastao?: { loaded?: boolean } }).bastao?.loaded === true,
    );
    const before = count('/t/collect');
    await page.evaluate(() => {
      const w = globalThis as unknown as {
        bastao: { identify(t: object): void; flush(): void };
        bastaoConsent: boolean;
      };
      w.bastao.identify({ email: 'sem-consentimento@cliente.com.br' });
      w.bastao.flush();
      w.bastaoConsent = true;
      (w.bastao as unknown as { page(): void }).page();
      w.bastao.flush();
    });
    await waitFor('the page view after consent', () => count('/t/collect') > before);
    expect(count('/t/collect')).toBe(before + 1);
    expect(await leadsByEmail('sem-consentimento@cliente.com.br')).toHaveLength(0);
    await page.close();
  });
});
