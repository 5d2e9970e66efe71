import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { ENGINES, tokenFor } from '../../../test/engines.ts';

describe.each(ENGINES)('merging leads on %s', (engine) => {
  const t = useTestApp(engine, 'admin');

  const upsert = async (payload: object) =>
    (await t.app.inject({ method: 'POST', url: '/api/v1/leads', headers: t.auth, payload })).json();
  const events = (email: string, n: number) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/events',
      headers: t.auth,
      payload: {
        events: Array.from({ length: n }, (_, i) => ({ lead: { email }, type: 'page_view', props: { i } })),
      },
    });

  it('moves the timeline to the survivor, keeps the other e-mail as an alias, and loses nothing', async () => {
    const survivor = await upsert({ email: 'ana@acme.com', name: 'Ana', fields: { plan: 'pro' } });
    t.system.clock.advance(1000);
    const other = await upsert({
      email: 'ana.silva@gmail.com',
      phone: '+55 11 91234-5678',
      jobTitle: 'Diretora',
      fields: { plan: 'free', city: 'Recife' },
      source: { channel: 'webinar', at: '2026-01-10T10:00:00-03:00' },
    });
    await events('ana@acme.com', 2);
    await events('ana.silva@gmail.com', 3);
    const logged = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${other.id}/activities`,
      headers: t.auth,
      payload: { channel: 'whatsapp', outcome: 'message_sent', objection: 'preço' },
    });
    expect(logged.statusCode).toBe(201);
    const deal = await t.app.inject({
      method: 'POST',
      url: '/api/v1/deals',
      headers: t.auth,
      payload: { leadId: other.id, externalId: 'crm-77', amount: 1200, status: 'open' },
    });
    expect(deal.statusCode).toBeLessThan(300);

    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${survivor.id}/merge`,
      headers: t.auth,
      payload: { otherId: other.id },
    });
    expect(response.statusCode).toBe(200);
    const merged = response.json();
    // At least its 3 events, the activity, the deal and the deal's transition moved…
    expect(merged.moved).toBeGreaterThanOrEqual(6);
    // …and nothing of the other lead's history is left behind, in any lead-owned table.
    expect(await t.system.stores.transaction((s) => s.leadRows.reassignLead(other.id, survivor.id))).toBe(0);
    const deals = (
      await t.app.inject({ url: `/api/v1/deals?leadId=${survivor.id}`, headers: t.auth })
    ).json();
    expect(deals.items.map((d: { externalId: string }) => d.externalId)).toEqual(['crm-77']);
    expect(merged.lead).toMatchObject({
      id: survivor.id,
      email: 'ana@acme.com',
      name: 'Ana',
      jobTitle: 'Diretora',
      phoneE164: '+5511912345678',
      fields: { plan: 'pro', city: 'Recife' },
    });
    expect(merged.lead.firstTouch.channel).toBe('webinar');

    const timeline = (
      await t.app.inject({ url: `/api/v1/leads/${survivor.id}/timeline`, headers: t.auth })
    ).json();
    expect(timeline.items.filter((i: { kind: string }) => i.kind === 'event')).toHaveLength(5);
    expect(timeline.items.filter((i: { kind: string }) => i.kind === 'activity')).toHaveLength(1);
    const byOldId = (await t.app.inject({ url: `/api/v1/leads/${other.id}`, headers: t.auth })).json();
    expect(byOldId.id).toBe(survivor.id);
    const byOldEmail = (
      await t.app.inject({ url: '/api/v1/leads?email=ana.silva@gmail.com', headers: t.auth })
    ).json();
    expect(byOldEmail.items.map((l: { id: string }) => l.id)).toEqual([survivor.id]);

    // Later traffic for the old address lands on the survivor.
    await events('ana.silva@gmail.com', 1);
    const after = (
      await t.app.inject({ url: `/api/v1/leads/${survivor.id}/timeline`, headers: t.auth })
    ).json();
    expect(after.items.filter((i: { kind: string }) => i.kind === 'event')).toHaveLength(6);
    const again = await upsert({ email: 'ana.silva@gmail.com', name: 'Ana S.' });
    expect(again).toMatchObject({ id: survivor.id, email: 'ana@acme.com', name: 'Ana S.' });
  });

  it('refuses merging a lead into itself or into an unknown lead, changing nothing', async () => {
    const lead = await upsert({ email: 'solo@acme.com' });
    const self = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${lead.id}/merge`,
      headers: t.auth,
      payload: { otherId: lead.id },
    });
    expect(self.statusCode).toBe(409);
    const unknown = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${lead.id}/merge`,
      headers: t.auth,
      payload: { otherId: 'nope' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('lead_not_found');
    const still = (await t.app.inject({ url: `/api/v1/leads/${lead.id}`, headers: t.auth })).json();
    expect(still.email).toBe('solo@acme.com');
  });

  it('is refused to a sales rep', async () => {
    const rep = { authorization: `Bearer ${await tokenFor(t.system, 'sales_rep', 'rep-merge')}` };
    const a = await upsert({ email: 'a1@acme.com' });
    const b = await upsert({ email: 'b1@acme.com' });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${a.id}/merge`,
      headers: rep,
      payload: { otherId: b.id },
    });
    expect(response.statusCode).toBe(403);
  });
});
