import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_PLAYBOOK_SOURCE } from '../../src/playbook/default-playbook.ts';
import { addUser, type BrowserApp, openBrowserApp, signIn } from '../browser.ts';
import { tokenFor } from '../engines.ts';

const PASSWORD = 'senha-forte-1';
const PAGE_VIEWS = 35;

describe('the lead page for a sales manager and for a rep', { timeout: 90_000 }, () => {
  let web: BrowserApp;
  let admin: { authorization: string };
  let leadId: string;
  const reps: Record<string, string> = {};

  const api = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const response = await web.app.inject({ method, url, headers: admin, ...(payload ? { payload } : {}) });
    return response.json();
  };
  const card = (page: Page, title: string) =>
    page.locator('section.card', { has: page.getByRole('heading', { name: title, exact: true }) });

  beforeAll(async () => {
    web = await openBrowserApp();
    admin = { authorization: `Bearer ${await tokenFor(web.system, 'admin')}` };
    await addUser(web.system, {
      email: 'gil@acme.com.br',
      name: 'Gil Matos',
      role: 'sales_manager',
      password: PASSWORD,
    });
    for (const [email, name] of [
      ['rita@acme.com.br', 'Rita Lima'],
      ['bia@acme.com.br', 'Bia Souza'],
    ] as const) {
      reps[name] = (
        await addUser(web.system, { email, name, role: 'sales_rep', password: PASSWORD, team: 'inside' })
      ).id;
    }
    const playbook = parse(DEFAULT_PLAYBOOK_SOURCE);
    playbook.routing = {
      rules: [
        { id: 'inside', label: { 'pt-BR': 'Time inside', en: 'Inside team' }, assign: { team: 'inside' } },
      ],
      fallback: { queue: 'unassigned' },
    };
    await api('PUT', '/api/v1/playbook', { playbook });
    await web.system.rescore.idle();
    await api('POST', '/api/v1/leads', {
      email: 'lia@alfa.com.br',
      name: 'Lia Prado',
      jobTitle: 'Diretora de Operações',
      company: { name: 'Alfa Sistemas', segment: 'software', state: 'SP', employees: 120 },
    });
    // A long history: more than one page of timeline.
    const views = Array.from({ length: PAGE_VIEWS }, (_, i) => ({
      lead: { email: 'lia@alfa.com.br' },
      type: 'page_view',
      occurredAt: new Date(web.system.clock.now() - (PAGE_VIEWS - i) * 3_600_000).toISOString(),
      props: { url: `https://acme.com.br/blog/${i}` },
    }));
    await api('POST', '/api/v1/events', {
      events: [...views, { lead: { email: 'lia@alfa.com.br' }, type: 'demo_request' }],
    });
    const lead = (await api('GET', '/api/v1/leads?email=lia@alfa.com.br')).items[0];
    expect(lead.stage).toBe('mql');
    leadId = lead.id;
  });
  afterAll(async () => {
    await web?.close();
  });

  it('shows a manager the owner and why, and lets them reassign to another rep', async () => {
    const page = await web.newPage();
    await signIn(page, 'gil@acme.com.br', PASSWORD);
    await page.goto(`/leads/${leadId}`);
    await page.getByRole('heading', { name: 'Lia Prado', level: 1 }).waitFor();
    const owner = card(page, 'Responsável e por quê');
    await owner.getByText('Time inside').first().waitFor();
    const first = (await api('GET', `/api/v1/leads/${leadId}`)).ownerId;
    const [firstName, otherName] =
      first === reps['Rita Lima'] ? ['Rita Lima', 'Bia Souza'] : ['Bia Souza', 'Rita Lima'];
    await expect(owner.textContent()).resolves.toContain(firstName);
    // Round robin looked at both reps: the other one was available but not chosen.
    await expect(owner.textContent()).resolves.toContain(`${otherName} (Time inside): disponível`);
    // A manager may work any lead.
    await card(page, 'Trabalhar o lead').getByRole('button', { name: 'Aceitar Lia Prado' }).waitFor();

    await owner.getByLabel('Reatribuir para').selectOption({ label: `${otherName} (inside)` });
    await owner.getByRole('button', { name: 'Reatribuir' }).click();
    await expect.poll(() => owner.textContent()).toContain('Atribuição manual');
    await expect(owner.textContent()).resolves.toContain(otherName);
    expect((await api('GET', `/api/v1/leads/${leadId}`)).ownerId).toBe(reps[otherName]);
    // The old owner's clocks stopped; new ones run for the new owner.
    await card(page, 'SLA (tempo útil)').getByText('3 prazos de atribuições anteriores').waitFor();
    await page.context().close();
  });

  it('pages through a long timeline', async () => {
    const page = await web.newPage();
    await signIn(page, 'gil@acme.com.br', PASSWORD);
    await page.goto(`/leads/${leadId}`);
    const timeline = card(page, 'Linha do tempo');
    await timeline.locator('li[data-kind]').first().waitFor();
    await expect(timeline.locator('li[data-kind]').count()).resolves.toBe(30);
    await timeline.getByRole('button', { name: 'Carregar mais' }).click();
    // 35 visits, the demo request and the move to MQL.
    await expect.poll(() => timeline.locator('li[data-kind]').count()).toBe(PAGE_VIEWS + 2);
    await expect(timeline.getByRole('button', { name: 'Carregar mais' }).count()).resolves.toBe(0);
    await expect(timeline.textContent()).resolves.toContain('https://acme.com.br/blog/0');
    await page.context().close();
  });

  it('moves a stage by hand only with a reason, and the timeline records who and why', async () => {
    const page = await web.newPage();
    await signIn(page, 'gil@acme.com.br', PASSWORD);
    await page.goto(`/leads/${leadId}`);
    const move = card(page, 'Mover de estágio (correção)');
    await move.getByLabel('Novo estágio').selectOption('sql');
    const button = move.getByRole('button', { name: 'Mover' });
    await expect(button.isDisabled()).resolves.toBe(true);
    await move.getByLabel('Motivo (obrigatório)').fill('Aceito por telefone, registrado depois');
    await button.click();
    await move.getByText('Movido para SQL.').waitFor();
    expect((await api('GET', `/api/v1/leads/${leadId}`)).stage).toBe('sql');
    const timeline = card(page, 'Linha do tempo');
    await timeline.getByText('Estágio: MQL → SQL').waitFor();
    await expect(timeline.textContent()).resolves.toContain(
      'Aceito por telefone, registrado depois por gil@acme.com.br',
    );
    await page.context().close();
  });

  it('shows a rep someone else’s lead without the buttons that are not theirs to press', async () => {
    const owner = (await api('GET', `/api/v1/leads/${leadId}`)).ownerId;
    const page = await web.newPage();
    await signIn(page, owner === reps['Rita Lima'] ? 'bia@acme.com.br' : 'rita@acme.com.br', PASSWORD);
    await page.goto(`/leads/${leadId}`);
    await card(page, 'Score explicado').getByText('Pediu demonstração').waitFor();
    await expect(page.getByRole('heading', { name: 'Trabalhar o lead' }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Reatribuir para').count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Mover de estágio (correção)' }).count()).resolves.toBe(0);
    await page.context().close();
  });
});
