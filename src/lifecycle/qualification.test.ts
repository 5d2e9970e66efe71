import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { ENGINES, tokenFor } from '../../test/engines.ts';
import { DEFAULT_PLAYBOOK_SOURCE } from '../playbook/default-playbook.ts';

/** A decision maker at a mid-size software company in SP: fit 80 under the default playbook (grade A). */
const FIT_LEAD = {
  jobTitle: 'Diretora Comercial',
  company: { name: 'Acme', segment: 'software', employees: 120, state: 'SP' },
};

describe.each(ENGINES)('qualification in the same request on %s', (engine) => {
  const t = useTestApp(engine, 'admin');

  const upsert = async (payload: object) =>
    (await t.app.inject({ method: 'POST', url: '/api/v1/leads', headers: t.auth, payload })).json();
  const send = async (email: string, events: object[]) =>
    (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/events',
        headers: t.auth,
        payload: { events: events.map((e) => ({ lead: { email }, ...e })) },
      })
    ).json();
  const get = async (url: string) => (await t.app.inject({ url, headers: t.auth })).json();

  it('announces a new lead (lead.created) from the API and from an event for an unknown e-mail, once each', async () => {
    await upsert({ email: 'novo@omega.com.br' });
    await upsert({ email: 'novo@omega.com.br', name: 'Again' });
    await send('evento@omega.com.br', [{ type: 'page_view' }]);
    const created = (await t.system.stores.outbox.pending(1000)).filter(
      (m) => m.event.type === 'lead.created',
    );
    expect(created.map((m) => m.event.lead.email).sort()).toEqual([
      'evento@omega.com.br',
      'novo@omega.com.br',
    ]);
  });

  it('applies the default playbook as version 1 on first start', async () => {
    const playbook = await get('/api/v1/playbook');
    expect(playbook.version).toBe(1);
    expect(playbook.createdBy).toBe('system');
    expect(playbook.playbook.mql.anyOf.length).toBeGreaterThan(0);
  });

  it('makes a lead MQL in the response of the event that crosses the rule, dated at that event', async () => {
    const lead = await upsert({ email: 'diretora@acme.com.br', ...FIT_LEAD });
    const first = await send('diretora@acme.com.br', [
      {
        type: 'page_view',
        props: { url: 'https://acme.com/precos' },
        occurredAt: '2026-03-02T08:00:00-03:00',
      },
    ]);
    expect(first.transitions).toEqual([]);
    expect((await get(`/api/v1/leads/${lead.id}`)).stage).toBe('lead');

    const second = await send('diretora@acme.com.br', [
      { type: 'webinar', occurredAt: '2026-03-02T08:10:00-03:00' },
      { type: 'download', props: { content: 'ebook-sla' }, occurredAt: '2026-03-02T08:20:00-03:00' },
    ]);
    expect(second.transitions).toHaveLength(1);
    expect(second.transitions[0]).toMatchObject({
      leadId: lead.id,
      from: 'lead',
      to: 'mql',
      actor: 'system',
      playbookVersion: 1,
      at: '2026-03-02T11:20:00.000Z',
    });
    const after = await get(`/api/v1/leads/${lead.id}`);
    expect(after.stage).toBe('mql');
    expect(after.score).toMatchObject({ grade: 'A', fit: 80, playbookVersion: 1 });

    const transitions = await get(`/api/v1/leads/${lead.id}/transitions`);
    expect(transitions.items.map((t: { to: string }) => t.to)).toEqual(['mql']);
    const timeline = await get(`/api/v1/leads/${lead.id}/timeline`);
    expect(timeline.items.map((i: { kind: string }) => i.kind)).toEqual([
      'transition',
      'event',
      'event',
      'event',
    ]);
  });

  it('explains the score with contributions that add up to fit and engagement', async () => {
    const lead = (await get('/api/v1/leads?email=diretora@acme.com.br')).items[0];
    const score = await get(`/api/v1/leads/${lead.id}/score`);
    const sum = (kinds: string[]) =>
      score.contributions
        .filter((c: { kind: string }) => kinds.includes(c.kind))
        .reduce((total: number, c: { decayedPoints: number }) => total + c.decayedPoints, 0);
    expect(sum(['fit'])).toBeCloseTo(score.fit, 9);
    expect(sum(['engagement', 'cap'])).toBeCloseTo(score.engagement, 9);
    expect(score.mqlRule.passed).toBe(true);
    expect(
      score.contributions.some((c: { rule: string; eventId?: string }) => c.rule === 'webinar' && c.eventId),
    ).toBe(true);
    // A month later the same history is worth less: points halve every 30 days.
    const later = await get(`/api/v1/leads/${lead.id}/score?asOf=2026-04-01T11:20:00Z`);
    expect(later.engagement).toBeLessThan(score.engagement);
    expect(later.fit).toBe(score.fit);
    const before = await get(`/api/v1/leads/${lead.id}/score?asOf=2026-03-01`);
    expect(before.engagement).toBe(0);
  });

  it('qualifies a hand-raise from a grade-C lead but not from a grade-D one', async () => {
    await upsert({
      email: 'analista@beta.com.br',
      jobTitle: 'Analista',
      company: { segment: 'software', state: 'SP' },
    });
    const handRaise = await send('analista@beta.com.br', [{ type: 'demo_request' }]);
    expect(handRaise.transitions.map((t: { to: string }) => t.to)).toEqual(['mql']);
    expect(handRaise.transitions[0].reason).toContain('mao-levantada');

    await upsert({ email: 'estudante@gmail.com', jobTitle: 'Estudante' });
    const student = await send('estudante@gmail.com', [{ type: 'demo_request' }]);
    expect(student.transitions).toEqual([]);
  });

  it('makes a lead MQL when a profile update lifts its grade over a hand-raise it already made', async () => {
    await send('completa@gama.com.br', [{ type: 'proposal_request' }]);
    const before = (await get('/api/v1/leads?email=completa@gama.com.br')).items[0];
    expect(before).toMatchObject({ stage: 'lead', score: { grade: 'D' } });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: t.auth,
      payload: {
        email: 'completa@gama.com.br',
        jobTitle: 'Gerente de Marketing',
        company: { segment: 'indústria' },
      },
    });
    // Manager (+25) in a target segment (+20) = 45: grade B, and the earlier proposal request counts.
    expect(response.json()).toMatchObject({ stage: 'mql', score: { grade: 'B', fit: 45 } });
    // The relay ran in the same request: with nobody in the team it waits in the fallback queue.
    expect(response.json()).toMatchObject({ ownerId: null, queue: 'unassigned' });
  });

  it('refuses an invalid playbook with the path of each bad field and changes nothing', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/playbook',
      headers: t.auth,
      payload: { source: DEFAULT_PLAYBOOK_SOURCE.replace('operator: range', 'operator: between') },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.details.problems.map((p: { path: string }) => p.path)).toContain('fit.rules[3].operator');
    expect(error.message).toContain('fit.rules[3].operator');
    expect((await get('/api/v1/playbook/versions')).items).toHaveLength(1);
  });

  it('applies a new version, rescores every lead in the background and requalifies on request', async () => {
    await upsert({ email: 'morno@acme.com.br', ...FIT_LEAD });
    await send('morno@acme.com.br', [{ type: 'email_click' }, { type: 'email_click' }]);
    expect((await get('/api/v1/leads?email=morno@acme.com.br')).items[0].stage).toBe('lead');

    const easier = DEFAULT_PLAYBOOK_SOURCE.replace('minEngagement: 50', 'minEngagement: 5');
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/playbook',
      headers: t.auth,
      payload: { source: easier, note: 'engagement bar lowered for the launch', requalify: true },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().version).toMatchObject({
      version: 2,
      note: 'engagement bar lowered for the launch',
    });
    await t.system.rescore.idle();

    const status = await get('/api/v1/playbook/rescore');
    expect(status.rescore).toMatchObject({ version: 2, done: status.rescore.total });
    expect(status.rescore.qualified).toBeGreaterThanOrEqual(1);
    const morno = (await get('/api/v1/leads?email=morno@acme.com.br')).items[0];
    expect(morno.stage).toBe('mql');
    expect(morno.score.playbookVersion).toBe(2);
    const everyone = (await get('/api/v1/leads?limit=200')).items;
    expect(
      everyone.every((l: { score: { playbookVersion: number } | null }) => l.score?.playbookVersion === 2),
    ).toBe(true);
    const versions = (await get('/api/v1/playbook/versions')).items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it('lets a manager move a lead by hand with a reason, and refuses a rep or a missing reason', async () => {
    const lead = await upsert({ email: 'manual@acme.com.br' });
    const noReason = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${lead.id}/stage`,
      headers: t.auth,
      payload: { to: 'disqualified', reason: ' ' },
    });
    expect(noReason.statusCode).toBe(400);
    const rep = { authorization: `Bearer ${await tokenFor(t.system, 'sales_rep', 'rep-move')}` };
    const byRep = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${lead.id}/stage`,
      headers: rep,
      payload: { to: 'disqualified', reason: 'spam' },
    });
    expect(byRep.statusCode).toBe(403);
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${lead.id}/stage`,
      headers: t.auth,
      payload: { to: 'disqualified', reason: 'Lista comprada, não é opt-in' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().transition).toMatchObject({
      from: 'lead',
      to: 'disqualified',
      actor: 'token:admin',
      reason: 'Lista comprada, não é opt-in',
    });
    const same = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${lead.id}/stage`,
      headers: t.auth,
      payload: { to: 'disqualified', reason: 'again' },
    });
    expect(same.statusCode).toBe(409);
  });

  it('backtests a proposed playbook against history without changing anything', async () => {
    const stricter = DEFAULT_PLAYBOOK_SOURCE.replace('minEngagement: 50', 'minEngagement: 500')
      .replace('handRaise: [demo_request, proposal_request]', 'handRaise: [proposal_request]')
      .replace('minGrade: C', 'minGrade: A');
    const before = (await get('/api/v1/leads?limit=200')).items.map((l: { stage: string }) => l.stage);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/playbook/backtest',
      headers: t.auth,
      payload: { source: stricter },
    });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.proposed.mqls).toBe(0);
    expect(report.current.mqls).toBeGreaterThanOrEqual(3);
    expect(report.overlap.onlyCurrent).toBe(report.current.mqls);
    expect(report.current.byMonth[0].month).toBe('2026-03');
    const after = (await get('/api/v1/leads?limit=200')).items.map((l: { stage: string }) => l.stage);
    expect(after).toEqual(before);
  });

  it('renders the agreement in pt-BR and English', async () => {
    const pt = await t.app.inject({ url: '/api/v1/playbook/document?format=md&lang=pt-BR', headers: t.auth });
    expect(pt.headers['content-type']).toContain('text/markdown');
    expect(pt.body).toContain('Nutrição');
    const en = await t.app.inject({ url: '/api/v1/playbook/document?format=html&lang=en', headers: t.auth });
    expect(en.headers['content-type']).toContain('text/html');
    expect(en.body).toContain('Nurture');
  });
});
