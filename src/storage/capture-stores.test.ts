import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem } from '../../test/engines.ts';
import type { CaptureForm } from '../capture/form.ts';
import type { Site } from '../capture/site.ts';
import type { VisitorEvent } from '../capture/visitor.ts';
import { newId } from '../kernel/ids.ts';

describe.each(ENGINES)('capture storage on %s', (engine) => {
  let system: TestSystem;
  let site: Site;
  let form: CaptureForm;

  beforeAll(async () => {
    system = await openTestSystem(engine);
    const now = system.clock.now();
    site = {
      id: newId(),
      name: 'Acme',
      publicKey: `site_${newId()}`,
      allowedOrigins: ['https://acme.com'],
      createdAt: now,
      updatedAt: now,
    };
    form = {
      id: newId(),
      key: 'contato',
      siteId: site.id,
      name: 'Contato',
      fieldMapping: { email: 'email' },
      honeypotField: null,
      consentField: null,
      redirectUrl: null,
      createdAt: now,
      updatedAt: now,
    };
    await system.stores.sites.insert(site);
    expect(await system.stores.forms.insert(form)).toBe(true);
  });
  afterAll(async () => {
    await system.destroy();
  });

  const event = (visitorId: string, clientId: string, occurredAt: number): VisitorEvent => ({
    id: newId(),
    siteId: site.id,
    visitorId,
    clientId,
    type: 'page_view',
    occurredAt,
    receivedAt: occurredAt,
    props: { url: `https://acme.com/${clientId}` },
  });

  it('creates a visitor on first sight and finds it again, touches and lead kept', async () => {
    const t = system.clock.now();
    const first = await system.stores.transaction((s) =>
      s.visitors.touch(site.id, 'visitor-store-000001', t),
    );
    expect(first).toMatchObject({ leadId: null, createdAt: t, lastSeenAt: t, firstTouch: null });
    const touch = {
      channel: 'google',
      campaign: null,
      medium: null,
      content: null,
      term: null,
      landingPage: null,
      referrer: null,
      at: t,
    };
    await system.stores.transaction((s) =>
      s.visitors.save({ ...first, leadId: 'lead-x', firstTouch: touch, lastTouch: touch }),
    );
    const again = await system.stores.transaction((s) =>
      s.visitors.touch(site.id, 'visitor-store-000001', t + 5),
    );
    expect(again).toMatchObject({ leadId: 'lead-x', firstTouch: touch, createdAt: t, lastSeenAt: t + 5 });
  });

  it('stores anonymous events once per client id and hands them over oldest first, once', async () => {
    const v = 'visitor-store-000002';
    const t = system.clock.now();
    await system.stores.transaction((s) => s.visitors.touch(site.id, v, t));
    const stored = await system.stores.transaction((s) =>
      s.visitors.addEvents([event(v, 'c2', t + 2), event(v, 'c1', t + 1), event(v, 'c3', t + 3)]),
    );
    expect(stored).toBe(3);
    expect(await system.stores.transaction((s) => s.visitors.addEvents([event(v, 'c1', t + 9)]))).toBe(0);
    const taken = await system.stores.transaction((s) => s.visitors.takeEvents(site.id, v));
    expect(taken.map((e) => e.clientId)).toEqual(['c1', 'c2', 'c3']);
    expect(taken[0]?.props).toEqual({ url: 'https://acme.com/c1' });
    expect(await system.stores.transaction((s) => s.visitors.takeEvents(site.id, v))).toEqual([]);
  });

  it('claims a submission fingerprint once within the window, even when claims race', async () => {
    const t = system.clock.now();
    const claim = (at: number) =>
      system.stores.transaction((s) =>
        s.forms.claimSubmission({ fingerprint: 'fp-race', formId: form.id, at, windowMs: 60_000 }),
      );
    const results = await Promise.all(Array.from({ length: 6 }, () => claim(t)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await claim(t + 59_999)).toBe(false);
    expect(await claim(t + 60_000)).toBe(true);
  });

  it('gives every process the same generated secret', async () => {
    const values = await Promise.all(
      ['a', 'b', 'c', 'd'].map((candidate) =>
        system.stores.transaction((s) => s.instanceSecrets.ensure('race', candidate, system.clock.now())),
      ),
    );
    expect(new Set(values).size).toBe(1);
    expect(await system.stores.instanceSecrets.ensure('race', 'zzz', system.clock.now())).toBe(values[0]);
  });

  it('moves visitors to the surviving lead of a merge', async () => {
    const t = system.clock.now();
    const v = await system.stores.transaction((s) => s.visitors.touch(site.id, 'visitor-store-000003', t));
    await system.stores.transaction((s) => s.visitors.save({ ...v, leadId: 'lead-old' }));
    expect(await system.stores.transaction((s) => s.visitors.reassignLead('lead-old', 'lead-new'))).toBe(1);
    expect((await system.stores.transaction((s) => s.visitors.touch(site.id, v.id, t))).leadId).toBe(
      'lead-new',
    );
  });

  it('removes a site with its visitors and their anonymous events, and unlinks its forms', async () => {
    const t = system.clock.now();
    await system.stores.transaction(async (s) => {
      await s.visitors.touch(site.id, 'visitor-store-000004', t);
      await s.visitors.addEvents([event('visitor-store-000004', 'x1', t)]);
    });
    expect(await system.stores.transaction((s) => s.sites.remove(site.id))).toBe(true);
    expect(await system.stores.sites.byKey(site.publicKey)).toBeUndefined();
    expect((await system.stores.forms.byId(form.id))?.siteId).toBeNull();
    expect(
      await system.stores.transaction((s) => s.visitors.takeEvents(site.id, 'visitor-store-000004')),
    ).toEqual([]);
    expect(await system.stores.transaction((s) => s.sites.remove(site.id))).toBe(false);
  });
});
