import { newId } from '../../kernel/ids.ts';
import type { ImportSummary } from '../../revenue/imports/import-summary.ts';
import { ownerDirectory } from '../../revenue/imports/owner-directory.ts';
import type { ImportJob } from '../../revenue/imports/plan-import.ts';
import { runImportJob } from '../../revenue/imports/run-import-job.ts';
import type { System } from '../../system.ts';

export const IMPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** One file of an import as it runs: rows done of total, then what it did. */
export interface ImportFileState {
  file: string;
  kind: string;
  /** Rows of the file, those the parser refused included. */
  total: number;
  done: number;
  summary: ImportSummary | null;
}

/** An import started from the web app or the API, kept in this process's memory. */
export interface ImportJobState {
  id: string;
  format: string;
  csvType: string | null;
  createdBy: string;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  status: ImportStatus;
  files: ImportFileState[];
  /** Why the import stopped early (the rows already applied stay: re-running completes it). */
  error: string | null;
}

/** Finished imports kept for `GET /api/v1/imports`; older ones are forgotten. */
const KEPT_FINISHED = 50;

class ImportStopped extends Error {}

/**
 * The imports of this server process: queued, then run one at a time in the background
 * (each file in batches of one transaction, as `bastao import` does), with progress
 * after every batch. In memory only: after a restart the list starts empty, and an
 * import cut short is completed by uploading the same file again (imports are
 * idempotent).
 */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJobState>();
  private readonly planned = new Map<string, ImportJob[]>();
  private readonly finished = new Map<string, Promise<void>>();
  private readonly settle = new Map<string, () => void>();
  private queue: Promise<void> = Promise.resolve();
  private isStopping = false;

  constructor(private readonly system: System) {}

  /** Queues planned files (already parsed, so a bad file never gets here). */
  enqueue(
    planned: ImportJob[],
    meta: { format: string; csvType: string | null; createdBy: string },
  ): ImportJobState {
    const job: ImportJobState = {
      id: newId(),
      ...meta,
      createdAt: this.system.clock.now(),
      startedAt: null,
      finishedAt: null,
      status: 'queued',
      files: planned.map((p) => ({
        file: p.file,
        kind: p.kind,
        total: p.records.length + p.problems.length,
        done: 0,
        summary: null,
      })),
      error: null,
    };
    this.jobs.set(job.id, job);
    this.planned.set(job.id, planned);
    this.finished.set(job.id, new Promise((resolve) => this.settle.set(job.id, resolve)));
    this.queue = this.queue.then(() => this.run(job));
    this.forgetOldest();
    return job;
  }

  get(id: string): ImportJobState | undefined {
    return this.jobs.get(id);
  }

  /** Newest first. */
  list(): ImportJobState[] {
    return [...this.jobs.values()].reverse();
  }

  /** Resolves when the import ends or after `ms`, whichever comes first. */
  async waitFor(id: string, ms: number): Promise<void> {
    const done = this.finished.get(id);
    if (!done || ms <= 0) {
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([done, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
  }

  /** Server shutdown: the running import stops after its current batch; queued ones never start. */
  async stop(): Promise<void> {
    this.isStopping = true;
    await this.queue;
  }

  private async run(job: ImportJobState): Promise<void> {
    const planned = this.planned.get(job.id) ?? [];
    this.planned.delete(job.id);
    try {
      if (this.isStopping) {
        throw new ImportStopped('the server stopped before this import started');
      }
      job.status = 'running';
      job.startedAt = this.system.clock.now();
      const context = {
        playbook: await this.system.playbook(),
        hooks: this.system.hooks,
        actor: `import:${job.format}`,
        ownerIdFor: ownerDirectory(await this.system.stores.access.listUsers()),
        timeZone: this.system.config.timeZone,
        now: this.system.clock.now(),
      };
      for (const [i, file] of planned.entries()) {
        const state = job.files[i] as ImportFileState;
        const refused = file.problems.length;
        state.done = refused;
        state.summary = await runImportJob(this.system.stores, context, file, (done) => {
          state.done = refused + done;
          if (this.isStopping) {
            throw new ImportStopped(`the server stopped after ${state.done} rows of ${file.file}`);
          }
        });
        state.done = state.total;
      }
      job.status = 'done';
    } catch (error) {
      job.status = 'failed';
      job.error = error instanceof Error ? error.message : String(error);
      if (!(error instanceof ImportStopped)) {
        this.system.logger.error({ err: error, importId: job.id }, 'import failed');
      }
    } finally {
      job.finishedAt = this.system.clock.now();
      this.settle.get(job.id)?.();
      this.settle.delete(job.id);
    }
  }

  private forgetOldest(): void {
    const ended = [...this.jobs.values()].filter((j) => j.status === 'done' || j.status === 'failed');
    for (const job of ended.slice(0, Math.max(0, ended.length - KEPT_FINISHED))) {
      this.jobs.delete(job.id);
      this.finished.delete(job.id);
    }
  }
}
