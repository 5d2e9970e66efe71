import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../playbook/parse-playbook.ts';
import { calendarOf } from '../sla/calendar-of.ts';
import { DEMO_REPS, DEMO_TEAM } from './demo-team.ts';
import { planDemo } from './plan-demo.ts';
import { LIVE_SLOTS } from './relay-plan.ts';

/** Sunday 2026-11-22 10:00 in São Paulo: outside business hours, as a demo may well be run. */
const NOW = Date.parse('2026-11-22T10:00:00-03:00');
const plan = planDemo({ now: NOW, timeZone: 'America/Sao_Paulo', olistDir: null, seed: 7 });
const records = plan.history.jobs.flatMap((job) => (job.type === 'records' ? job.records : []));

describe('planDemo with invented history', () => {
  it('is the same plan for the same seed and time', () => {
    const again = planDemo({ now: NOW, timeZone: 'America/Sao_Paulo', olistDir: null, seed: 7 });
    expect(again.relay.map((lead) => lead.person.email)).toEqual(plan.relay.map((lead) => lead.person.email));
    expect(again.costs).toEqual(plan.costs);
  });

  it('spreads a few thousand people over the last year, with nothing in the future', () => {
    expect(records).toHaveLength(3000);
    const dates = records.flatMap((r) => [
      r.lead.createdAt ?? 0,
      ...(r.lead.stages ?? []).map((s) => s.at),
      r.deal?.createdAt ?? 0,
      r.deal?.closedAt ?? 0,
    ]);
    expect(Math.max(...dates)).toBeLessThan(NOW);
    expect(Math.min(...records.map((r) => r.lead.createdAt ?? 0))).toBeGreaterThan(NOW - 366 * 86_400_000);
    expect(new Set(records.map((r) => r.lead.email)).size).toBe(records.length);
    const owners = new Set(records.flatMap((r) => (r.deal?.owner ? [r.deal.owner] : [])));
    expect([...owners].every((owner) => DEMO_REPS.some((rep) => rep.email === owner))).toBe(true);
    expect(records.filter((r) => r.deal?.status === 'won').length).toBeGreaterThan(50);
  });

  it('commits marketing to the recent MQL pace in a valid playbook routed to the team', () => {
    const parsed = parsePlaybook(plan.playbook.source);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.playbook.routing.fallback).toEqual({ team: DEMO_TEAM, matchRegion: false });
      expect(parsed.playbook.sla.marketing.mqlsPerMonth).toBe(plan.playbook.mqlsPerMonth);
      expect(parsed.playbook.calendar.holidays.state).toBe('SP');
    }
    expect(plan.playbook.mqlsPerMonth).toBeGreaterThan(50);
    // The shipped comments stay in the applied source, so the playbook page still explains itself.
    expect(plan.playbook.source).toContain('# ── Roteamento / Routing');
  });

  it('ends the relay with the open MQLs of every live slot, each one’s touches in the past', () => {
    const open = plan.relay.filter((lead) => lead.isOpen);
    expect(open).toHaveLength(LIVE_SLOTS.length);
    const calendar = calendarOf(playbookOf(plan));
    for (const [i, lead] of open.entries()) {
      expect(calendar.businessMinutesBetween(lead.mqlAt, NOW)).toBeCloseTo(LIVE_SLOTS[i]?.ago ?? -1, 5);
      expect(lead.touches.length).toBe(LIVE_SLOTS[i]?.attempts);
      expect(lead.decision).toBeNull();
    }
  });

  it('plays decided MQLs before the open ones: every step after the MQL and before now', () => {
    const decided = plan.relay.filter((lead) => !lead.isOpen);
    expect(decided.length).toBeGreaterThan(50);
    for (const lead of decided) {
      expect(Math.max(...lead.events.map((e) => e.at))).toBe(lead.mqlAt);
      const steps = [...lead.touches.map((t) => t.at), lead.decision?.at ?? 0];
      expect(Math.min(...steps)).toBeGreaterThanOrEqual(lead.mqlAt);
      expect(Math.max(...steps, lead.deal?.createdAt ?? 0, lead.deal?.closedAt ?? 0)).toBeLessThan(NOW);
    }
    const reasons = new Set(
      decided.flatMap((l) => (l.decision?.decision === 'reject' ? [l.decision.reason] : [])),
    );
    expect(reasons.size).toBeGreaterThanOrEqual(4);
  });

  it('keeps the away rep away from the open MQLs and the coming week', () => {
    const firstOpen = Math.min(...plan.relay.filter((l) => l.isOpen).map((l) => l.mqlAt));
    expect(plan.absence.from).toBeLessThan(firstOpen);
    expect(plan.absence.to).toBeGreaterThan(NOW + 6 * 86_400_000);
  });

  it('spends on every month of the last year, organic search included', () => {
    const months = new Set(plan.costs.map((c) => c.month));
    expect(months.size).toBe(13);
    expect(plan.costs.filter((c) => c.channel === 'organic_search')).toHaveLength(13);
    expect(plan.costs.every((c) => c.amountCents > 0 && c.currency === 'BRL')).toBe(true);
  });
});

function playbookOf(p: typeof plan) {
  const parsed = parsePlaybook(p.playbook.source);
  if (!parsed.ok) {
    throw new Error('the demo playbook must parse');
  }
  return parsed.playbook;
}
