import type { Lead } from '../leads/lead.ts';
import type { PlaybookVersion } from '../playbook/playbook-store.ts';
import type { Transition } from './lifecycle.ts';

/** A stage change just recorded, inside the transaction that recorded it. */
export interface TransitionRecorded {
  lead: Lead;
  transition: Transition;
  /**
   * False for history (imports, backfills): hooks record what happened but must not
   * route, start clocks or notify anyone about a year-old MQL.
   */
  live: boolean;
  /** The playbook in force for this change (hooks run inside the transaction: read nothing outside it). */
  playbook: PlaybookVersion;
  /** The time of the request (the transition's `at` may be earlier). */
  now: number;
}

export type TransitionHook<S> = (stores: S, event: TransitionRecorded) => Promise<void>;

/**
 * The in-process domain event "a lead changed stage". Hooks run inside the same
 * transaction as the change, so what they write (an owner, SLA clocks, an outbox row)
 * commits with it or not at all. Routing and SLA subscribe to `mql` here.
 */
export class LifecycleHooks<S> {
  private readonly hooks: TransitionHook<S>[] = [];

  on(hook: TransitionHook<S>): void {
    this.hooks.push(hook);
  }

  async run(stores: S, event: TransitionRecorded): Promise<void> {
    for (const hook of this.hooks) {
      await hook(stores, event);
    }
  }
}
