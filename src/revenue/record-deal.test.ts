import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem } from '../../test/engines.ts';
import type { Lead, Stage } from '../leads/lead.ts';
import { upsertLead } from '../leads/upsert-lead.ts';
import { recordTransition } from '../lifecycle/record-transition.ts';
import type { DealDraft } from './deal-draft.ts';
import { recordDeal } from './record-deal.ts';

const DAY = 86_400_000;

describe.each(ENGINES)('deals move their lead on %s', (engine) => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await openTestSystem(engine);
  });
  afterAll(async () => {
    await system.destroy();
  });

  const newLead = async (email: string, stage: Stage = 'lead', live = false): Promise<Lead> => {
    const playbook = await system.playbook();
    return system.stores.transaction(async (s) => {
      const { lead } = await upsertLead(s, { email }, system.clock.now() - 30 * DAY);
      if (stage === 'lead') {
        return lead;
      }
      const moved = await recordTransition(s, system.hooks, lead, {
        to: stage,
        at: system.clock.now() - 20 * DAY,
        now: system.clock.now(),
        actor: 'test',
        reason: 'setup',
        playbook,
        live,
      });
      return moved.lead;
    });
  };

  const deal = async (lead: Lead, draft: Partial<DealDraft> & Pick<DealDraft, 'status'>, live = true) => {
    const playbook = await system.playbook();
    return system.stores.transaction(async (s) =>
      recordDeal(
        s,
        { playbook, hooks: system.hooks, live, actor: 'token:crm', ownerIdFor: async () => null },
        (await s.leads.byId(lead.id)) as Lead,
        { externalId: null, amountCents: 500_000, currency: 'BRL', ...draft },
        system.clock.now(),
      ),
    );
  };

  const outboxFor = async (leadId: string) =>
    (await system.stores.outbox.pending(1000))
      .filter((m) => m.event.lead.id === leadId)
      .map((m) => m.event.type);

  it('makes a live MQL an opportunity at the deal’s date, stops its SLA clocks, and routes nothing', async () => {
    const lead = await newLead('mql@acme.com', 'mql', true);
    expect((await system.stores.clocks.openFor([lead.id])).length).toBeGreaterThan(0);
    const before = await outboxFor(lead.id);
    const openedAt = system.clock.now() - 2 * DAY;
    const result = await deal(lead, { externalId: 'crm-mql-1', status: 'open', createdAt: openedAt });
    expect(result.outcome).toBe('created');
    expect(result.transitions.map((t) => [t.from, t.to, t.at])).toEqual([['mql', 'opportunity', openedAt]]);
    expect(result.lead).toMatchObject({ stage: 'opportunity', stageEnteredAt: openedAt });
    expect(await system.stores.clocks.openFor([lead.id])).toEqual([]);
    expect(await outboxFor(lead.id)).toEqual(before);
  });

  it('wins the same deal by external id: customer at the close, deal.won announced once', async () => {
    const lead = (await system.stores.leads.byEmail('mql@acme.com')) as Lead;
    const closedAt = system.clock.now() - DAY;
    const won = await deal(lead, { externalId: 'crm-mql-1', status: 'won', closedAt, name: 'Plano Pro' });
    expect(won.outcome).toBe('updated');
    expect(won.deal).toMatchObject({
      status: 'won',
      closedAt,
      createdAt: system.clock.now() - 2 * DAY,
      name: 'Plano Pro',
    });
    expect(won.transitions.map((t) => [t.from, t.to, t.at])).toEqual([['opportunity', 'customer', closedAt]]);
    const again = await deal(lead, { externalId: 'crm-mql-1', status: 'won', closedAt, name: 'Plano Pro' });
    expect(again).toMatchObject({ outcome: 'unchanged', transitions: [] });
    const announced = (await system.stores.outbox.pending(1000)).filter((m) => m.event.type === 'deal.won');
    expect(announced).toHaveLength(1);
    expect(announced[0]?.event).toMatchObject({
      occurredAt: closedAt,
      lead: { id: lead.id },
      details: { amount: 5000, currency: 'BRL', externalId: 'crm-mql-1', name: 'Plano Pro' },
    });
  });

  it('changes nothing in the lifecycle of a customer when a later deal comes', async () => {
    const lead = (await system.stores.leads.byEmail('mql@acme.com')) as Lead;
    const later = await deal(lead, { externalId: 'crm-mql-2', status: 'won', closedAt: system.clock.now() });
    expect(later).toMatchObject({ outcome: 'created', transitions: [], lead: { stage: 'customer' } });
  });

  it('records a lost deal as an opportunity that was, and announces deal.lost with its reason', async () => {
    const lead = await newLead('lost@acme.com');
    const lost = await deal(lead, {
      status: 'lost',
      createdAt: system.clock.now() - 5 * DAY,
      closedAt: system.clock.now() - DAY,
      lostReason: 'preço',
    });
    expect(lost.transitions.map((t) => [t.from, t.to])).toEqual([['lead', 'opportunity']]);
    expect(lost.lead.stage).toBe('opportunity');
    const events = (await system.stores.outbox.pending(1000)).filter((m) => m.event.lead.id === lead.id);
    expect(events.map((m) => [m.event.type, m.event.details?.reason])).toEqual([['deal.lost', 'preço']]);
  });

  it('passes an SQL through opportunity to customer when the deal was opened before it was won', async () => {
    const lead = await newLead('sql@acme.com', 'sql');
    const result = await deal(lead, {
      status: 'won',
      createdAt: system.clock.now() - 3 * DAY,
      closedAt: system.clock.now() - DAY,
    });
    expect(result.transitions.map((t) => [t.from, t.to])).toEqual([
      ['sql', 'opportunity'],
      ['opportunity', 'customer'],
    ]);
  });

  it('stores a deal of a disqualified lead without reviving it', async () => {
    const lead = await newLead('dq@acme.com', 'disqualified');
    const result = await deal(lead, { status: 'won' });
    expect(result).toMatchObject({ outcome: 'created', transitions: [], lead: { stage: 'disqualified' } });
  });

  it('records history without telling anyone when the deal is imported (live: false)', async () => {
    const lead = await newLead('history@acme.com', 'mql');
    const result = await deal(
      lead,
      { externalId: 'old-1', status: 'won', closedAt: Date.UTC(2023, 0, 1) },
      false,
    );
    expect(result.transitions.map((t) => t.to)).toEqual(['customer']);
    expect(await outboxFor(lead.id)).toEqual([]);
  });
});
