import { expect, it } from 'vitest';
import { signIn } from '../access/session.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_REPS } from '../demo/demo-team.ts';
import { zoneClock } from '../kernel/zone-clock.ts';
import { clockStatus } from '../sla/clock-status.ts';
import type { System } from '../system.ts';
import type { CliIo } from './io.ts';
import { runCli } from './program.ts';

/** The demo tests' shared parts: the CLI in process, and what every demo workspace must show. */

export async function cli(env: Record<string, string>, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { LOG_LEVEL: 'silent', ...env },
  };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The last 12 months up to today, as `bastao kpis` takes them (local dates, `to` exclusive). */
function lastYear(now: number): { from: string; to: string } {
  const clock = zoneClock('America/Sao_Paulo');
  return {
    from: clock.localDateOf(now - 365 * 86_400_000),
    to: clock.localDateOf(now + 86_400_000),
  };
}

/** What every demo workspace must show, whatever its history and engine. */
export function checkDemoWorkspace(
  variant: () => { system: System; env: Record<string, string>; out: string },
) {
  it('prints every account with the demo password and where to sign in', () => {
    const { out } = variant();
    expect(out).toMatch(/Sign in at http:\/\/localhost:\d+/);
    for (const account of DEMO_ACCOUNTS) {
      expect(out).toMatch(new RegExp(`${account.email}\\s+${account.role}\\s+${DEMO_PASSWORD}`));
    }
  });

  it('lets every account sign in with the demo password, in its role', async () => {
    const { system } = variant();
    for (const account of DEMO_ACCOUNTS) {
      const { user } = await signIn(
        system.stores,
        { email: account.email, password: DEMO_PASSWORD },
        system.clock.now(),
      );
      expect(user.role).toBe(account.role);
    }
    await expect(
      signIn(system.stores, { email: DEMO_ACCOUNTS[0]?.email ?? '', password: 'wrong-password' }, Date.now()),
    ).rejects.toThrow('Wrong e-mail or password');
  });

  it('gives each rep at work fresh MQLs with clocks running, some breached, and none to the rep away', async () => {
    const { system } = variant();
    const now = system.clock.now();
    const users = await system.stores.access.listUsers();
    let open = 0;
    const statuses = new Set<string>();
    for (const rep of DEMO_REPS) {
      const user = users.find((u) => u.email === rep.email);
      const mqls = await system.stores.leads.list({ ownerId: user?.id ?? '', stage: 'mql', limit: 100 });
      const clocks = await system.stores.clocks.openFor(mqls.map((lead) => lead.id));
      if (rep.isAway) {
        expect(mqls).toHaveLength(0);
        continue;
      }
      expect(mqls.length).toBeGreaterThanOrEqual(3);
      // Every open MQL has its decision clock open.
      expect(clocks.filter((c) => c.kind === 'decision')).toHaveLength(mqls.length);
      for (const clock of clocks) {
        statuses.add(`${clock.kind}:${clockStatus(clock, now)}`);
      }
      open += mqls.length;
    }
    expect(open).toBeGreaterThanOrEqual(15);
    expect(open).toBeLessThanOrEqual(30);
    expect(statuses).toContain('first_touch:breached');
    expect([...statuses].some((s) => /^first_touch:(running|warning)$/.test(s))).toBe(true);
    const breaches = await system.stores.kpis.openBreaches(now, 10);
    expect(breaches.items.filter((b) => b.kind === 'first_touch').length).toBeGreaterThanOrEqual(1);
  });

  it('has KPIs over the last 12 months: funnel, revenue, costs and SLA', async () => {
    const { env, system } = variant();
    const { from, to } = lastYear(system.clock.now());
    const { code, out } = await cli(env, 'kpis', '--from', from, '--to', to, '--json');
    expect(code).toBe(0);
    const { totals } = JSON.parse(out);
    for (const name of [
      'mqls',
      'sqls',
      'customers',
      'revenue',
      'cost',
      'cac',
      'roi',
      'firstTouchSlaCompliance',
    ]) {
      expect(totals[name], name).not.toBeNull();
    }
    expect(totals).toMatchObject({ mqls: expect.any(Number), customers: expect.any(Number) });
    expect(Math.min(totals.mqls, totals.customers, totals.revenue, totals.cost)).toBeGreaterThan(0);
    expect(totals.firstTouchSlaCompliance).toBeLessThan(1);
  });

  it('has a weekly review with acceptances, rejection reasons and objections', async () => {
    const { env } = variant();
    const { code, out } = await cli(env, 'report', 'weekly', '--format', 'json');
    expect(code).toBe(0);
    const review = JSON.parse(out);
    expect(review.acceptance.accepted).toBeGreaterThan(0);
    expect(review.acceptance.rejected).toBeGreaterThan(0);
    expect(review.rejectionsByReason.length).toBeGreaterThan(0);
    expect(review.objections.length).toBeGreaterThan(0);
    expect(review.acceptance.minimum).toBe(0.6);
  });

  it('runs under a versioned demo playbook that routes to the reps’ team', async () => {
    const { system } = variant();
    const current = await system.playbook();
    expect(current.version).toBe(2);
    expect(current.createdBy).toBe('demo');
    expect(current.note).toContain('Demo workspace');
    expect(current.playbook.routing.fallback).toEqual({ team: 'inbound', matchRegion: false });
    expect(current.playbook.sla.marketing.mqlsPerMonth).toBeGreaterThan(0);
  });

  it('refuses to load again into a database with leads, and changes nothing', async () => {
    const { env, system } = variant();
    const before = await system.stores.access.countUsersAndTokens();
    const again = await cli(env, 'demo', '--no-olist');
    expect(again.code).toBe(1);
    expect(again.err).toContain('already has leads');
    expect(again.err).toContain('--force');
    expect(await system.stores.access.countUsersAndTokens()).toEqual(before);
    expect((await system.playbook()).version).toBe(2);
  });
}
