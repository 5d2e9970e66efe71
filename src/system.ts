import { sql } from 'kysely';
import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';
import { relayHook } from './handoff/relay-hook.ts';
import { AppError } from './kernel/app-error.ts';
import { type Clock, systemClock } from './kernel/clock.ts';
import { LifecycleHooks } from './lifecycle/lifecycle-hooks.ts';
import { Notifier } from './notify/notifier.ts';
import { routeByChannel } from './notify/send-delivery.ts';
import { createEmailSender } from './notify/send-email.ts';
import { createWebhookSender } from './notify/send-webhook.ts';
import { applyPlaybook } from './playbook/apply-playbook.ts';
import { DEFAULT_PLAYBOOK_SOURCE } from './playbook/default-playbook.ts';
import { PlaybookCache } from './playbook/playbook-cache.ts';
import type { PlaybookVersion } from './playbook/playbook-store.ts';
import { BackgroundRescore } from './scoring/background-rescore.ts';
import { openDatabase } from './storage/connect.ts';
import type { Engine } from './storage/dialect.ts';
import { migrateToLatest } from './storage/migrate.ts';
import { type StoreAccess, type Stores, storeAccess } from './storage/stores.ts';

/**
 * The running product's dependencies as one plain object (no container): what the
 * HTTP server, the CLI and the tests share. Built by `openSystem`, released by `close`.
 */
export interface System {
  config: Config;
  engine: Engine;
  databaseLocation: string;
  stores: StoreAccess;
  /** In-transaction subscribers to stage changes (routing and SLA hang on `mql`). */
  hooks: LifecycleHooks<Stores>;
  /** The playbook in force, cached per version. */
  playbook(): Promise<PlaybookVersion>;
  /** Rescoring after a playbook change, off the request path. */
  rescore: BackgroundRescore<Stores>;
  /** Sends the outbox out (webhooks, e-mail); `start` runs it, tests call `tick()`. */
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface SystemOverrides {
  clock?: Clock;
  logger?: Logger;
}

/** Opens the database, applies pending migrations, and wires the stores. */
export async function openSystem(config: Config, overrides: SystemOverrides = {}): Promise<System> {
  const logger = overrides.logger ?? createLogger(config);
  const handle = openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    sqliteSync: config.sqliteSync,
    onIdleError: (error) =>
      logger.warn({ err: error }, 'an idle database connection was closed; it will be reopened'),
  });
  const clock = overrides.clock ?? systemClock;
  const stores = storeAccess(handle.engine, handle.db, clock);
  try {
    const { applied } = await migrateToLatest(handle.db);
    if (applied.length > 0) {
      logger.info({ applied }, 'database migrated');
    }
    await ensurePlaybook(stores, clock, logger);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const cache = new PlaybookCache();
  const hooks = new LifecycleHooks<Stores>();
  hooks.on(relayHook);
  const rescore = new BackgroundRescore<Stores>({
    db: stores,
    read: stores,
    hooks,
    now: () => clock.now(),
    onError: (error) => logger.error({ err: error }, 'rescore failed; it resumes at the next start'),
  });
  const notify = createNotifier(config, stores, clock, logger);
  return {
    config,
    engine: handle.engine,
    databaseLocation: handle.location,
    stores,
    hooks,
    playbook: () => cache.current(stores.playbooks),
    rescore,
    notifier: notify.notifier,
    clock,
    logger,
    ping: async () => {
      await sql`select 1`.execute(handle.db);
    },
    close: async () => {
      await rescore.stop();
      await notify.close();
      await handle.close();
    },
  };
}

/** The notifier with the real senders: `fetch` for webhooks, SMTP for e-mail when configured. */
function createNotifier(
  config: Config,
  stores: StoreAccess,
  clock: Clock,
  logger: Logger,
): { notifier: Notifier; close(): Promise<void> } {
  const email = config.smtpUrl ? createEmailSender({ smtpUrl: config.smtpUrl, from: config.mailFrom }) : null;
  const notifier = new Notifier({
    db: stores,
    send: routeByChannel({ webhook: createWebhookSender(), email: email?.send ?? null }),
    now: () => clock.now(),
    isEmailEnabled: email !== null,
    timeZone: config.timeZone,
    onError: (error) => logger.error({ err: error }, 'notifier tick failed; the next tick retries'),
  });
  return {
    notifier,
    close: async () => {
      await notifier.stop();
      email?.close();
    },
  };
}

/** First start: apply the shipped default playbook so scoring works out of the box. */
async function ensurePlaybook(stores: StoreAccess, clock: Clock, logger: Logger): Promise<void> {
  if ((await stores.playbooks.currentVersion()) !== undefined) {
    return;
  }
  try {
    await stores.transaction((s) =>
      applyPlaybook(
        s,
        { source: DEFAULT_PLAYBOOK_SOURCE },
        { actor: 'system', note: 'Default playbook' },
        clock.now(),
      ),
    );
    logger.info('applied the default playbook as version 1');
  } catch (error) {
    // Another process starting at the same time applied it first: that is the same outcome.
    if (!(error instanceof AppError && error.code === 'conflict')) {
      throw error;
    }
  }
}

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  const pretty = process.stdout.isTTY && config.logLevel !== 'silent';
  return pino({
    level: config.logLevel,
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
          },
        }
      : {}),
  });
}
