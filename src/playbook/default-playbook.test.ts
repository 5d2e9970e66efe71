import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cadenceSchema } from '../handoff/cadence-schema.ts';
import { routingSchema } from '../routing/routing-schema.ts';
import { calendarSchema } from '../sla/calendar-schema.ts';
import { slaPolicySchema } from '../sla/sla-policy-schema.ts';
import { DEFAULT_PLAYBOOK_SOURCE, defaultPlaybook } from './default-playbook.ts';

/** A commented-out YAML example of the file, uncommented: `# key: …` and the deeper comment lines under it. */
function commentedExample(key: string): unknown {
  const lines = DEFAULT_PLAYBOOK_SOURCE.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^\\s*# +${key}:`).test(line));
  const prefix = /^\s*# +/.exec(lines[start] ?? '')?.[0];
  if (prefix === undefined) {
    throw new Error(`the default playbook has no commented-out "${key}" example`);
  }
  const end = lines.findIndex((line, i) => i > start && !line.startsWith(`${prefix} `));
  return parse(
    lines
      .slice(start, end < 0 ? undefined : end)
      .map((line) => line.slice(prefix.length))
      .join('\n'),
  );
}

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

  it('writes routing, SLA, calendar and cadence out in full, exactly as the code defaults them', () => {
    const written = parse(DEFAULT_PLAYBOOK_SOURCE);
    const defaults = {
      routing: routingSchema.parse(undefined),
      sla: slaPolicySchema.parse(undefined),
      calendar: calendarSchema.parse(undefined),
      cadence: cadenceSchema.parse(undefined),
    };
    for (const [section, value] of Object.entries(defaults)) {
      // Every field written out, so a person sees what they can change…
      expect(written[section], section).toStrictEqual(value);
      // …and the parsed playbook is the default, so the file and the code cannot drift apart.
      expect(playbook[section as keyof typeof defaults], section).toStrictEqual(value);
    }
  });

  it('promises first touch in 60 business minutes and no marketing volume until the teams agree one', () => {
    expect(playbook.sla.firstTouch).toEqual({ businessMinutes: 60, warnBeforeMinutes: 15 });
    expect(playbook.sla.escalation.reassignAfterBreach).toBe(false);
    expect(playbook.sla.marketing).toEqual({ mqlsPerMonth: null, minAcceptanceRate: null });
  });

  it('ships commented-out examples that are valid once uncommented', () => {
    const routing = routingSchema.parse(commentedExample('rules'));
    expect(routing.rules).toEqual([
      {
        id: 'sul',
        label: { 'pt-BR': 'Região Sul', en: 'South region' },
        when: [{ field: 'company.state', operator: 'in', values: ['RS', 'SC', 'PR'] }],
        assign: { team: 'sul', matchRegion: false },
      },
    ]);
    const calendar = calendarSchema.parse(commentedExample('extraHolidays'));
    expect(calendar.extraHolidays).toEqual(['2027-01-25']);
    const lunch = calendarSchema.parse({ hours: commentedExample('mon') });
    expect(lunch.hours.mon).toEqual([
      ['08:00', '12:00'],
      ['13:00', '18:00'],
    ]);
  });

  it('returns a fresh object each time, so a caller may change it', () => {
    const mine = defaultPlaybook();
    mine.name = 'changed';
    expect(defaultPlaybook().name).toBe(playbook.name);
  });
});
