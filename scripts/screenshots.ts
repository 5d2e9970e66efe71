import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { runCli } from '../src/cli/program.ts';
import { loadConfig } from '../src/config.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/demo-team.ts';
import { buildServer } from '../src/http/server.ts';
import { createLogger, openSystem } from '../src/system.ts';

/**
 * `npm run screenshots`: loads the demo workspace into a temporary database, serves the
 * built web app (run `npm run build:web` first) and photographs every main page into
 * docs/screenshots/ — at 1440×900, and the inbox also at 390×844 (a phone).
 */
const OUT = 'docs/screenshots';
const LAPTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

const account = (role: string) => {
  const found = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!found) {
    throw new Error(`The demo has no ${role}`);
  }
  return found.email;
};
const rep = account('sales_rep');

const dataDir = mkdtempSync(join(tmpdir(), 'bastao-shots-'));
const env = { BASTAO_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
const quiet = { out: () => {}, err: (line: string) => process.stderr.write(`${line}\n`), env };
if ((await runCli(['demo'], quiet)) !== 0) {
  throw new Error('bastao demo failed');
}
const system = await openSystem(loadConfig(env), { logger: createLogger({ logLevel: 'silent' }) });
const app = await buildServer(system);
const baseURL = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
mkdirSync(OUT, { recursive: true });

const repUser = await system.stores.access.userByEmail(rep);
const [firstLead] = await system.stores.leads.list({ ownerId: repUser?.id ?? '', stage: 'mql', limit: 1 });

const shots: Array<{ name: string; path: string; as: string | null; viewport?: typeof PHONE }> = [
  { name: 'sign-in', path: '/sign-in', as: null },
  { name: 'inbox', path: '/inbox', as: rep },
  { name: 'inbox-phone', path: '/inbox', as: rep, viewport: PHONE },
  { name: 'lead', path: `/leads/${firstLead?.id ?? ''}`, as: rep },
  { name: 'dashboard', path: '/dashboard', as: account('marketing') },
  { name: 'feedback', path: '/feedback', as: account('marketing') },
  { name: 'weekly-review', path: '/weekly', as: account('sales_manager') },
  { name: 'settings-playbook', path: '/settings/playbook', as: account('marketing') },
  { name: 'settings-users', path: '/settings/users', as: account('admin') },
];

/** Waits until the page has its data: no request in flight, no spinner, charts drawn. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // A string: this file is type-checked without the DOM library.
  await page.waitForFunction(`!document.querySelector('.loading, [aria-busy="true"]')`, null, {
    timeout: 30_000,
  });
  // ECharts animates for up to a second after its data arrives.
  await page.waitForTimeout(1200);
}

for (const shot of shots) {
  const context = await browser.newContext({
    baseURL,
    viewport: shot.viewport ?? LAPTOP,
    deviceScaleFactor: 1,
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
  });
  const page = await context.newPage();
  if (shot.as) {
    await page.goto('/sign-in');
    await page.locator('input[type=email]').fill(shot.as);
    await page.locator('input[type=password]').fill(DEMO_PASSWORD);
    await page.locator('form button[type=submit]').click();
    await page.locator('.shell').waitFor();
  }
  await page.goto(shot.path);
  await settle(page);
  await page.screenshot({ path: join(OUT, `${shot.name}.png`), fullPage: false });
  process.stdout.write(`${OUT}/${shot.name}.png\n`);
  await context.close();
}

await browser.close();
await app.close();
await system.close();
rmSync(dataDir, { recursive: true, force: true });
