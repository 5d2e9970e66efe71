import type { CompiledEngagementRule, CompiledPlaybook } from './compile-playbook.ts';
import { DAY_MS } from './decay.ts';
import type { ScoredEvent } from './scoring-facts.ts';

/** Engagement at one time as a range of cents that surely holds the exact score. */
export interface EngagementBounds {
  low: number;
  high: number;
}

interface RuleState {
  rule: CompiledEngagementRule;
  /** How this rule's points age: halving, expiring, or kept whole. */
  aging: 'halves' | 'expires' | 'whole';
  /** Rule total in cents at `at`, before its cap (floating for half-life decay). */
  value: number;
  at: number;
  /** Events counted so far: each may be off by half a cent from `scoreLead`'s rounding… */
  count: number;
  /** …except those added at `at`, which are worth their points exactly at that time. */
  freshCount: number;
  /** With `expire`, the times of the events counted, oldest first, and the first still alive. */
  window: number[];
  windowStart: number;
}

/**
 * Engagement replayed forward in time in O(rules) per step, for `firstQualification`.
 * `scoreLead` rounds each event's decayed points to the cent; the replay keeps exact
 * sums and so reports bounds (half a cent per decayed event, tightened by caps) that
 * always contain `scoreLead`'s figure. Without half-life decay the bounds are equal.
 * (A class with module-level helpers: no closures are created per lead or per step.)
 *
 * @example const replay = new EngagementReplay(compilePlaybook(playbook)); replay.add(e); replay.boundsAt(e.occurredAt)
 */
export class EngagementReplay {
  private readonly states: RuleState[];
  /** Half-life or expiry window in ms; Infinity without decay. */
  private readonly spanMs: number;

  constructor(private readonly compiled: CompiledPlaybook) {
    const { decay } = compiled;
    this.spanMs = decay.mode === 'none' ? Number.POSITIVE_INFINITY : decay.days * DAY_MS;
    this.states = compiled.engagement.map((rule) => ({
      rule,
      aging:
        !rule.rule.decays || decay.mode === 'none'
          ? 'whole'
          : decay.mode === 'half_life'
            ? 'halves'
            : 'expires',
      value: 0,
      at: 0,
      count: 0,
      freshCount: 0,
      window: [],
      windowStart: 0,
    }));
  }

  /** Adds one event (those that match no rule are ignored); times must not go backwards. */
  add(event: ScoredEvent): void {
    for (const rule of this.compiled.byEvent.get(event.type) ?? []) {
      const state = this.states[rule.index];
      if (!state || !rule.conditions.every(({ read, matches }) => matches(read(event.props)))) {
        continue;
      }
      const t = event.occurredAt;
      const once = rule.rule.repeat === 'once';
      if (state.aging === 'expires') {
        state.window.push(t);
      } else if (once) {
        state.value = rule.cents;
      } else if (state.aging === 'halves') {
        state.value = halved(state.value, t - state.at, this.spanMs) + rule.cents;
      } else {
        state.value += rule.cents;
      }
      state.freshCount = once ? 1 : t === state.at ? state.freshCount + 1 : 1;
      state.at = t;
      state.count = once ? 1 : state.count + 1;
    }
  }

  /** Engagement at `t` (not before the last added event) as bounds around the exact score. */
  boundsAt(t: number): EngagementBounds {
    let low = 0;
    let high = 0;
    for (const state of this.states) {
      if (state.count === 0) {
        continue;
      }
      const capCents = state.rule.capCents ?? Number.POSITIVE_INFINITY;
      if (state.aging === 'halves') {
        const value = halved(state.value, t - state.at, this.spanMs);
        // Each older event rounds by at most half a cent, and never by more than its own value.
        const fresh = t === state.at ? state.freshCount : 0;
        const older = state.count - fresh;
        const slack =
          older === 0 ? 0 : Math.min(0.5 * older, Math.abs(value - fresh * state.rule.cents)) + 1e-6;
        low += clamp(value - slack, capCents);
        high += clamp(value + slack, capCents);
      } else {
        const value = state.aging === 'expires' ? alive(state, t, this.spanMs) : state.value;
        low += clamp(value, capCents);
        high += clamp(value, capCents);
      }
    }
    const total = this.compiled.totalCapCents ?? Number.POSITIVE_INFINITY;
    return { low: Math.min(low, total), high: Math.min(high, total) };
  }
}

const halved = (cents: number, elapsedMs: number, halfLifeMs: number): number =>
  cents * 0.5 ** (elapsedMs / halfLifeMs);

const clamp = (cents: number, cap: number): number => Math.max(-cap, Math.min(cap, cents));

/** Cents of the events still inside the expiry window at `t` (age ≤ the window, as `decayFactor`). */
function alive(state: RuleState, t: number, windowMs: number): number {
  const { window } = state;
  while (state.windowStart < window.length && t - (window[state.windowStart] ?? t) > windowMs) {
    state.windowStart += 1;
  }
  const count = window.length - state.windowStart;
  return (state.rule.rule.repeat === 'once' ? Math.min(count, 1) : count) * state.rule.cents;
}
