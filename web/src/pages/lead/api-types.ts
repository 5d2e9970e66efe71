/**
 * The API's answers as the rep's screens read them (the server's zod schemas are the
 * truth: src/http/leads/lead.schemas.ts, src/http/relay/relay.schemas.ts, sla-routes.ts,
 * get-score.ts, get-timeline.ts). Times are ISO 8601 strings.
 */

import type { ActivityChannel, ActivityOutcome } from '../../../../src/handoff/activity.ts';
import type { Grade, Stage } from '../../../../src/leads/lead.ts';

export {
  type ActivityChannel,
  type ActivityOutcome,
  OUTCOMES_BY_CHANNEL,
} from '../../../../src/handoff/activity.ts';
export { GRADES, type Grade, STAGES, type Stage } from '../../../../src/leads/lead.ts';

export interface Localized {
  'pt-BR': string;
  en: string;
}

export interface Touch {
  channel: string | null;
  campaign: string | null;
  medium: string | null;
  landingPage: string | null;
  referrer: string | null;
  at: string;
}

export interface Company {
  id: string;
  domain: string | null;
  name: string | null;
  segment: string | null;
  size: string | null;
  employees: number | null;
  region: string | null;
  state: string | null;
  country: string | null;
}

export interface Lead {
  id: string;
  email: string | null;
  name: string | null;
  phone: string | null;
  phoneE164: string | null;
  jobTitle: string | null;
  stage: Stage;
  stageEnteredAt: string;
  score: { fit: number; grade: Grade; engagement: number; playbookVersion: number; scoredAt: string } | null;
  ownerId: string | null;
  queue: string | null;
  assignedAt: string | null;
  companyId: string | null;
  companyName: string | null;
  company?: Company | null;
  firstTouch: Touch | null;
  lastTouch: Touch | null;
  consent: { basis: string; givenAt: string } | null;
  fields: Record<string, unknown>;
  createdAt: string;
}

export type ClockKind = 'first_touch' | 'attempts' | 'decision';
export type ClockStatus = 'met' | 'breached' | 'warning' | 'running' | 'stopped';

export interface SlaClock {
  id: string;
  kind: ClockKind;
  ownerId: string | null;
  startedAt: string;
  dueAt: string;
  metAt: string | null;
  breachedAt: string | null;
  stoppedAt: string | null;
  stopReason: string | null;
  status: ClockStatus;
  metInTime: boolean | null;
  businessMinutesLeft: number | null;
  runningForMinutes: number | null;
}

export interface CadenceTask {
  step: number;
  day: number;
  channel: 'call' | 'whatsapp' | 'email';
  label: Localized;
  dueAt: string;
  status: 'done' | 'overdue' | 'open';
}

export interface Assignment {
  id: string;
  userId: string | null;
  userName: string | null;
  queue: string | null;
  ruleId: string;
  candidates: Array<{
    userId: string;
    name: string | null;
    ruleId: string;
    eligible: boolean;
    reason?: string;
  }>;
  at: string;
  actor: string;
}

export interface LeadSla {
  clocks: SlaClock[];
  attempts: { made: number; needed: number };
  tasks: CadenceTask[];
  assignment: Assignment | null;
  whatsappLink: string | null;
}

/** An answer with the moment it arrived (`performance.now()`), for live countdowns. */
export type Received<T> = T & { receivedAt: number };

export interface QueueItem {
  lead: Lead;
  sla: LeadSla;
  urgency: { breachedAt: string | null; dueAt: string | null };
}

export interface Activity {
  id: string;
  actor: string;
  channel: ActivityChannel;
  outcome: ActivityOutcome;
  occurredAt: string;
  note: string | null;
  objection: string | null;
  durationSeconds: number | null;
}

export interface Transition {
  id: string;
  from: Stage | null;
  to: Stage;
  at: string;
  actor: string;
  reason: string;
}

export interface LeadEvent {
  id: string;
  type: string;
  occurredAt: string;
  props: Record<string, unknown>;
}

export type TimelineEntry =
  | { kind: 'event'; at: string; id: string; event: LeadEvent }
  | { kind: 'transition'; at: string; id: string; transition: Transition }
  | { kind: 'activity'; at: string; id: string; activity: Activity };

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ScoreExplanation {
  asOf: string;
  playbookVersion: number;
  fit: number;
  grade: Grade;
  engagement: number;
  mqlRule: {
    passed: boolean;
    why: string;
    condition: string | null;
    conditions: Array<{ id: string; label: Localized | null; rule: Localized; passed: boolean }>;
  };
  contributions: Array<{
    rule: string;
    kind: 'fit' | 'engagement' | 'cap';
    points: number;
    decayedPoints: number;
    eventId?: string;
    note?: string;
    label: Localized | null;
    occurredAt?: string;
  }>;
}

export interface Deal {
  id: string;
  name: string | null;
  amount: number;
  currency: string;
  status: string;
  createdAt: string;
  closedAt: string | null;
  lostReason: string | null;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: string;
  isActive: boolean;
  team: string | null;
}

/** The parts of the playbook these screens read (`GET /api/v1/playbook`). */
export interface PlaybookDoc {
  version: number;
  playbook: {
    stages: Record<Stage, { label: Localized; definition: Localized }>;
    rejectionReasons: Array<{ code: string; label: Localized; to: 'nurture' | 'disqualified' }>;
    routing: { rules: Array<{ id: string; label?: string | Localized }> };
    fit: { grades: { A: number; B: number; C: number } };
    sla: Record<'firstTouch' | 'attempts' | 'decision', { warnBeforeMinutes: number | null }>;
  };
}
