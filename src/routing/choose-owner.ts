import { foldText } from '../scoring/fold-text.ts';
import type { ScoringFacts } from '../scoring/scoring-facts.ts';
import { compileRouting } from './compile-routing.ts';
import {
  ACCOUNT_OWNER_RULE,
  FALLBACK_RULE,
  type RoutingConfig,
  type RoutingTarget,
  UNASSIGNED_QUEUE,
} from './routing-schema.ts';
import {
  type AvailabilityChecks,
  isAvailable,
  type TeamMember,
  type UnavailableReason,
} from './team-member.ts';
import { pickRoundRobin } from './weighted-round-robin.ts';

/** A user a rule looked at, and why they could not take the lead. */
export interface RoutingCandidate {
  userId: string;
  /** The rule that considered them (`account_owner`, a rule id, `fallback`). */
  ruleId: string;
  eligible: boolean;
  reason?: UnavailableReason | 'unknown_user' | 'other_region' | 'excluded';
}

export type RoutingDecision =
  | {
      ok: true;
      userId: string;
      ruleId: string;
      candidates: RoutingCandidate[];
      /** Increments to add to the stored round-robin counters (empty for a direct assignment). */
      counterUpdates: Record<string, number>;
    }
  | {
      ok: false;
      ruleId: typeof FALLBACK_RULE;
      queue: string;
      reason: 'no_rule_matched' | 'no_eligible_member';
      candidates: RoutingCandidate[];
    };

export interface RoutingInput {
  routing: RoutingConfig;
  facts: ScoringFacts;
  /** The company's owner (the account owner), if the lead's company has one. */
  accountOwnerId: string | null;
  members: readonly TeamMember[];
  /** Round-robin counters as stored, by `${team}:${userId}`; a missing key is 0. */
  counters: Readonly<Record<string, number>>;
  now: number;
  /** Users who must not get the lead (the owner who breached, on reassignment). */
  excludeUserIds?: readonly string[];
}

/**
 * Who gets a lead: the account owner if available, else the first rule whose conditions
 * hold and whose target can take it (a named user who is unavailable, or a team with
 * nobody available, falls through to the next rule), else the fallback. Every user looked
 * at is listed in `candidates` with the rule and the reason they were passed over.
 *
 * @example
 * chooseOwner({ routing, facts, accountOwnerId: null, members, counters: {}, now })
 * // { ok: true, userId: 'u-ana', ruleId: 'sul', candidates: [...], counterUpdates: { 'sul:u-ana': 1 } }
 */
export function chooseOwner(input: RoutingInput): RoutingDecision {
  const { routing, facts, members, now } = input;
  const candidates: RoutingCandidate[] = [];
  const excluded = new Set(input.excludeUserIds ?? []);
  const consider = (member: TeamMember, ruleId: string, checks: AvailabilityChecks): boolean => {
    if (excluded.has(member.userId)) {
      candidates.push({ userId: member.userId, ruleId, eligible: false, reason: 'excluded' });
      return false;
    }
    const availability = isAvailable(member, now, checks);
    candidates.push(
      availability.ok
        ? { userId: member.userId, ruleId, eligible: true }
        : { userId: member.userId, ruleId, eligible: false, reason: availability.reason },
    );
    return availability.ok;
  };
  const assigned = (userId: string, ruleId: string, counterUpdates: Record<string, number> = {}) =>
    ({ ok: true, userId, ruleId, candidates, counterUpdates }) as const;

  const assignTo = (target: RoutingTarget, ruleId: string): RoutingDecision | null => {
    if ('user' in target) {
      const member = members.find((one) => one.email.toLowerCase() === target.user);
      if (!member) {
        candidates.push({ userId: target.user, ruleId, eligible: false, reason: 'unknown_user' });
        return null;
      }
      return consider(member, ruleId, { weight: false }) ? assigned(member.userId, ruleId) : null;
    }
    const regions = target.matchRegion ? leadRegions(facts) : null;
    const eligible = members
      .filter((member) => member.team === target.team)
      .sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0))
      .filter((member) => {
        if (regions && !member.regions.some((region) => regions.has(foldText(region)))) {
          candidates.push({ userId: member.userId, ruleId, eligible: false, reason: 'other_region' });
          return false;
        }
        return consider(member, ruleId, {});
      });
    const pick = pickRoundRobin(target.team, eligible, input.counters);
    return pick ? assigned(pick.userId, ruleId, { [pick.key]: pick.increment }) : null;
  };

  if (routing.accountOwnerFirst && input.accountOwnerId !== null) {
    const owner = members.find((member) => member.userId === input.accountOwnerId);
    if (!owner) {
      candidates.push({
        userId: input.accountOwnerId,
        ruleId: ACCOUNT_OWNER_RULE,
        eligible: false,
        reason: 'unknown_user',
      });
    } else if (consider(owner, ACCOUNT_OWNER_RULE, { capacity: false, weight: false })) {
      return assigned(owner.userId, ACCOUNT_OWNER_RULE);
    }
  }
  // A target was tried (even a team with no members): the lead found rules, not people.
  let triedTarget = false;
  for (const { rule, matches } of compileRouting(routing)) {
    if (matches(facts)) {
      triedTarget = true;
      const decision = assignTo(rule.assign, rule.id);
      if (decision) {
        return decision;
      }
    }
  }
  const { fallback } = routing;
  if ('team' in fallback) {
    triedTarget = true;
    const decision = assignTo(fallback, FALLBACK_RULE);
    if (decision) {
      return decision;
    }
  }
  return {
    ok: false,
    ruleId: FALLBACK_RULE,
    queue: 'queue' in fallback ? fallback.queue : UNASSIGNED_QUEUE,
    reason: triedTarget || candidates.length > 0 ? 'no_eligible_member' : 'no_rule_matched',
    candidates,
  };
}

/** The company's state and region, folded, for region-matched team rules. */
function leadRegions(facts: ScoringFacts): Set<string> {
  const values = [facts.company?.state, facts.company?.region].filter(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  return new Set(values.map(foldText));
}
