import type { LeadEvent } from '../events/event.ts';
import type { Company, Lead } from '../leads/lead.ts';
import type { Grade } from '../playbook/playbook-schema.ts';

export type { Grade };

/** What fit rules read: the lead and its company (null when none was matched). */
export interface ScoringFacts {
  lead: Pick<Lead, 'email' | 'name' | 'jobTitle' | 'phone' | 'fields' | 'firstTouch'>;
  company: Pick<
    Company,
    'domain' | 'segment' | 'size' | 'employees' | 'state' | 'region' | 'country' | 'fields'
  > | null;
}

/** What engagement rules read from the timeline. */
export type ScoredEvent = Pick<LeadEvent, 'id' | 'type' | 'occurredAt' | 'props'>;

/**
 * One line of a score's explanation. `points` are the rule's points; `decayedPoints`
 * what they are worth at the scoring time. A `cap` line holds the (negative) amount a
 * cap cut, so that the lines of a kind add up to the score.
 */
export interface Contribution {
  rule: string;
  kind: 'fit' | 'engagement' | 'cap';
  points: number;
  decayedPoints: number;
  eventId?: string;
  note?: string;
}

export interface ScoreResult {
  fit: number;
  grade: Grade;
  engagement: number;
  mqlRule: { passed: boolean; why: string; condition: string | null };
  contributions: Contribution[];
}
