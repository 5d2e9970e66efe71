import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { ENGINES, tokenFor } from '../../../test/engines.ts';

describe.each(ENGINES)('events API on %s', (engine) => {
  const t = useTestApp(engine, 'marketing');

  const send = (events: unknown[]) =>
    t.app.inject({ method: 'POST', url: '/api/v1/events', headers: t.auth, payload: { events } });
  const timelineOf = async (leadId: string) =>
    (await t.app.inject({ url: `/api/v1/leads/${leadId}/timeline?limit=200`, headers: t.auth })).json();

  it('creates the lead of an unknown e-mail and stores its events newest first in the timeline', async () => {
    const response = await send([
      {
        lead: { email: 'Nova@Cliente.com.br' },
        type: 'page_view',
        occurredAt: '2026-03-01T10:00:00-03:00',
        props: { url: '/' },
      },
      {
        lead: { email: 'nova@cliente.com.br' },
        type: 'download',
        occurredAt: '2026-03-01T10:05:00-03:00',
        props: { content: 'ebook' },
      },
    ]);
    expect(response.statusCode).toBe(200);
    const { results, summary } = response.json();
    expect(summary).toEqual({ stored: 2, duplicate: 0, invalid: 0 });
    expect(results[0].leadId).toBe(results[1].leadId);
    const timeline = await timelineOf(results[0].leadId);
    expect(timeline.items.map((i: { event: { type: string } }) => i.event.type)).toEqual([
      'download',
      'page_view',
    ]);
  });

  it('stores nothing twice when a batch is replayed with the same idempotency keys', async () => {
    const batch = [0, 1, 2].map((i) => ({
      lead: { email: 'replay@acme.com' },
      type: 'page_view',
      props: { url: `/p/${i}` },
      idempotencyKey: `replay-${i}`,
    }));
    const first = (await send(batch)).json();
    const again = (await send(batch)).json();
    expect(first.summary).toEqual({ stored: 3, duplicate: 0, invalid: 0 });
    expect(again.summary).toEqual({ stored: 0, duplicate: 3, invalid: 0 });
    expect(again.results.map((r: { id: string }) => r.id)).toEqual(
      first.results.map((r: { id: string }) => r.id),
    );
    const timeline = await timelineOf(first.results[0].leadId);
    expect(timeline.items).toHaveLength(3);
  });

  it('counts a key repeated inside one batch once', async () => {
    const item = { lead: { email: 'twice@acme.com' }, type: 'form_submit', idempotencyKey: 'same-form-post' };
    const { results } = (await send([item, item])).json();
    expect(results.map((r: { status: string }) => r.status)).toEqual(['stored', 'duplicate']);
    expect(results[1].id).toBe(results[0].id);
  });

  it('stores exactly the valid items of a mixed batch and says why the others were refused', async () => {
    const response = await send([
      { lead: { email: 'mixed@acme.com' }, type: 'page_view' },
      { lead: { email: 'not an email' }, type: 'page_view' },
      { lead: { email: 'mixed@acme.com' }, type: 'teleport' },
      { leadId: 'no-such-lead', type: 'page_view' },
      { lead: { email: 'mixed@acme.com' }, leadId: 'x', type: 'page_view' },
      { lead: { email: 'mixed@acme.com' }, type: 'webinar', occurredAt: '2026-03-01 10:00' },
      { lead: { email: 'mixed@acme.com' }, type: 'demo_request' },
      'not an object',
    ]);
    expect(response.statusCode).toBe(200);
    const { results, summary } = response.json();
    expect(summary).toEqual({ stored: 2, duplicate: 0, invalid: 6 });
    expect(results.map((r: { status: string }) => r.status)).toEqual([
      'stored',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'stored',
      'invalid',
    ]);
    expect(results[1].message).toContain('events[1].lead.email');
    expect(results[2].message).toContain('events[2].type');
    expect(results[3].message).toContain('no lead with id no-such-lead');
    const timeline = await timelineOf(results[0].leadId);
    expect(timeline.items.map((i: { event: { type: string } }) => i.event.type).sort()).toEqual([
      'demo_request',
      'page_view',
    ]);
  });

  it('refuses an oversized or empty batch whole, with 400, storing nothing', async () => {
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({
      lead: { email: `big${i}@acme.com` },
      type: 'page_view',
    }));
    const response = await send(tooMany);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('at most 1000');
    const lookup = await t.app.inject({ url: '/api/v1/leads?email=big0@acme.com', headers: t.auth });
    expect(lookup.json().items).toHaveLength(0);
    expect((await send([])).statusCode).toBe(400);
  });

  it('refuses events stamped in the future beyond the clock skew allowance', async () => {
    const future = new Date(t.system.clock.now() + 2 * 60 * 60 * 1000).toISOString();
    const { results } = (
      await send([{ lead: { email: 'future@acme.com' }, type: 'page_view', occurredAt: future }])
    ).json();
    expect(results[0]).toMatchObject({ status: 'invalid' });
    expect(results[0].message).toContain('future');
  });

  it('pages through a long timeline without gaps or repeats', async () => {
    const events = Array.from({ length: 25 }, (_, i) => ({
      lead: { email: 'long@acme.com' },
      type: 'page_view',
      occurredAt: new Date(Date.UTC(2026, 1, 1, 12, 0, i % 5)).toISOString(),
      props: { n: i },
    }));
    const { results } = (await send(events)).json();
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/leads/${results[0].leadId}/timeline?limit=7${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await t.app.inject({ url, headers: t.auth })).json();
      seen.push(...page.items.map((i: { event: { props: { n: number } } }) => i.event.props.n));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
  });

  it('lets only roles that feed events post them', async () => {
    const rep = { authorization: `Bearer ${await tokenFor(t.system, 'sales_rep', 'rep-events')}` };
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/events',
      headers: rep,
      payload: { events: [{ lead: { email: 'x@acme.com' }, type: 'page_view' }] },
    });
    expect(response.statusCode).toBe(403);
  });
});
