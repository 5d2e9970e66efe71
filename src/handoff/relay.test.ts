import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENGINES, openTestSystem, type TestSystem, tokenFor } from '../../test/engines.ts';
import { createToken } from '../access/create-token.ts';
import { buildServer } from '../http/server.ts';
import { DEFAULT_PLAYBOOK_SOURCE } from '../playbook/default-playbook.ts';
import { sweepClocks } from '../sla/sweep-clocks.ts';

/** Friday 2026-03-13 17:30 in São Paulo. */
const FRIDAY_1730 = Date.parse('2026-03-13T17:30:00-03:00');
const HAND_RAISE = { jobTitle: 'Gerente Comercial', company: { segment: 'software', state: 'SP' } };

describe.each(ENGINES)('the relay on %s', (engine) => {
  let system: TestSystem;
  let app: FastifyInstance;
  let admin: { authorization: string };
  const users: Record<string, { id: string; auth: { authorization: string } }> = {};

  const call = async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: object,
    auth = admin,
  ) => {
    const response = await app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() };
  };
  /** A lead that becomes MQL by a demo request (grade B hand-raise), at the clock's time. */
  const mql = async (email: string, extra: object = {}) => {
    await call('POST', '/api/v1/leads', { email, ...HAND_RAISE, ...extra });
    const { body } = await call('POST', '/api/v1/events', {
      events: [{ lead: { email }, type: 'demo_request' }],
    });
    expect(body.transitions.map((t: { to: string }) => t.to)).toEqual(['mql']);
    return (await call('GET', `/api/v1/leads?email=${email}`)).body.items[0];
  };

  beforeAll(async () => {
    system = await openTestSystem(engine);
    app = await buildServer(system);
    admin = { authorization: `Bearer ${await tokenFor(system, 'admin')}` };
    for (const [name, team, regions] of [
      ['ana', 'inside', ['SP']],
      ['bia', 'inside', ['SP']],
      ['caio', 'sul', ['RS', 'SC', 'PR']],
      ['gil', null, []],
    ] as const) {
      const created = await call('POST', '/api/v1/users', {
        email: `${name}@vendas.com`,
        name,
        role: name === 'gil' ? 'sales_manager' : 'sales_rep',
      });
      await call('PATCH', `/api/v1/users/${created.body.id}`, {
        team,
        regions,
        ...(name === 'gil' ? { managerOf: ['inside', 'sul'] } : {}),
      });
      const { secret } = await system.stores.transaction((s) =>
        createToken(
          s,
          { name, role: name === 'gil' ? 'sales_manager' : 'sales_rep', userEmail: `${name}@vendas.com` },
          system.clock.now(),
        ),
      );
      users[name] = { id: created.body.id, auth: { authorization: `Bearer ${secret}` } };
    }
    const playbook = parse(DEFAULT_PLAYBOOK_SOURCE);
    playbook.routing = {
      accountOwnerFirst: true,
      rules: [
        {
          id: 'sul',
          when: [{ field: 'company.state', operator: 'in', values: ['RS', 'SC', 'PR'] }],
          assign: { team: 'sul' },
        },
        { id: 'inside', assign: { team: 'inside' } },
      ],
      fallback: { queue: 'unassigned' },
    };
    const applied = await call('PUT', '/api/v1/playbook', { playbook, note: 'routing for the relay test' });
    expect(applied.status).toBe(201);
    await system.rescore.idle();
    system.clock.set(FRIDAY_1730);
  });
  afterAll(async () => {
    await app.close();
    await system.destroy();
  });

  it('assigns an MQL at once and puts its first touch, on Friday 17:30, due Monday 08:30', async () => {
    const lead = await mql('primeiro@alfa.com.br');
    expect([users.ana?.id, users.bia?.id]).toContain(lead.ownerId);
    expect(lead.assignedAt).toBe(new Date(FRIDAY_1730).toISOString());
    const { body: sla } = await call('GET', `/api/v1/leads/${lead.id}/sla`);
    const firstTouch = sla.clocks.find((c: { kind: string }) => c.kind === 'first_touch');
    expect(firstTouch.dueAt).toBe(new Date(Date.parse('2026-03-16T08:30:00-03:00')).toISOString());
    expect(firstTouch.status).toBe('running');
    expect(firstTouch.businessMinutesLeft).toBe(60);
    expect(sla.assignment.ruleId).toBe('inside');
    expect(sla.tasks.length).toBeGreaterThan(0);
  });

  it('alternates two equal reps, sends a southern company to the sul team, and keeps an account with its owner', async () => {
    const owners = [];
    for (const n of [1, 2, 3, 4]) {
      owners.push((await mql(`rr${n}@empresa${n}.com.br`)).ownerId);
    }
    expect(new Set(owners).size).toBe(2);
    expect(owners[0]).not.toBe(owners[1]);
    expect(owners[2]).toBe(owners[0]);
    expect(owners[3]).toBe(owners[1]);
    const south = await mql('gaucho@sulina.com.br', { company: { segment: 'software', state: 'RS' } });
    expect(south.ownerId).toBe(users.caio?.id);
    const colleague = await mql('colega@empresa1.com.br');
    expect(colleague.ownerId).toBe(owners[0]);
    expect((await call('GET', `/api/v1/leads/${colleague.id}/sla`)).body.assignment.ruleId).toBe(
      'account_owner',
    );
  });

  it('skips an inactive rep and an out-of-office rep', async () => {
    await call('PATCH', `/api/v1/users/${users.ana?.id}`, { isActive: false });
    const first = await mql('skip1@zeta.com.br');
    const second = await mql('skip2@eta.com.br');
    expect([first.ownerId, second.ownerId]).toEqual([users.bia?.id, users.bia?.id]);
    await call('PATCH', `/api/v1/users/${users.ana?.id}`, { isActive: true });
    await call('PATCH', `/api/v1/users/${users.bia?.id}`, {
      outOfOffice: [{ from: '2026-03-01T00:00:00-03:00', to: '2026-03-31T00:00:00-03:00' }],
    });
    const third = await mql('skip3@theta.com.br');
    expect(third.ownerId).toBe(users.ana?.id);
    const { body: sla } = await call('GET', `/api/v1/leads/${third.id}/sla`);
    expect(sla.assignment.candidates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: users.bia?.id, eligible: false, reason: 'out_of_office' }),
      ]),
    );
    await call('PATCH', `/api/v1/users/${users.bia?.id}`, { outOfOffice: [] });
  });

  it('meets the first-touch clock with the first activity and counts attempts', async () => {
    const lead = await mql('toque@iota.com.br');
    const owner = lead.ownerId === users.ana?.id ? users.ana : users.bia;
    system.clock.set(Date.parse('2026-03-16T08:10:00-03:00'));
    const logged = await call(
      'POST',
      `/api/v1/leads/${lead.id}/activities`,
      { channel: 'call', outcome: 'no_answer' },
      owner?.auth,
    );
    expect(logged.status).toBe(201);
    expect(logged.body.clocksMet).toEqual(['first_touch']);
    await call(
      'POST',
      `/api/v1/leads/${lead.id}/activities`,
      { channel: 'whatsapp', outcome: 'message_sent', objection: 'preço' },
      owner?.auth,
    );
    const { body: sla } = await call('GET', `/api/v1/leads/${lead.id}/sla`);
    const firstTouch = sla.clocks.find((c: { kind: string }) => c.kind === 'first_touch');
    expect(firstTouch).toMatchObject({ status: 'met', metInTime: true });
    expect(sla.attempts).toEqual({ made: 2, needed: 3 });
    expect(sla.whatsappLink).toBeNull();
    const timeline = (await call('GET', `/api/v1/leads/${lead.id}/timeline`)).body;
    expect(
      timeline.items
        .slice(0, 2)
        .map((i: { kind: string; activity?: { channel: string } }) => [i.kind, i.activity?.channel]),
    ).toEqual([
      ['activity', 'whatsapp'],
      ['activity', 'call'],
    ]);
    const bad = await call(
      'POST',
      `/api/v1/leads/${lead.id}/activities`,
      { channel: 'email', outcome: 'left_voicemail' },
      owner?.auth,
    );
    expect(bad.status).toBe(400);
    const other = owner === users.ana ? users.bia : users.ana;
    const notMine = await call(
      'POST',
      `/api/v1/leads/${lead.id}/activities`,
      { channel: 'call', outcome: 'connected' },
      other?.auth,
    );
    expect(notMine.status).toBe(403);
  });

  it('refuses a rejection without a reason, changing nothing; with no_timing the lead goes to nurture', async () => {
    const lead = await mql('rejeita@kappa.com.br');
    const owner = lead.ownerId === users.ana?.id ? users.ana : users.bia;
    for (const body of [{}, { reason: '' }, { reason: 'not_a_reason' }]) {
      const refused = await call('POST', `/api/v1/leads/${lead.id}/reject`, body, owner?.auth);
      expect(refused.status).toBe(400);
    }
    expect((await call('GET', `/api/v1/leads/${lead.id}`)).body.stage).toBe('mql');
    const rejected = await call(
      'POST',
      `/api/v1/leads/${lead.id}/reject`,
      { reason: 'no_timing', note: 'volta em julho' },
      owner?.auth,
    );
    expect(rejected.status).toBe(200);
    expect(rejected.body.lead).toMatchObject({ stage: 'nurture', ownerId: null });
    expect(rejected.body.transition).toMatchObject({ from: 'mql', to: 'nurture', reason: 'no_timing' });
    const { body: sla } = await call('GET', `/api/v1/leads/${lead.id}/sla`);
    expect(sla.clocks.find((c: { kind: string }) => c.kind === 'decision').status).toBe('met');
    expect(sla.clocks.filter((c: { status: string }) => c.status === 'running')).toEqual([]);
  });

  it('accepts an MQL into SQL and orders the rep’s queue by urgency', async () => {
    system.clock.set(Date.parse('2026-03-17T09:00:00-03:00'));
    const lead = await mql('aceita@lambda.com.br');
    const owner = lead.ownerId === users.ana?.id ? users.ana : users.bia;
    const queue = await call('GET', '/api/v1/me/queue', undefined, owner?.auth);
    expect(queue.status).toBe(200);
    const ids = queue.body.items.map((i: { lead: { id: string } }) => i.lead.id);
    expect(ids).toContain(lead.id);
    const urgencies = queue.body.items.map(
      (i: { urgency: { breachedAt: string | null } }) => i.urgency.breachedAt !== null,
    );
    expect(urgencies).toEqual([...urgencies].sort((a, b) => Number(b) - Number(a)));
    const accepted = await call(
      'POST',
      `/api/v1/leads/${lead.id}/accept`,
      { note: 'dor clara, orçamento aprovado' },
      owner?.auth,
    );
    expect(accepted.body.lead.stage).toBe('sql');
    const after = await call('GET', '/api/v1/me/queue', undefined, owner?.auth);
    expect(after.body.items.map((i: { lead: { id: string } }) => i.lead.id)).not.toContain(lead.id);
  });

  it('lets a manager reassign by hand; the old clocks stop and new ones start', async () => {
    const lead = await mql('troca@mu.com.br');
    const target = lead.ownerId === users.ana?.id ? users.bia : users.ana;
    const moved = await call(
      'POST',
      `/api/v1/leads/${lead.id}/assign`,
      { userId: target?.id },
      users.gil?.auth,
    );
    expect(moved.status).toBe(200);
    expect(moved.body.assignment).toMatchObject({ ruleId: 'manual', userId: target?.id, actor: 'token:gil' });
    const { body: sla } = await call('GET', `/api/v1/leads/${lead.id}/sla`);
    expect(sla.clocks.filter((c: { status: string }) => c.status === 'stopped')).toHaveLength(3);
    expect(sla.clocks.filter((c: { status: string }) => c.status === 'running')).toHaveLength(3);
    const byRep = await call(
      'POST',
      `/api/v1/leads/${lead.id}/assign`,
      { userId: users.ana?.id },
      users.caio?.auth,
    );
    expect(byRep.status).toBe(403);
  });

  it('reports marketing’s side: MQLs delivered this month and the acceptance rate', async () => {
    const { status, body } = await call('GET', '/api/v1/sla/marketing?month=2026-03');
    expect(status).toBe(200);
    expect(body.month).toBe('2026-03');
    expect(body.mqls.delivered).toBeGreaterThanOrEqual(10);
    expect(body.mqls.target).toBeNull();
    expect(body.acceptance.rate).toBeCloseTo(1 / 2, 5);
    expect((await call('GET', '/api/v1/sla/marketing?month=2026-02')).body.mqls.delivered).toBe(0);
    expect((await call('GET', '/api/v1/sla/marketing?month=2026-13')).status).toBe(400);
  });

  it('warns and breaches each due clock exactly once, telling the owner and the managers', async () => {
    system.clock.set(Date.parse('2026-03-18T09:00:00-03:00'));
    const lead = await mql('atrasado@nu.com.br');
    const playbook = await system.playbook();
    const warnAt = Date.parse('2026-03-18T09:45:00-03:00');
    const first = await sweepClocks(system.stores, playbook, warnAt);
    expect(first.warned).toBeGreaterThanOrEqual(1);
    expect((await sweepClocks(system.stores, playbook, warnAt)).warned).toBe(0);
    const late = Date.parse('2026-03-18T10:01:00-03:00');
    const breach = await sweepClocks(system.stores, playbook, late);
    expect(breach.breached).toBeGreaterThanOrEqual(1);
    expect((await sweepClocks(system.stores, playbook, late)).breached).toBe(0);
    const outbox = await system.stores.outbox.pending(1000);
    const mine = outbox.filter((m) => m.event.lead.id === lead.id).map((m) => m.event.type);
    expect(mine.filter((t) => t === 'sla.warning').length).toBeGreaterThanOrEqual(1);
    expect(mine.filter((t) => t === 'sla.breached')).toHaveLength(1);
    const breached = outbox.find((m) => m.event.lead.id === lead.id && m.event.type === 'sla.breached');
    expect(breached?.event.details?.managers).toEqual(['gil@vendas.com']);
    const { body: sla } = await call('GET', `/api/v1/leads/${lead.id}/sla`);
    expect(sla.clocks.find((c: { kind: string }) => c.kind === 'first_touch').status).toBe('breached');
  });
});
