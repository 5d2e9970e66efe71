import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_PLAYBOOK_SOURCE } from '../../src/playbook/default-playbook.ts';
import { addUser, type BrowserApp, openBrowserApp, PHONE, signIn } from '../browser.ts';
import { tokenFor } from '../engines.ts';

const REP = { email: 'rita@acme.com.br', password: 'senha-forte-1' };

/** Four MQLs by demo request, routed to the rep's team: a manager at a software company in SP (grade B; A with a phone). */
const LEADS = [
  {
    email: 'lia@alfa.com.br',
    name: 'Lia Prado',
    company: 'Alfa Sistemas',
    channel: 'google',
    phone: '+55 11 98765-4321',
  },
  { email: 'caio@beta.com.br', name: 'Caio Nunes', company: 'Beta Tech', channel: 'evento' },
  { email: 'duda@gama.com.br', name: 'Duda Reis', company: 'Gama Software', channel: 'google' },
  { email: 'edu@delta.com.br', name: 'Edu Lopes', company: 'Delta Apps', channel: 'indicacao' },
] as const;

describe('the rep’s inbox and lead page', { timeout: 90_000 }, () => {
  let web: BrowserApp;
  let admin: { authorization: string };
  const ids: Record<string, string> = {};

  const api = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const response = await web.app.inject({ method, url, headers: admin, ...(payload ? { payload } : {}) });
    return response.json();
  };
  /** The inbox row (laptop) or card (phone) of a lead. */
  const itemOf = (page: Page, name: string): Locator => page.locator(`[data-lead-id="${ids[name]}"]`);
  const clockOf = (item: Locator, kind: string): Locator => item.locator(`[data-clock="${kind}"]`);

  beforeAll(async () => {
    web = await openBrowserApp();
    admin = { authorization: `Bearer ${await tokenFor(web.system, 'admin')}` };
    await addUser(web.system, { ...REP, name: 'Rita Lima', role: 'sales_rep', team: 'inside' });
    const playbook = parse(DEFAULT_PLAYBOOK_SOURCE);
    playbook.routing = {
      rules: [
        { id: 'inside', label: { 'pt-BR': 'Time inside', en: 'Inside team' }, assign: { team: 'inside' } },
      ],
      fallback: { queue: 'unassigned' },
    };
    await api('PUT', '/api/v1/playbook', { playbook, note: 'routing to the inside team' });
    await web.system.rescore.idle();
    for (const lead of LEADS) {
      await api('POST', '/api/v1/leads', {
        email: lead.email,
        name: lead.name,
        jobTitle: 'Gerente Comercial',
        ...('phone' in lead ? { phone: lead.phone } : {}),
        company: { name: lead.company, segment: 'software', state: 'SP' },
        source: { channel: lead.channel },
      });
      await api('POST', '/api/v1/events', {
        events: [
          { lead: { email: lead.email }, type: 'page_view', props: { url: 'https://acme.com.br/precos' } },
          { lead: { email: lead.email }, type: 'demo_request' },
        ],
      });
      const stored = (await api('GET', `/api/v1/leads?email=${lead.email}`)).items[0];
      expect(stored.stage).toBe('mql');
      ids[lead.name] = stored.id;
    }
  });
  afterAll(async () => {
    await web?.close();
  });

  describe('on a laptop', () => {
    let page: Page;
    beforeAll(async () => {
      page = await web.newPage();
      await signIn(page, REP.email, REP.password);
      await page.waitForURL(/\/inbox$/);
    });

    it('lists the rep’s MQLs with grade, channel and a first-touch countdown that ticks in business time', async () => {
      await page.getByRole('heading', { name: 'Caixa de entrada' }).waitFor();
      await expect(page.locator('tr[data-lead-id]').count()).resolves.toBe(LEADS.length);
      const lia = itemOf(page, 'Lia Prado');
      await expect(lia.textContent()).resolves.toContain('Nota A');
      await expect(lia.textContent()).resolves.toContain('google');
      await expect(itemOf(page, 'Caio Nunes').textContent()).resolves.toContain('Nota B');
      const firstTouch = clockOf(lia, 'first_touch');
      await expect(firstTouch.getAttribute('data-state')).resolves.toBe('running');
      await expect(firstTouch.textContent()).resolves.toContain('No prazo');
      // The server answered "60 business minutes left" at 09:00; half a minute later the page says 59 and change.
      await page.clock.fastForward(30_000);
      await expect.poll(() => firstTouch.locator('[role=timer]').textContent()).toMatch(/faltam 59 min/);
      await expect(lia.textContent()).resolves.toContain('Ligação'); // the cadence's first step
    });

    it('opens WhatsApp from the row and logs a call; the first-touch clock then shows met', async () => {
      const lia = itemOf(page, 'Lia Prado');
      const whatsapp = lia.getByRole('link', { name: /WhatsApp/ });
      await expect(whatsapp.getAttribute('href')).resolves.toMatch(/^https:\/\/wa\.me\/5511987654321/);
      await lia.getByRole('button', { name: 'Registrar ligação com Lia Prado' }).click();
      const dialog = page.getByRole('dialog', { name: 'Registrar ligação com Lia Prado' });
      await dialog.getByLabel('Nota (opcional)').fill('Caixa postal; volto às 14h');
      await dialog.getByRole('button', { name: 'Não atendeu' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect
        .poll(() => lia.getByRole('status').textContent())
        .toContain('Registrado: Ligação — Não atendeu. Prazo cumprido: Primeiro contato.');
      await expect.poll(() => clockOf(lia, 'first_touch').getAttribute('data-state')).toBe('met');
      await expect(clockOf(lia, 'first_touch').textContent()).resolves.toContain('Cumprido');
      await expect.poll(() => clockOf(lia, 'attempts').textContent()).toContain('1/3');
    });

    it('accepts a lead: it leaves the inbox and becomes SQL', async () => {
      await itemOf(page, 'Caio Nunes').getByRole('button', { name: 'Aceitar Caio Nunes' }).click();
      const dialog = page.getByRole('dialog', { name: 'Aceitar Caio Nunes como SQL' });
      await dialog.getByRole('button', { name: 'Aceitar como SQL' }).click();
      await itemOf(page, 'Caio Nunes').waitFor({ state: 'detached' });
      await expect(page.locator('.inbox-message').textContent()).resolves.toBe('Caio Nunes aceito como SQL.');
      expect((await api('GET', `/api/v1/leads/${ids['Caio Nunes']}`)).stage).toBe('sql');
    });

    it('rejects only with a reason from the playbook; "no timing" sends the lead back to nurture', async () => {
      await itemOf(page, 'Duda Reis').getByRole('button', { name: 'Rejeitar Duda Reis' }).click();
      const dialog = page.getByRole('dialog', { name: 'Rejeitar Duda Reis' });
      const confirm = dialog.getByRole('button', { name: 'Rejeitar', exact: true });
      await expect(confirm.isDisabled()).resolves.toBe(true);
      await expect(dialog.textContent()).resolves.toContain('Escolha um motivo para rejeitar.');
      expect((await api('GET', `/api/v1/leads/${ids['Duda Reis']}`)).stage).toBe('mql');
      await dialog.getByLabel('Motivo (obrigatório)').selectOption('no_timing');
      await dialog.getByLabel('Nota (opcional)').fill('Orçamento só em julho');
      await expect(confirm.isEnabled()).resolves.toBe(true);
      await confirm.click();
      await itemOf(page, 'Duda Reis').waitFor({ state: 'detached' });
      await expect(page.locator('.inbox-message').textContent()).resolves.toBe(
        'Duda Reis rejeitado: Sem momento de compra.',
      );
      expect((await api('GET', `/api/v1/leads/${ids['Duda Reis']}`)).stage).toBe('nurture');
    });

    it('filters the inbox by text and grade, in the URL', async () => {
      await page.getByLabel('Buscar').fill('delta');
      await expect.poll(() => page.locator('tr[data-lead-id]').count()).toBe(1);
      await expect(page.url()).toContain('q=delta');
      await page.getByLabel('Canal de origem').selectOption('google');
      await page.getByText('Nenhum lead com estes filtros').waitFor();
      await expect(page.url()).toContain('channel=google');
      await page.getByRole('button', { name: 'Limpar filtros' }).click();
      await expect.poll(() => page.locator('tr[data-lead-id]').count()).toBe(2);
    });

    it('opens the lead page with the score explained, the SLA, the owner and why, and the timeline', async () => {
      await itemOf(page, 'Lia Prado').getByRole('link', { name: 'Lia Prado', exact: true }).click();
      await page.waitForURL(new RegExp(`/leads/${ids['Lia Prado']}$`));
      await page.getByRole('heading', { name: 'Lia Prado', level: 1 }).waitFor();
      const score = page.locator('section.card', {
        has: page.getByRole('heading', { name: 'Score explicado' }),
      });
      await score.getByText('Pediu demonstração').waitFor();
      await expect(score.textContent()).resolves.toContain('Decisor ou influenciador');
      await expect(score.textContent()).resolves.toContain('Cumpre a regra de MQL: Bom perfil e engajado.');
      const owner = page.locator('section.card', {
        has: page.getByRole('heading', { name: 'Responsável e por quê' }),
      });
      await expect(owner.textContent()).resolves.toContain('Time inside');
      const timeline = page.locator('section.card', {
        has: page.getByRole('heading', { name: 'Linha do tempo' }),
      });
      await timeline.getByText('Ligação — Não atendeu').waitFor();
      await expect(timeline.textContent()).resolves.toContain('Caixa postal; volto às 14h');
      await expect(timeline.textContent()).resolves.toContain('Estágio: Lead → MQL');
      await expect(timeline.textContent()).resolves.toContain('Pediu demonstração');
      await timeline.getByRole('tab', { name: 'Atividades e notas' }).click();
      await expect.poll(() => timeline.locator('li[data-kind]').count()).toBe(1);
    });

    it('speaks English when the rep switches language', async () => {
      await page.locator('.sidebar').getByLabel('Idioma').selectOption('en');
      await page.getByRole('heading', { name: 'Score, explained' }).waitFor();
      const timeline = page.locator('section.card', { has: page.getByRole('heading', { name: 'Timeline' }) });
      await timeline.getByRole('tab', { name: 'All' }).click();
      await timeline.getByText('Call — No answer').waitFor();
      await expect(page.textContent('body')).resolves.toContain('Meets the MQL rule: Good fit and engaged.');
      await page.locator('.sidebar').getByRole('link', { name: 'Inbox' }).click();
      await page.getByRole('heading', { name: 'Inbox' }).waitFor();
      const lia = itemOf(page, 'Lia Prado');
      await lia.getByRole('button', { name: 'Accept Lia Prado' }).waitFor();
      await expect(clockOf(lia, 'first_touch').textContent()).resolves.toContain('Met');
      await expect(page.getByRole('columnheader', { name: 'Next step' }).count()).resolves.toBe(1);
    });

    it('lists leads with filters kept in the URL, linking each to its page', async () => {
      await page.goto('/leads?stage=sql');
      await page.getByRole('link', { name: 'Caio Nunes' }).waitFor();
      await expect(page.getByRole('link', { name: 'Lia Prado' }).count()).resolves.toBe(0);
      // The language chosen above survives the full load.
      await page.getByLabel('Stage').selectOption('nurture');
      await page.getByRole('link', { name: 'Duda Reis' }).waitFor();
      await expect(page.url()).toContain('stage=nurture');
      await page.getByRole('link', { name: 'Duda Reis' }).click();
      await page.waitForURL(new RegExp(`/leads/${ids['Duda Reis']}$`));
      await page.getByRole('heading', { name: 'Duda Reis', level: 1 }).waitFor();
      await expect(page.locator('.page-header').textContent()).resolves.toContain('Nurture');
    });
  });

  describe('on a phone', () => {
    it('shows the inbox as cards that fit the screen, and rejects with a reason that disqualifies', async () => {
      const phone = await web.newPage({ viewport: PHONE });
      await signIn(phone, REP.email, REP.password);
      await phone.waitForURL(/\/inbox$/);
      const edu = itemOf(phone, 'Edu Lopes');
      await edu.waitFor();
      await expect(edu.evaluate((el) => el.tagName)).resolves.toBe('ARTICLE');
      await expect(phone.locator('table').count()).resolves.toBe(0);
      const overflow = await phone.evaluate<number>(
        'document.documentElement.scrollWidth - window.innerWidth',
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(clockOf(edu, 'first_touch').textContent()).resolves.toContain('Primeiro contato');
      await edu.getByRole('button', { name: 'Rejeitar Edu Lopes' }).click();
      const dialog = phone.getByRole('dialog', { name: 'Rejeitar Edu Lopes' });
      await dialog.getByLabel('Motivo (obrigatório)').selectOption('student');
      await dialog.getByRole('button', { name: 'Rejeitar', exact: true }).click();
      await edu.waitFor({ state: 'detached' });
      expect((await api('GET', `/api/v1/leads/${ids['Edu Lopes']}`)).stage).toBe('disqualified');
      await phone.context().close();
    });
  });
});
