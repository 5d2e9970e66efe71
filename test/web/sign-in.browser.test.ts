import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type BrowserApp, openBrowserApp, signIn } from '../browser.ts';

describe('signing in to the web app', { timeout: 60_000 }, () => {
  let web: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    web = await openBrowserApp();
    await addUser(web.system, {
      email: 'rita@acme.com.br',
      name: 'Rita Lima',
      role: 'sales_rep',
      password: 'senha-forte-1',
    });
    await addUser(web.system, {
      email: 'mara@acme.com.br',
      name: 'Mara Reis',
      role: 'marketing',
      password: 'senha-forte-2',
    });
    page = await web.newPage();
  });
  afterAll(async () => {
    await web?.close();
  });

  it('sends a signed-out visitor to the sign-in page and back where they were going', async () => {
    await page.goto('/weekly');
    await page.waitForURL(/\/sign-in\?next=%2Fweekly/);
    await page.locator('input[type=email]').fill('mara@acme.com.br');
    await page.locator('input[type=password]').fill('senha-forte-2');
    await page.locator('form button[type=submit]').click();
    await page.waitForURL(/\/weekly$/);
    // Marketing sees the reports but has no inbox.
    const nav = page.locator('.sidebar nav');
    await nav.getByRole('link', { name: 'Revisão semanal' }).waitFor();
    await expect(nav.getByRole('link', { name: 'Caixa de entrada' }).count()).resolves.toBe(0);
  });

  it('refuses a wrong password with a message and no session', async () => {
    const fresh = await web.newPage();
    await fresh.goto('/sign-in');
    await fresh.locator('input[type=email]').fill('rita@acme.com.br');
    await fresh.locator('input[type=password]').fill('errada-123');
    await fresh.locator('form button[type=submit]').click();
    await expect(fresh.getByRole('alert').textContent()).resolves.toContain('Wrong e-mail or password');
    const cookies = await fresh.context().cookies();
    expect(cookies.find((c) => c.name === 'bastao_session')).toBeUndefined();
    await fresh.context().close();
  });

  it('lands a rep in the inbox, keeps the cookie http-only, and signs out', async () => {
    const rep = await web.newPage();
    await signIn(rep, 'rita@acme.com.br', 'senha-forte-1');
    await rep.waitForURL(/\/inbox$/);
    const cookie = (await rep.context().cookies()).find((c) => c.name === 'bastao_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    await rep.getByRole('button', { name: 'Sair' }).click();
    await rep.waitForURL(/\/sign-in/);
    await rep.goto('/inbox');
    await rep.waitForURL(/\/sign-in/);
    await rep.context().close();
  });
});
