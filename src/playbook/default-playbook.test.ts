import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK_SOURCE, defaultPlaybook } from './default-playbook.ts';

describe('the default playbook', () => {
  const playbook = defaultPlaybook();

  it('is written with comments in Portuguese and English', () => {
    expect(DEFAULT_PLAYBOOK_SOURCE).toContain('# ── Estágios do funil / Lifecycle stages');
    expect(
      DEFAULT_PLAYBOOK_SOURCE.split('\n').filter((line) => line.trim().startsWith('#')).length,
    ).toBeGreaterThan(40);
  });

  it('defines every stage in both languages', () => {
    expect(Object.keys(playbook.stages)).toEqual([
      'lead',
      'mql',
      'sql',
      'opportunity',
      'customer',
      'nurture',
      'disqualified',
    ]);
    expect(playbook.stages.nurture.label).toEqual({ 'pt-BR': 'Nutrição', en: 'Nurture' });
  });

  it('ships the agreed rejection reasons, the timing/budget ones going to nurture', () => {
    const to = Object.fromEntries(playbook.rejectionReasons.map((reason) => [reason.code, reason.to]));
    expect(to).toMatchObject({
      no_fit: 'nurture',
      no_budget: 'nurture',
      no_timing: 'nurture',
      duplicate: 'disqualified',
      student: 'disqualified',
      competitor: 'disqualified',
      invalid_data: 'disqualified',
    });
    expect(to.no_contact).toBeDefined();
  });

  it('halves engagement every 30 days, waits 14 days in nurture and counts money in BRL', () => {
    expect(playbook.engagement.decay).toEqual({ mode: 'half_life', days: 30 });
    expect(playbook.lifecycle.nurtureCoolOffDays).toBe(14);
    expect(playbook.money).toMatchObject({ currency: 'BRL', grossMargin: 0.7, expectedLifetimeMonths: 24 });
    expect(playbook.calendar).toMatchObject({ timeZone: 'America/Sao_Paulo' });
  });

  it('makes MQLs from grade B with 50 engagement points, or from a hand-raise with grade C', () => {
    expect(playbook.mql.anyOf.map(({ label: _label, ...condition }) => condition)).toEqual([
      { id: 'perfil-e-engajamento', minGrade: 'B', minEngagement: 50 },
      { id: 'mao-levantada', handRaise: ['demo_request', 'proposal_request'], minGrade: 'C' },
    ]);
  });

  it('takes points away for unsubscribes and bounces, without letting them fade', () => {
    const negative = playbook.engagement.rules.filter((rule) => rule.points < 0);
    expect(negative.map((rule) => [rule.event, rule.decays])).toEqual([
      ['email_unsubscribe', false],
      ['email_bounce', false],
    ]);
  });

  it('returns a fresh object each time, so a caller may change it', () => {
    const mine = defaultPlaybook();
    mine.name = 'changed';
    expect(defaultPlaybook().name).toBe(playbook.name);
  });
});
