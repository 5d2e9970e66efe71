import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useTestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/engines.ts';
import { createToken } from '../../access/create-token.ts';
import { DEFAULT_PLAYBOOK_SOURCE } from '../../playbook/default-playbook.ts';

const HAND_RAISE = { jobTitle: 'Gerente Comercial', company: { segment: 'software', state: 'SP' } };

describe.each(ENGINES)('the SLA as the inbox reads it on %s', (engine) => {
  const t = useTestApp(engine, 'admin');

  const call = async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: object,
    auth = t.auth,
  ) => {
    const response = await t.app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() };
  };

  /** Two reps in team "inside" (Ana away), routing to the team, and an MQL by demo request. */
  const setUp = async () => {
    const reps: Record<string, string> = {};
    for (const name of ['Ana Souza', 'Bia Lima']) {
      const email = `${name.split(' ')[0]?.toLowerCase()}@vendas.com`;
      const created = await call('POST', '/api/v1/users', { email, name, role: 'sales_rep' });
      await call('PATCH', `/api/v1/users/${created.body.id}`, {
        team: 'inside',
        ...(name === 'Ana Souza' ? { isActive: false } : {}),
      });
      reps[name] = created.body.id;
    }
    const playbook = parse(DEFAULT_PLAYBOOK_SOURCE);
    playbook.routing = {
      rules: [{ id: 'inside', assign: { team: 'inside' } }],
      fallback: { queue: 'unassigned' },
    };
    expect((await call('PUT', '/api/v1/playbook', { playbook })).status).toBe(201);
    await t.system.rescore.idle();
    await call('POST', '/api/v1/leads', { email: 'lia@cliente.com.br', name: 'Lia', ...HAND_RAISE });
    await call('POST', '/api/v1/events', {
      events: [{ lead: { email: 'lia@cliente.com.br' }, type: 'demo_request' }],
    });
    const lead = (await call('GET', '/api/v1/leads?email=lia@cliente.com.br')).body.items[0];
    const { secret } = await t.system.stores.transaction((stores) =>
      createToken(
        stores,
        { name: 'bia', role: 'sales_rep', userEmail: 'bia@vendas.com' },
        t.system.clock.now(),
      ),
    );
    return { reps, lead, bia: { authorization: `Bearer ${secret}` } };
  };

  it('names the owner and the reps passed over, and says how long business time runs for a countdown', async () => {
    // Monday 09:00 in São Paulo: the working day closes at 18:00, nine hours on.
    const { reps, lead, bia } = await setUp();
    expect(lead.ownerId).toBe(reps['Bia Lima']);
    const { body: sla } = await call('GET', `/api/v1/leads/${lead.id}/sla`);
    expect(sla.assignment).toMatchObject({
      userId: reps['Bia Lima'],
      userName: 'Bia Lima',
      ruleId: 'inside',
    });
    expect(sla.assignment.candidates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: reps['Ana Souza'], name: 'Ana Souza', reason: 'inactive' }),
      ]),
    );
    const firstTouch = sla.clocks.find((c: { kind: string }) => c.kind === 'first_touch');
    expect(firstTouch).toMatchObject({ status: 'running', businessMinutesLeft: 60, runningForMinutes: 540 });

    // After hours the countdown holds still; a met clock has nothing to count.
    t.system.clock.set(Date.parse('2026-03-02T19:00:00-03:00'));
    const queue = await call('GET', '/api/v1/me/queue', undefined, bia);
    expect(queue.status).toBe(200);
    const item = queue.body.items.find((i: { lead: { id: string } }) => i.lead.id === lead.id);
    const decision = item.sla.clocks.find((c: { kind: string }) => c.kind === 'decision');
    expect(decision.runningForMinutes).toBe(0);
    expect(item.sla.assignment.userName).toBe('Bia Lima');
    await call('POST', `/api/v1/leads/${lead.id}/activities`, { channel: 'call', outcome: 'no_answer' }, bia);
    const after = (await call('GET', `/api/v1/leads/${lead.id}/sla`)).body;
    expect(after.clocks.find((c: { kind: string }) => c.kind === 'first_touch')).toMatchObject({
      status: 'met',
      businessMinutesLeft: null,
      runningForMinutes: null,
    });
  });
});
