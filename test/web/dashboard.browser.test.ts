import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createToken } from '../../src/access/create-token.ts';
import { DEFAULT_PLAYBOOK_SOURCE } from '../../src/playbook/default-playbook.ts';
import { addUser, type BrowserApp, openBrowserApp, signIn } from '../browser.ts';
import { tokenFor } from '../engines.ts';

/** São Paulo local time (−03:00 in 2026). */
const at = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00-03:00`);
const HAND_RAISE = { jobTitle: 'Gerente Comercial', company: { segment: 'software', state: 'SP' } };
/** A mark of ECharts' code in a bundle (the attribute it puts on a chart's element). */
const ECHARTS_MARK = '_echarts_instance_';

/**
 * The shared numbers as marketing meets them: a week of the relay made through the API
 * (MQLs routed to two reps, touches, accepts, a rejection, a won deal, a cost), then the
 * dashboard, its drill-down and definitions, the feedback page and the weekly review.
 */
describe('the dashboard, feedback and weekly review in the browser', { timeout: 120_000 }, () => {
  let web: BrowserApp;
  let page: Page;
  let admin: { authorization: string };
  const reps: Record<string, { authorization: string }> = {};
  const leads: Record<string, { id: string; ownerId: string }> = {};
  const javascript: Array<{ url: string; body: string }> = [];

  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers = admin) => {
    const response = await web.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.json();
  };
  /** A lead from a channel; with `isHandRaise`, a demo request makes it an MQL routed to a rep. */
  const lead = async (key: string, name: string, channel: string, isHandRaise = true) => {
    const email = `${key}@${key}-ltda.com.br`;
    const created = await call('POST', '/api/v1/leads', { email, name, source: { channel }, ...HAND_RAISE });
    if (isHandRaise) {
      await call('POST', '/api/v1/events', { events: [{ lead: { email }, type: 'demo_request' }] });
    }
    const { ownerId } = await call('GET', `/api/v1/leads/${created.id}`);
    leads[key] = { id: created.id, ownerId };
    return leads[key];
  };
  const asOwner = (key: string) => reps[leads[key]?.ownerId ?? ''];
  const kpis = () => call('GET', '/api/v1/kpis?from=2026-03-01&to=2026-04-01');
  /** The text people see, with Intl's no-break spaces as plain spaces. */
  const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  /** Waits until the locator's text is exactly `expected`. */
  const waitForText = (locator: Locator, expected: string) =>
    locator.filter({ hasText: new RegExp(`^\\s*${expected}\\s*$`) }).waitFor();

  beforeAll(async () => {
    web = await openBrowserApp();
    const { system } = web;
    admin = { authorization: `Bearer ${await tokenFor(system, 'admin')}` };
    await addUser(system, {
      email: 'mara@acme.com.br',
      name: 'Mara Reis',
      role: 'marketing',
      password: 'senha-forte-2',
    });
    for (const [email, name] of [
      ['rita@acme.com.br', 'Rita Lima'],
      ['caio@acme.com.br', 'Caio Souza'],
    ] as const) {
      const user = await addUser(system, {
        email,
        name,
        role: 'sales_rep',
        password: 'senha-forte-1',
        team: 'inside',
      });
      const { secret } = await system.stores.transaction((stores) =>
        createToken(stores, { name, role: 'sales_rep', userEmail: email }, system.clock.now()),
      );
      reps[user.id] = { authorization: `Bearer ${secret}` };
    }
    // Every MQL goes to the inside team; marketing promised 31 MQLs a month (one a day).
    const playbook = parse(DEFAULT_PLAYBOOK_SOURCE);
    playbook.routing = {
      accountOwnerFirst: true,
      rules: [{ id: 'inside', assign: { team: 'inside' } }],
      fallback: { queue: 'unassigned' },
    };
    playbook.sla.marketing = { mqlsPerMonth: 31, minAcceptanceRate: 0.5 };
    await call('PUT', '/api/v1/playbook', { playbook, note: 'dashboard browser test' });
    await system.rescore.idle();

    // Monday 2 March 2026, from 09:00.
    system.clock.set(at('2026-03-02 09:00'));
    await lead('ana', 'Ana Paga', 'paid_search');
    await lead('bruno', 'Bruno Pago', 'paid_search');
    await lead('carla', 'Carla Orgânica', 'organic');
    await lead('davi', 'Davi Orgânico', 'organic');
    await lead('eva', 'Eva Lead', 'organic', false);
    system.clock.set(at('2026-03-02 09:20'));
    for (const key of ['ana', 'bruno', 'davi']) {
      const activity = {
        channel: 'call',
        outcome: 'connected',
        ...(key === 'davi' ? { objection: 'Preço alto' } : {}),
      };
      await call('POST', `/api/v1/leads/${leads[key]?.id}/activities`, activity, asOwner(key));
    }
    system.clock.set(at('2026-03-02 10:30'));
    await call('POST', `/api/v1/leads/${leads.ana?.id}/accept`, { note: 'dor clara' }, asOwner('ana'));
    await call('POST', `/api/v1/leads/${leads.bruno?.id}/accept`, {}, asOwner('bruno'));
    await call('POST', `/api/v1/leads/${leads.davi?.id}/reject`, { reason: 'no_budget' }, asOwner('davi'));
    system.clock.set(at('2026-03-04 15:00'));
    await call('POST', '/api/v1/deals', {
      leadId: leads.ana?.id,
      name: 'Alfa, plano anual',
      amount: 12_000,
      status: 'won',
    });
    await call('POST', '/api/v1/costs', { month: '2026-03', channel: 'paid_search', amount: 3100 });

    // The next Monday: the week of 2 March (2026-W10) is the last complete one.
    system.clock.set(at('2026-03-09 09:00'));
    page = await web.newPage();
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) {
        response.text().then(
          (body) => javascript.push({ url: response.url(), body }),
          () => {},
        );
      }
    });
    await signIn(page, 'mara@acme.com.br', 'senha-forte-2');
  });
  afterAll(async () => {
    await web?.close();
  });

  it('shows marketing the funnel computed from the relay, and the SQLs change when sales accepts one more', async () => {
    await page.goto('/dashboard');
    const step = (name: string) => page.locator(`.funnel-step[data-step="${name}"] .funnel-value`);
    await waitForText(step('leads'), '5');
    const api = (await kpis()).totals;
    expect(api).toMatchObject({ leads: 5, mqls: 4, sqls: 2, customers: 1, cost: 3100, revenue: 12_000 });
    expect(await text(step('mqls'))).toBe('4');
    expect(await text(step('sqls'))).toBe('2');
    expect(await text(step('opportunities'))).toBe(String(api.opportunities));
    expect(await text(step('customers'))).toBe('1');
    // Money: 3,100 ÷ 5 leads, ÷ 1 customer.
    expect(await text(page.locator('[data-kpi="cpl"] .kpi-value'))).toBe('R$ 620,00');
    expect(await text(page.locator('[data-kpi="cac"] .kpi-value'))).toBe('R$ 3.100,00');

    await call('POST', `/api/v1/leads/${leads.carla?.id}/accept`, {}, asOwner('carla'));
    await page.getByRole('button', { name: 'Atualizar' }).click();
    await waitForText(step('sqls'), '3');
    expect((await kpis()).totals.sqls).toBe(3);
  });

  it('shows a metric’s definition from the glossary on hover and on keyboard focus', async () => {
    const mqls = page.locator('.funnel-step[data-step="mqls"] .funnel-name .term');
    await mqls.locator('.term-label').hover();
    const tip = mqls.locator('[role="tooltip"]');
    await tip.waitFor({ state: 'visible' });
    expect(await text(tip)).toContain('Leads cuja primeira transição para mql cai no período');
    const cac = page.locator('[data-kpi="cac"] .term-label');
    await cac.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.locator('[data-kpi="cac"] [role="tooltip"]').waitFor({ state: 'visible' });
    expect(await text(page.locator('[data-kpi="cac"] [role="tooltip"]'))).toContain('cost ÷ customers');
  });

  it('says why an undefined number is empty instead of showing 0', async () => {
    // No cost was recorded for organic: its cost is unknown.
    const cost = page.locator(
      'table[data-table="by-channel"] tr[data-key="organic"] td[data-metric="cost"] .kpi-none',
    );
    await cost.waitFor();
    expect(await text(cost)).toContain('—');
    expect(await cost.getAttribute('title')).toContain('Nulo quando nenhum custo foi lançado');
  });

  it('lists exactly the leads behind a number, with links to them', async () => {
    await page
      .locator('table[data-table="by-channel"] tr[data-key="paid_search"] td[data-metric="mqls"] button')
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('tbody tr').first().waitFor();
    const names = await dialog.locator('tbody tr td:first-child a').allTextContents();
    expect(names.sort()).toEqual(['Ana Paga', 'Bruno Pago']);
    const hrefs = await dialog
      .locator('tbody tr td:first-child a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual([`/leads/${leads.ana?.id}`, `/leads/${leads.bruno?.id}`].sort());
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The MQLs of the week of 2 March: the four hand-raises.
    await page
      .locator('.card', { hasText: 'MQLs por semana' })
      .locator('tr', { hasText: '2026-W10' })
      .locator('button')
      .click();
    await dialog.locator('tbody tr').first().waitFor();
    expect((await dialog.locator('tbody tr td:first-child a').allTextContents()).sort()).toEqual([
      'Ana Paga',
      'Bruno Pago',
      'Carla Orgânica',
      'Davi Orgânico',
    ]);
    await dialog.getByRole('button', { name: 'Fechar' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('keeps the period in the address and loads the charts only with the dashboard', async () => {
    await page.getByLabel('Período').selectOption('last-month');
    await page.waitForURL(/period=last-month/);
    await waitForText(page.locator('.funnel-step[data-step="leads"] .funnel-value'), '0');
    await page.goBack();
    await waitForText(page.locator('.funnel-step[data-step="leads"] .funnel-value'), '5');
    expect(javascript.some((js) => js.body.includes(ECHARTS_MARK))).toBe(true);
    const first = await web.newPage();
    const firstScripts: string[] = [];
    first.on('response', (response) => {
      if (response.url().endsWith('.js')) {
        response.text().then(
          (body) => firstScripts.push(body),
          () => {},
        );
      }
    });
    await first.goto('/sign-in');
    await first.locator('input[type=email]').waitFor();
    expect(firstScripts.length).toBeGreaterThan(0);
    expect(firstScripts.some((body) => body.includes(ECHARTS_MARK))).toBe(false);
    await first.context().close();
  });

  it('renders the feedback to marketing: reasons by source, acceptance, conversion by fit, objections', async () => {
    await page.goto('/feedback');
    const reasons = page.locator('table[data-table="reasons-by-source"]');
    await reasons.waitFor();
    expect(await text(reasons.locator('tbody tr'))).toMatch(/organic.*Sem orçamento.*1/);
    const organic = page.locator('table[data-table="acceptance"] tr', { hasText: 'organic' });
    expect((await organic.locator('td').allTextContents()).map((s) => s.trim())).toEqual(['1', '1', '50%']);
    await page.locator('table[data-table="conversion-grade"]').waitFor();
    await page.locator('table[data-table="conversion-band"]').waitFor();
    expect(await text(page.locator('table[data-table="objections"] tbody'))).toContain('Preço alto');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.period-picker').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('renders the weekly review of the last complete week, with a link to the server’s printable page', async () => {
    await page.goto('/weekly');
    await page.getByRole('heading', { name: /2026-W10/ }).waitFor();
    await waitForText(page.locator('[data-kpi="mqls"] .kpi-value'), '4');
    for (const title of [
      'Volumes contra o compromisso',
      'As três maiores mudanças',
      'Aceite e motivos de rejeição',
      'Conversão por canal',
      'Negócios ganhos',
      'Violações de SLA em aberto',
    ]) {
      await page.getByRole('heading', { name: new RegExp(title) }).waitFor();
    }
    // 31 a month is 7 for the week; Carla was not touched by the week's end.
    expect(await text(page.locator('[data-kpi="mqlCommitment"] .kpi-value'))).toBe('7');
    expect(await text(page.locator('table[data-table="weekly-deals"] tbody'))).toContain('Alfa, plano anual');
    expect(await text(page.locator('table[data-table="weekly-breaches"] tbody'))).toContain('Carla Orgânica');
    const reps = await page.locator('table[data-table="by-owner"] tbody th').allTextContents();
    expect(reps).toEqual(expect.arrayContaining(['Rita Lima', 'Caio Souza']));
    const href = await page.getByRole('link', { name: /HTML/ }).getAttribute('href');
    expect(href).toBe('/api/v1/reports/weekly?week=2026-W10&format=html&lang=pt-BR');
    const html = await page.context().request.get(href ?? '');
    expect(html.status()).toBe(200);
    expect(await html.text()).toContain('Revisão semanal de smarketing: 2026-W10');
  });

  it('speaks English after switching the language', async () => {
    await page.locator('.sidebar select').selectOption('en');
    await page.getByRole('heading', { name: 'Weekly smarketing review · 2026-W10' }).waitFor();
    await page.getByRole('heading', { name: 'Deals won' }).waitFor();
    // In the app, not by page.goto: the harness sets the language again on every page load.
    await page.locator('.sidebar nav').getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'The period’s funnel' }).waitFor();
    const customers = page.locator('.funnel-step[data-step="customers"] .funnel-name .term');
    expect(await text(customers.locator('.term-label'))).toBe('New customers');
    expect(await text(customers.locator('[role="tooltip"]'))).toContain(
      'Leads whose first transition to customer',
    );
    expect(await text(page.locator('[data-kpi="cpl"] .kpi-value'))).toBe('R$620.00');
  });
});
