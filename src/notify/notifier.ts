import type { Transactor } from '../kernel/transactor.ts';
import { deliverDue } from './deliver-due.ts';
import { type DispatchStores, dispatchOutbox } from './dispatch-outbox.ts';
import type { SendDelivery } from './send-delivery.ts';

export interface NotifierDeps {
  db: Transactor<DispatchStores>;
  send: SendDelivery;
  now: () => number;
  /** Whether SMTP is configured: owners are e-mailed only then. */
  isEmailEnabled: boolean;
  timeZone?: string;
  /** Failures of a background tick (the next tick tries again), and outbox messages set aside as unsendable. */
  onError: (error: unknown) => void;
  /** Outbox messages and deliveries taken per transaction (default 50). */
  batchSize?: number;
  random?: () => number;
}

export interface TickReport {
  /** Outbox messages turned into deliveries. */
  dispatched: number;
  delivered: number;
  failed: number;
  /** Attempts that failed and were scheduled again. */
  retried: number;
}

/** Batches a tick takes at most per step, so that one tick stays short under a backlog. */
const MAX_BATCHES_PER_TICK = 10;

/**
 * Moves notifications out: each tick dispatches pending outbox messages into deliveries
 * and sends the deliveries that are due. Ticks never overlap: a `tick()` called while
 * one runs waits for it. `start` runs ticks in the background, each `intervalMs` after
 * the previous one ended, on a timer that does not keep the process alive.
 *
 * @example const notifier = new Notifier({ db: stores, send, now: () => clock.now(), isEmailEnabled: false, onError }); await notifier.tick()
 */
export class Notifier {
  private last: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private isRunning = false;

  constructor(private readonly deps: NotifierDeps) {}

  tick(): Promise<TickReport> {
    const next = this.last.then(
      () => this.runOnce(),
      () => this.runOnce(),
    );
    this.last = next.catch(() => {});
    return next;
  }

  /** Ticks every `intervalMs` in the background until `stop`. */
  start(intervalMs: number): void {
    if (this.isRunning) {
      return;
    }
    this.isRunning = true;
    this.schedule(intervalMs);
  }

  /** Stops the background ticks and waits for a running tick to end. */
  async stop(): Promise<void> {
    this.isRunning = false;
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.last;
  }

  private schedule(intervalMs: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.tick()
        .catch(this.deps.onError)
        .finally(() => {
          if (this.isRunning) {
            this.schedule(intervalMs);
          }
        });
    }, intervalMs);
    this.timer.unref();
  }

  private async runOnce(): Promise<TickReport> {
    const limit = this.deps.batchSize ?? 50;
    const report: TickReport = { dispatched: 0, delivered: 0, failed: 0, retried: 0 };
    for (let batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
      const { messages } = await dispatchOutbox(this.deps.db, {
        now: this.deps.now(),
        limit,
        isEmailEnabled: this.deps.isEmailEnabled,
        ...(this.deps.timeZone ? { timeZone: this.deps.timeZone } : {}),
        onUnsendable: (message, error) =>
          this.deps.onError(
            new Error(`outbox message ${message.id} (${message.event.type}) was not sent`, { cause: error }),
          ),
      });
      report.dispatched += messages;
      if (messages < limit) {
        break;
      }
    }
    for (let batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
      const sent = await deliverDue(
        {
          db: this.deps.db,
          send: this.deps.send,
          now: this.deps.now,
          ...(this.deps.random ? { random: this.deps.random } : {}),
        },
        limit,
      );
      report.delivered += sent.delivered;
      report.failed += sent.failed;
      report.retried += sent.retried;
      if (sent.claimed < limit) {
        break;
      }
    }
    return report;
  }
}
