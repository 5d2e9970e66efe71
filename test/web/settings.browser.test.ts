import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type BrowserApp, openBrowserApp, signIn } from '../browser.ts';
import { tokenFor } from '../engines.ts';

/**
 * Fit under the default playbook (fit rule 5, `porte-medio`, gives 20 points to 50–999
 * employees; grade B starts at 45):
 * - the directors of software companies score 80 (A): MQL under any version;
 * - the analysts of agribusinesses score 35 (C): MQL only once `porte-medio` gives 30.
 * Both are engaged enough (3 webinars and 2 downloads: 60 points, above the 50 the rule asks).
 */
const DIRECTORS = [
  { key: 'ana', segment: 'software', jobTitle: 'Diretora Comercial', day: '2026-01-15' },
  { key: 'bia', segment: 'software', jobTitle: 'Diretor de Vendas', day: '2026-01-20' },
];
const ANALYSTS = [
  { key: 'caio', segment: 'agronegócio', jobTitle: 'Analista de marketing', day: '2026-02-10' },
  { key: 'davi', segment: 'agronegócio', jobTitle: 'Analista financeiro', day: '2026-02-11' },
  { key: 'edu', segment: 'agronegócio', jobTitle: 'Analista de compras', day: '2026-02-12' },
];
const ENGAGEMENT = ['webinar', 'webinar', 'webinar', 'download', 'download'];

describe('settings in the browser', { timeout: 120_000 }, () => {
  let web: BrowserApp;
  let admin: { authorization: string };

  const call = async (method: 'GET' | 'POST', url: string, payload?: object, headers = admin) => {
    const response = await web.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.json();
  };
  /** The cells of a table row, trimmed. */
  const cells = async (row: Locator) =>
    (await row.locator('th, td').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());

  beforeAll(async () => {
    web = await openBrowserApp();
    admin = { authorization: `Bearer ${await tokenFor(web.system, 'admin')}` };
    await addUser(web.system, {
      email: 'mara@acme.com.br',
      name: 'Mara Reis',
      role: 'marketing',
      password: 'senha-forte-2',
    });
    await addUser(web.system, {
      email: 'root@acme.com.br',
      name: 'Alice Admin',
      role: 'admin',
      password: 'senha-forte-3',
    });
    for (const lead of [...DIRECTORS, ...ANALYSTS]) {
      const email = `${lead.key}@${lead.key}-ltda.com.br`;
      await call('POST', '/api/v1/leads', {
        email,
        name: lead.key,
        jobTitle: lead.jobTitle,
        company: {
          name: `${lead.key} Ltda`,
          domain: `${lead.key}-ltda.com.br`,
          segment: lead.segment,
          employees: 120,
          state: 'SP',
        },
      });
      await call('POST', '/api/v1/events', {
        events: ENGAGEMENT.map((type, i) => ({
          lead: { email },
          type,
          occurredAt: `${lead.day}T1${i}:00:00-03:00`,
        })),
      });
    }
    await call('POST', '/api/v1/leads', { email: 'zeca@gmail.com', name: 'Zeca', jobTitle: 'Estudante' });
  });
  afterAll(async () => {
    await web?.close();
  });

  it('lets marketing preview a fit change, refuses an invalid one, and saves a version with its diff', async () => {
    const page = await web.newPage();
    await signIn(page, 'mara@acme.com.br', 'senha-forte-2');
    // Marketing edits the playbook but has no token or webhook settings.
    await page.goto('/settings');
    await page.waitForURL(/\/settings\/playbook$/);
    const nav = page.getByRole('navigation', { name: 'Seções das configurações' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Playbook',
      'Usuários e times',
      'Importações',
    ]);
    await page.getByText('Versão 1 em vigor', { exact: true }).waitFor();

    // Raise the points of the mid-size rule: the three analysts' companies now make grade B.
    const midSize = page.getByRole('group', { name: 'Regra 5: porte-medio' });
    await midSize.getByLabel('Pontos').fill('30');
    await page.getByText('Alterações não salvas').waitFor();
    await page.getByRole('button', { name: 'Ver a prévia' }).click();
    const preview = page.getByRole('table', { name: /Leads que virariam MQL/ });
    await preview.waitFor();
    expect(await cells(preview.getByRole('row', { name: /^MQLs/ }))).toEqual(['MQLs', '2', '5', '+3']);
    await page.getByText('MQL nas duas: 2 · só no rascunho: 3 · só na versão em vigor: 0').waitFor();
    const months = page.getByRole('table', { name: 'MQLs por mês' });
    expect(await cells(months.getByRole('row', { name: /^2026-01/ }))).toEqual(['2026-01', '2', '2', '0']);
    expect(await cells(months.getByRole('row', { name: /^2026-02/ }))).toEqual(['2026-02', '0', '3', '+3']);

    // Grades upside down: the server's message shows next to the field and at the top; nothing is saved.
    const gradeB = page.getByLabel('B', { exact: true });
    await gradeB.fill('70');
    await page.getByLabel('Por que esta mudança').fill('Notas novas');
    await page.getByRole('button', { name: 'Salvar versão' }).click();
    const problems = page.getByRole('alert', { name: /O servidor recusou o playbook/ });
    await problems.waitFor();
    expect(await problems.textContent()).toContain('fit.grades.B');
    expect(await problems.textContent()).toContain('B (70) must be below A (65)');
    expect(await gradeB.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Nada foi salvo').waitFor();
    expect((await call('GET', '/api/v1/playbook/versions')).items).toHaveLength(1);

    // Put B back and save with a note: version 2, rescored, in the history with its diff.
    await gradeB.fill('45');
    await page.getByLabel('Por que esta mudança').fill('Mais peso para médias empresas');
    await page.getByRole('button', { name: 'Salvar versão' }).click();
    await page.getByText('Versão 2 salva e em vigor.').waitFor();
    await page.getByText('Todos os 6 leads reavaliados').waitFor();
    await page.getByText('Versão 2 em vigor', { exact: true }).waitFor();
    const history = page.getByRole('table', { name: 'Histórico de versões' });
    const v2 = history.getByRole('row', { name: /^v2/ });
    await v2.waitFor();
    expect(await cells(v2)).toEqual(
      expect.arrayContaining(['user:mara@acme.com.br', 'Mais peso para médias empresas']),
    );
    await page.getByRole('button', { name: 'Comparar a versão 1' }).click();
    const diff = page.getByRole('figure', { name: 'Diferenças de versão 1 para versão 2' });
    await diff.waitFor();
    expect(await diff.locator('.diff-summary').textContent()).toBe('1 linha adicionada, 1 removida');
    expect((await diff.locator('del').textContent())?.replace(/\s+/g, ' ')).toBe('Removida: points: 20');
    expect((await diff.locator('ins').textContent())?.replace(/\s+/g, ' ')).toBe('Adicionada: points: 30');

    const current = await call('GET', '/api/v1/playbook');
    expect(current).toMatchObject({
      version: 2,
      createdBy: 'user:mara@acme.com.br',
      note: 'Mais peso para médias empresas',
    });
    expect(current.playbook.fit.rules[4].points).toBe(30);
    expect(current.source).toContain('# Faixas de porte por número de funcionários');
    await page.context().close();
  });

  it('shows a YAML syntax error with its line and keeps the forms away until it is fixed', async () => {
    const page = await web.newPage({ lang: 'en' });
    await signIn(page, 'mara@acme.com.br', 'senha-forte-2');
    await page.goto('/settings/playbook');
    await page.getByRole('tab', { name: 'YAML / JSON' }).click();
    const source = page.getByLabel('The whole playbook, as YAML (or JSON)');
    await source.fill('name: Broken\nfit: [\n');
    await page.getByRole('tab', { name: 'Fit' }).click();
    const broken = page.getByRole('alert').filter({ hasText: 'The YAML has a syntax error at line' });
    await broken.waitFor();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('alert', { name: /The server refused the playbook/ }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'YAML syntax error at line' }).count()).toBe(1);
    await page.context().close();
  });

  it('lets an admin issue a token shown once and add a user who can sign in', async () => {
    const page = await web.newPage();
    await signIn(page, 'root@acme.com.br', 'senha-forte-3');
    await page.goto('/settings/tokens');
    await page.getByLabel('Nome').fill('crm');
    await page.getByLabel('Papel').selectOption('sales_manager');
    await page.getByRole('button', { name: 'Criar token' }).click();
    await page.getByText('Atenção: guarde agora').waitFor();
    const secret = await page.getByRole('textbox', { name: 'Token "crm"' }).inputValue();
    expect(secret.length).toBeGreaterThan(20);
    const asToken = await web.app.inject({
      url: '/api/v1/session',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(asToken.json().role).toBe('sales_manager');
    await page.getByRole('button', { name: 'Já guardei' }).click();
    const row = page.getByRole('table', { name: 'Tokens de API' }).getByRole('row', { name: /^crm/ });
    await row.waitFor();
    expect(await cells(row)).toEqual(
      expect.arrayContaining(['Gestor(a) de vendas', `${secret.slice(0, 8)}…`, 'Ativo']),
    );
    expect(await page.content()).not.toContain(secret);

    await page.getByRole('link', { name: 'Usuários e times' }).click();
    await page.getByLabel('E-mail').fill('rita@acme.com.br');
    await page.getByLabel('Nome').fill('Rita Lima');
    await page.getByLabel('Papel').selectOption('sales_rep');
    await page.getByLabel('Senha inicial').fill('senha-forte-9');
    await page.getByRole('button', { name: 'Adicionar', exact: true }).click();
    await page.getByText('Rita Lima foi adicionado(a).').waitFor();
    await page.getByRole('button', { name: 'Editar Rita Lima' }).click();
    await page.getByLabel('Time', { exact: true }).fill('inside');
    await page.getByLabel('Regiões').fill('SP, RJ');
    await page.getByRole('button', { name: 'Salvar' }).click();
    await page.getByText('Salvo.').waitFor();
    const rita = page.getByRole('row', { name: /^Rita Lima/ });
    await rita.getByText('SP, RJ').waitFor();
    expect(await cells(rita)).toEqual(expect.arrayContaining(['Vendedor(a)', 'inside', 'SP, RJ']));

    const ritaPage = await web.newPage();
    await signIn(ritaPage, 'rita@acme.com.br', 'senha-forte-9');
    await ritaPage.waitForURL(/\/inbox$/);
    await ritaPage.context().close();
    await page.context().close();
  });

  it('lets an admin import a CSV and watch it finish, and set up a webhook whose secret shows once', async () => {
    const page = await web.newPage({ lang: 'en' });
    await signIn(page, 'root@acme.com.br', 'senha-forte-3');
    await page.goto('/settings/imports');
    await page.getByLabel('What each row is').selectOption('leads');
    await page.getByLabel('File (CSV, up to 50 MB)').setInputFiles({
      name: 'contatos.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('email;nome;cargo\nfabi@fabi-ltda.com.br;Fabi;CEO\nsem-arroba;Gil;CTO\n'),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Done', { exact: true }).first().waitFor();
    const summary = page.locator('.import-summary');
    expect((await summary.textContent())?.replace(/\s+/g, ' ')).toBe(
      '1 created · 0 updated · 0 unchanged · 1 skipped · 0 with a warning',
    );
    const skipped = page.getByRole('table', { name: 'Skipped rows and why' });
    expect(await cells(skipped.getByRole('row', { name: /^3/ }))).toEqual([
      '3',
      'email: "sem-arroba" is not a valid e-mail address',
    ]);
    expect((await call('GET', '/api/v1/leads?q=fabi')).items).toHaveLength(1);

    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('button', { name: 'New webhook' }).click();
    await page.getByLabel('Name').fill('CRM');
    await page.getByLabel('URL').fill('https://crm.acme.com.br/hooks');
    await page.getByRole('button', { name: 'Create webhook' }).click();
    const secret = await page.getByRole('textbox', { name: 'Secret of the webhook CRM' }).inputValue();
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await page.getByRole('button', { name: 'Test: CRM' }).click();
    const log = page.getByRole('region', { name: 'Deliveries of CRM' });
    await log.getByText('Lead created').waitFor();
    expect(await log.textContent()).toContain('Pending');
    expect(await page.content()).not.toContain(secret);
    await page.context().close();
  });
});
