import type { Transactor } from '../kernel/transactor.ts';
import type { EvaluateStores } from '../lifecycle/evaluate-lead.ts';
import type { LifecycleHooks } from '../lifecycle/lifecycle-hooks.ts';
import type { PlaybookVersion } from '../playbook/playbook-store.ts';
import { type RescoreProgress, rescoreAll } from './rescore-all.ts';

/**
 * Runs at most one rescore at a time inside the server process, after a new playbook
 * version is applied (and at start, to finish one a restart interrupted). A newer
 * version stops the running pass and starts its own.
 */
export class BackgroundRescore<S extends EvaluateStores> {
  private progress: RescoreProgress | null = null;
  private running: Promise<RescoreProgress> | null = null;
  private wanted: { playbook: PlaybookVersion; requalify: boolean } | null = null;
  private stopped = false;

  constructor(
    private readonly deps: {
      db: Transactor<S>;
      read: S;
      hooks: Pick<LifecycleHooks<S>, 'run'>;
      now: () => number;
      onError: (error: unknown) => void;
    },
  ) {}

  /** Starts rescoring under `playbook`; resolves when that pass ends (or is superseded). */
  start(playbook: PlaybookVersion, options: { requalify?: boolean } = {}): Promise<RescoreProgress | null> {
    if (this.stopped) {
      return Promise.resolve(null);
    }
    this.wanted = { playbook, requalify: options.requalify ?? false };
    this.running ??= this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  status(): RescoreProgress | null {
    return this.progress === null ? null : { ...this.progress };
  }

  /** Resolves when no pass is running. */
  async idle(): Promise<void> {
    while (this.running) {
      await this.running;
    }
  }

  /** Ends the running pass after its current batch (shutdown); the next start resumes it. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wanted = null;
    await this.idle();
  }

  private async loop(): Promise<RescoreProgress> {
    let last: RescoreProgress | null = null;
    while (this.wanted) {
      const { playbook, requalify } = this.wanted;
      this.wanted = null;
      try {
        last = await rescoreAll(this.deps, playbook, {
          requalify,
          onProgress: (p) => {
            this.progress = { ...p };
          },
          shouldStop: () => this.stopped || this.wanted !== null,
        });
      } catch (error) {
        this.deps.onError(error);
      }
    }
    return last ?? (this.progress as RescoreProgress);
  }
}
