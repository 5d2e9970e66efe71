import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createUser } from '../src/access/create-user.ts';
import type { Role } from '../src/access/role.ts';
import { hashNewPassword } from '../src/access/session.ts';
import type { User } from '../src/access/user.ts';
import { buildServer } from '../src/http/server.ts';
import type { Engine } from '../src/storage/dialect.ts';
import { openTestSystem, type TestSystem } from './engines.ts';

export const CHROMIUM = '/usr/bin/chromium';
/** The laptop the screenshots are taken on, and the rep's phone. */
export const LAPTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

export interface BrowserApp {
  system: TestSystem;
  app: FastifyInstance;
  /** `http://127.0.0.1:PORT` of the server under test (serving web/dist). */
  baseUrl: string;
  browser: Browser;
  /**
   * A page in a fresh context (own cookies), in the language asked (default pt-BR), with
   * the browser's clock set to the server's manual clock and running from there.
   */
  newPage(options?: { viewport?: { width: number; height: number }; lang?: 'pt-BR' | 'en' }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The product as a person meets it: the server (with the built web app from web/dist,
 * which `npm test` builds first) listening on a free port, and Debian's Chromium through
 * playwright-core, headless. One per test file.
 */
export async function openBrowserApp(engine: Engine = 'sqlite'): Promise<BrowserApp> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install it with \`apt-get install chromium\` (.ci/run does).`,
    );
  }
  const system = await openTestSystem(engine);
  const app = await buildServer(system);
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  return {
    system,
    app,
    baseUrl,
    browser,
    async newPage(options = {}) {
      const lang = options.lang ?? 'pt-BR';
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport: options.viewport ?? LAPTOP,
        locale: lang,
        timezoneId: 'America/Sao_Paulo',
      });
      // The starting language only: a switch made in the page survives its reloads.
      await context.addInitScript(
        `if (!localStorage.getItem('bastao.lang')) localStorage.setItem('bastao.lang', ${JSON.stringify(lang)})`,
      );
      await context.clock.install({ time: system.clock.now() });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await app.close();
      await system.destroy();
    },
  };
}

/** A user who can sign in to the web app. */
export async function addUser(
  system: TestSystem,
  input: { email: string; name: string; role: Role; password: string; team?: string },
): Promise<User> {
  const passwordHash = await hashNewPassword(input.password);
  const user = await system.stores.transaction((stores) =>
    createUser(
      stores,
      { email: input.email, name: input.name, role: input.role, passwordHash },
      system.clock.now(),
    ),
  );
  if (input.team) {
    const withTeam = { ...user, team: input.team };
    await system.stores.access.updateUser(withTeam);
    return withTeam;
  }
  return user;
}

/** Signs in through the sign-in form and waits for the app to show the signed-in shell. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(password);
  await page.locator('form button[type=submit]').click();
  await page.locator('.shell').waitFor();
}
