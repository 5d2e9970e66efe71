import { describe, expect, it } from 'vitest';
import { STAGES } from '../leads/lead.ts';
import { defaultPlaybook } from '../playbook/default-playbook.ts';
import { DAY_MS } from '../scoring/decay.ts';
import { type ScoreResult, type ScoringFacts, scoreLead } from '../scoring/score-lead.ts';
import { coolOffEndsAt, decideQualification } from './decide-qualification.ts';

const PLAYBOOK = defaultPlaybook();
const ENTERED = Date.parse('2026-03-01T12:00:00Z');

const score = (passed: boolean): ScoreResult => ({
  fit: 80,
  grade: 'A',
  engagement: passed ? 60 : 10,
  mqlRule: passed
    ? {
        passed: true,
        why: 'MQL by perfil-e-engajamento: grade A meets B and engagement 60 reaches 50',
        condition: 'perfil-e-engajamento',
      }
    : { passed: false, why: 'not MQL: …', condition: null },
  contributions: [],
});

describe('decideQualification', () => {
  it('makes a lead MQL when the rule passes, with the rule’s explanation as the reason', () => {
    expect(
      decideQualification({
        stage: 'lead',
        enteredStageAt: ENTERED,
        score: score(true),
        playbook: PLAYBOOK,
        at: ENTERED,
      }),
    ).toEqual({
      to: 'mql',
      reason: 'MQL by perfil-e-engajamento: grade A meets B and engagement 60 reaches 50',
    });
  });

  it('leaves every stage alone when the rule does not pass', () => {
    for (const stage of STAGES) {
      expect(
        decideQualification({
          stage,
          enteredStageAt: ENTERED,
          score: score(false),
          playbook: PLAYBOOK,
          at: ENTERED + 100 * DAY_MS,
        }),
      ).toBeNull();
    }
  });

  it('never qualifies a lead that is already past lead, or disqualified', () => {
    for (const stage of ['mql', 'sql', 'opportunity', 'customer', 'disqualified'] as const) {
      expect(
        decideQualification({
          stage,
          enteredStageAt: ENTERED,
          score: score(true),
          playbook: PLAYBOOK,
          at: ENTERED,
        }),
      ).toBeNull();
    }
  });

  it('re-qualifies a nurture lead only once the 14-day cool-off is over', () => {
    const input = {
      stage: 'nurture' as const,
      enteredStageAt: ENTERED,
      score: score(true),
      playbook: PLAYBOOK,
    };
    expect(decideQualification({ ...input, at: ENTERED + 13 * DAY_MS })).toBeNull();
    expect(decideQualification({ ...input, at: ENTERED + 14 * DAY_MS - 1 })).toBeNull();
    expect(decideQualification({ ...input, at: ENTERED + 14 * DAY_MS })).toEqual({
      to: 'mql',
      reason:
        're-qualified from nurture after the 14-day cool-off: MQL by perfil-e-engajamento: grade A meets B and engagement 60 reaches 50',
    });
  });

  it('re-qualifies a nurture lead at once when the playbook has no cool-off', () => {
    const noCoolOff = { ...PLAYBOOK, lifecycle: { nurtureCoolOffDays: 0 } };
    expect(
      decideQualification({
        stage: 'nurture',
        enteredStageAt: ENTERED,
        score: score(true),
        playbook: noCoolOff,
        at: ENTERED,
      }),
    ).toMatchObject({ to: 'mql', reason: expect.stringMatching(/^re-qualified from nurture: MQL by/) });
  });
});

describe('coolOffEndsAt', () => {
  it('is the nurture entry time plus the cool-off days', () => {
    expect(coolOffEndsAt(PLAYBOOK, ENTERED)).toBe(ENTERED + 14 * DAY_MS);
  });
});

describe('re-qualification after nurture, end to end on pure functions', () => {
  /** Analyst at a software company in SP: grade C under the default playbook. */
  const gradeC: ScoringFacts = {
    lead: {
      email: 'ana@beta.com.br',
      name: 'Ana',
      jobTitle: 'Analista',
      phone: null,
      fields: {},
      firstTouch: null,
    },
    company: {
      domain: null,
      segment: 'software',
      size: null,
      employees: null,
      state: 'SP',
      region: null,
      country: null,
      fields: {},
    },
  };
  const demo = { id: 'demo-1', type: 'demo_request' as const, occurredAt: ENTERED - 5 * DAY_MS, props: {} };
  const rejectedAt = ENTERED;
  const decide = (events: (typeof demo)[], at: number) =>
    decideQualification({
      stage: 'nurture',
      enteredStageAt: rejectedAt,
      // The caller passes the nurture entry time so the demo request that made the first MQL is not reused.
      score: scoreLead(PLAYBOOK, gradeC, events, at, { handRaiseSince: rejectedAt }),
      playbook: PLAYBOOK,
      at,
    });

  it('does not send a lead back to MQL on the hand-raise that was already rejected', () => {
    expect(decide([demo], rejectedAt + 30 * DAY_MS)).toBeNull();
  });

  it('waits out the cool-off for a new hand-raise, then makes the lead MQL again', () => {
    const again = { ...demo, id: 'demo-2', occurredAt: rejectedAt + 3 * DAY_MS };
    expect(decide([demo, again], again.occurredAt)).toBeNull();
    expect(decide([demo, again], rejectedAt + 14 * DAY_MS)).toMatchObject({
      to: 'mql',
      reason: expect.stringContaining('after the 14-day cool-off: MQL by mao-levantada'),
    });
  });
});
