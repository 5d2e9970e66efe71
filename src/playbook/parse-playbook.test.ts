import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_CADENCE_STEPS } from '../handoff/cadence-schema.ts';
import { DEFAULT_PLAYBOOK_SOURCE } from './default-playbook.ts';
import {
  MAX_PLAYBOOK_CHARS,
  type PlaybookProblem,
  parsePlaybook,
  validatePlaybook,
} from './parse-playbook.ts';

/** The default playbook as plain data, for tests that break one field of it. */
// biome-ignore lint/suspicious/noExplicitAny: tests reach into arbitrary YAML to break one field.
const defaultDocument = (): Record<string, any> => parse(DEFAULT_PLAYBOOK_SOURCE);

function problemsOf(document: unknown): PlaybookProblem[] {
  const result = validatePlaybook(document);
  if (result.ok) {
    throw new Error('expected the playbook to be refused');
  }
  return result.problems;
}

const pathsOf = (document: unknown) => problemsOf(document).map((p) => p.path);

describe('parsePlaybook', () => {
  it('reads the shipped default playbook', () => {
    const result = parsePlaybook(DEFAULT_PLAYBOOK_SOURCE);
    expect(result.ok).toBe(true);
  });

  it('reads the same playbook written as JSON', () => {
    const fromYaml = parsePlaybook(DEFAULT_PLAYBOOK_SOURCE);
    const fromJson = parsePlaybook(JSON.stringify(defaultDocument()));
    expect(fromJson).toEqual(fromYaml);
  });

  it('names the path and the line of a bad operator', () => {
    const source = DEFAULT_PLAYBOOK_SOURCE.replace('operator: contains', 'operator: similar');
    const result = parsePlaybook(source);
    expect(result.ok).toBe(false);
    const problem = !result.ok ? result.problems.find((p) => p.path === 'fit.rules[1].operator') : undefined;
    expect(problem?.message).toContain('Invalid option');
    const line = source.split('\n').findIndex((text) => text.includes('operator: similar')) + 1;
    expect(problem?.line).toBe(line);
  });

  it('reports a YAML syntax error with its line and column', () => {
    const result = parsePlaybook('name: Playbook\nstages:\n  lead: [unclosed\nicp: x\n');
    expect(result.ok).toBe(false);
    const [problem] = result.ok ? [] : result.problems;
    expect(problem?.path).toBe('(root)');
    expect(problem?.message).toMatch(/^YAML syntax error at line \d+, column \d+: /);
    expect(problem?.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses a key written twice instead of keeping the last one', () => {
    const result = parsePlaybook('name: A\nname: B\n');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/unique/i),
    });
  });

  it('says an empty document is empty', () => {
    expect(parsePlaybook('')).toEqual({
      ok: false,
      problems: [{ path: '(root)', message: 'the playbook is empty' }],
    });
    expect(parsePlaybook('# only a comment\n')).toMatchObject({
      ok: false,
      problems: [{ message: 'the playbook is empty' }],
    });
  });

  it('refuses a document far larger than a playbook', () => {
    const result = parsePlaybook(`name: x\n#${'a'.repeat(MAX_PLAYBOOK_CHARS)}`);
    expect(result).toMatchObject({ ok: false, problems: [{ path: '(root)' }] });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parsePlaybook(text);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(parsePlaybook('a: &x [*x]').ok).toBe(false);
    expect(parsePlaybook('- 1\n- 2').ok).toBe(false);
  });
});

describe('validatePlaybook', () => {
  it('refuses things that are not a playbook object', () => {
    expect(pathsOf(42)).toEqual(['(root)']);
    expect(pathsOf(null)).toEqual(['(root)']);
    expect(pathsOf([])).toEqual(['(root)']);
  });

  it('names an unknown key, so a typo does not silently drop a section', () => {
    const document = defaultDocument();
    document.fitt = document.fit;
    expect(problemsOf(document)).toContainEqual({ path: '(root)', message: 'Unrecognized key: "fitt"' });
  });

  it('requires all seven stages, each with both languages', () => {
    const document = defaultDocument();
    delete document.stages.nurture;
    delete document.stages.sql.definition.en;
    expect(problemsOf(document)).toEqual([
      { path: 'stages.sql.definition.en', message: 'is required' },
      { path: 'stages.nurture', message: 'is required' },
    ]);
  });

  it('says which operand an operator is missing, at its path', () => {
    const document = defaultDocument();
    document.fit.rules[0] = { id: 'a', field: 'company.state', operator: 'in', points: 1 };
    document.fit.rules[1] = { id: 'b', field: 'company.employees', operator: 'range', points: 1 };
    document.fit.rules[2] = { id: 'c', field: 'jobTitle', operator: 'contains', points: 1 };
    document.fit.rules[3] = { id: 'd', field: 'jobTitle', operator: 'equals', points: 1 };
    expect(problemsOf(document)).toEqual([
      { path: 'fit.rules[0].values', message: 'operator "in" needs `values`, a list such as [SP, RJ]' },
      { path: 'fit.rules[1].min', message: 'operator "range" needs `min`, `max` or both' },
      { path: 'fit.rules[2].value', message: 'operator "contains" needs `value` or `values` (keywords)' },
      { path: 'fit.rules[3].value', message: 'operator "equals" needs `value`' },
    ]);
  });

  it('refuses operands an operator does not read, and a range whose max is below its min', () => {
    const document = defaultDocument();
    document.fit.rules[0] = {
      id: 'a',
      field: 'company.state',
      operator: 'equals',
      values: ['SP'],
      value: 'SP',
      points: 1,
    };
    document.fit.rules[1] = {
      id: 'b',
      field: 'company.employees',
      operator: 'range',
      min: 100,
      max: 10,
      points: 1,
    };
    document.fit.rules[2] = { id: 'c', field: 'phone', operator: 'exists', value: true, points: 1 };
    expect(problemsOf(document)).toEqual([
      {
        path: 'fit.rules[0].values',
        message: '`values` is not used by operator "equals" (it reads `value`)',
      },
      { path: 'fit.rules[1].max', message: 'max (10) is below min (100)' },
      { path: 'fit.rules[2].value', message: '`value` is not used by operator "exists"' },
    ]);
  });

  it('refuses a field fit rules cannot read, and accepts custom fields', () => {
    const document = defaultDocument();
    document.fit.rules[0].field = 'company.revenue';
    document.fit.rules[1].field = 'company.fields.revenue';
    document.fit.rules[2].field = 'fields.cnae';
    const problems = problemsOf(document);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('fit.rules[0].field');
    expect(problems[0]?.message).toContain('unknown field "company.revenue"');
  });

  it('requires grade thresholds with A above B above C', () => {
    const document = defaultDocument();
    document.fit.grades = { A: 50, B: 50, C: 60 };
    expect(pathsOf(document)).toEqual(['fit.grades.B', 'fit.grades.C']);
    expect(problemsOf(document)[0]?.message).toBe(
      'B (50) must be below A (50): grades are minimum fit points, A the highest',
    );
  });

  it('refuses a rule id used twice, across fit and engagement, naming the first use', () => {
    const document = defaultDocument();
    document.engagement.rules[2].id = document.fit.rules[0].id;
    document.mql.anyOf[1].id = document.mql.anyOf[0].id;
    expect(problemsOf(document)).toEqual([
      {
        path: 'engagement.rules[2].id',
        message: 'duplicate rule id "segmento-alvo": already used at fit.rules[0]',
      },
      {
        path: 'mql.anyOf[1].id',
        message: 'duplicate condition id "perfil-e-engajamento": already used at mql.anyOf[0]',
      },
    ]);
  });

  it('refuses ids that are not short slugs', () => {
    const document = defaultDocument();
    document.fit.rules[0].id = 'Cargo Decisor';
    expect(pathsOf(document)).toEqual(['fit.rules[0].id']);
  });

  it('refuses unknown event types in engagement rules and hand-raises', () => {
    const document = defaultDocument();
    document.engagement.rules[0].event = 'page_visit';
    document.mql.anyOf[1].handRaise = ['demo_request', 'call_me'];
    expect(pathsOf(document)).toEqual(['engagement.rules[0].event', 'mql.anyOf[1].handRaise[1]']);
  });

  it('checks engagement rule conditions, repeat, cap and decay', () => {
    const document = defaultDocument();
    document.engagement.rules[1].when[0].operator = 'has';
    document.engagement.rules[2].repeat = 'always';
    document.engagement.rules[3].cap = 0;
    document.engagement.decay = { mode: 'half_life' };
    expect(pathsOf(document)).toEqual([
      'engagement.rules[1].when[0].operator',
      'engagement.rules[2].repeat',
      'engagement.rules[3].cap',
      'engagement.decay.days',
    ]);
  });

  it('refuses an unknown decay mode at the path of the mode', () => {
    const document = defaultDocument();
    document.engagement.decay = { mode: 'linear', days: 30 };
    expect(pathsOf(document)).toEqual(['engagement.decay.mode']);
  });

  it('refuses an MQL condition without clauses or with a grade that does not exist', () => {
    const document = defaultDocument();
    document.mql.anyOf = [
      { id: 'empty' },
      { id: 'bad-grade', minGrade: 'E' },
      { id: 'window', handRaiseWithinDays: 7, minGrade: 'A' },
    ];
    expect(problemsOf(document)).toEqual([
      { path: 'mql.anyOf[0]', message: 'needs at least one of minGrade, minFit, minEngagement or handRaise' },
      { path: 'mql.anyOf[1].minGrade', message: 'Invalid option: expected one of "A"|"B"|"C"|"D"' },
      {
        path: 'mql.anyOf[2].handRaiseWithinDays',
        message: 'handRaiseWithinDays needs handRaise (the events it applies to)',
      },
    ]);
  });

  it('refuses rejection reasons that lead anywhere but nurture or disqualified, or repeat a code', () => {
    const wrongStage = defaultDocument();
    wrongStage.rejectionReasons[0].to = 'mql';
    expect(problemsOf(wrongStage)).toEqual([
      { path: 'rejectionReasons[0].to', message: 'Invalid option: expected one of "nurture"|"disqualified"' },
    ]);
    const repeated = defaultDocument();
    repeated.rejectionReasons[2].code = 'no_budget';
    expect(pathsOf(repeated)).toEqual(['rejectionReasons[2].code']);
  });

  it('fills every section left out with its defaults', () => {
    const document = defaultDocument();
    for (const key of ['routing', 'sla', 'calendar', 'cadence', 'money', 'lifecycle', 'schemaVersion']) {
      delete document[key];
    }
    const result = validatePlaybook(document);
    expect(result.ok && result.playbook).toMatchObject({
      schemaVersion: 1,
      routing: { accountOwnerFirst: true, rules: [], fallback: { queue: 'unassigned' } },
      sla: {
        firstTouch: { businessMinutes: 60, warnBeforeMinutes: 15 },
        attempts: { count: 3, channels: ['call', 'whatsapp', 'email'], withinBusinessDays: 2 },
        decision: { businessDays: 3 },
        escalation: { notifyManager: true, reassignAfterBreach: false },
        marketing: { mqlsPerMonth: null, minAcceptanceRate: null },
      },
      calendar: {
        timeZone: 'America/Sao_Paulo',
        hours: { mon: [['08:00', '18:00']], sat: [], sun: [] },
        holidays: { country: 'BR', types: ['public', 'bank'] },
      },
      cadence: { steps: DEFAULT_CADENCE_STEPS },
      money: { currency: 'BRL' },
      lifecycle: { nurtureCoolOffDays: 0 },
    });
  });

  it('keeps what the SLA section says and fills the rest of it with defaults', () => {
    const result = validatePlaybook({
      ...defaultDocument(),
      sla: { firstTouch: { businessMinutes: 30 }, marketing: { mqlsPerMonth: 80 } },
    });
    expect(result.ok && result.playbook.sla).toMatchObject({
      firstTouch: { businessMinutes: 30, warnBeforeMinutes: 15 },
      decision: { businessDays: 3, warnBeforeMinutes: 300 },
      marketing: { mqlsPerMonth: 80, minAcceptanceRate: null },
    });
  });

  it('refuses an unknown key in the SLA section, naming its path', () => {
    expect(problemsOf({ ...defaultDocument(), sla: { firstTouchMinutes: 15 } })).toEqual([
      { path: 'sla', message: 'Unrecognized key: "firstTouchMinutes"' },
    ]);
    expect(pathsOf({ ...defaultDocument(), sla: { firstTouch: { minutes: 15 } } })).toEqual([
      'sla.firstTouch',
    ]);
  });

  it('names the path and line of an SLA warning that comes after its deadline', () => {
    const source = DEFAULT_PLAYBOOK_SOURCE.replace('warnBeforeMinutes: 15', 'warnBeforeMinutes: 90');
    const result = parsePlaybook(source);
    const line = source.split('\n').findIndex((text) => text.includes('warnBeforeMinutes: 90')) + 1;
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'sla.firstTouch.warnBeforeMinutes',
        message: 'must be less than the 60 business minutes of the clock',
        line,
        column: 24,
      },
    ]);
  });
});
