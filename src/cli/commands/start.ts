import type { Command } from 'commander';
import { createToken } from '../../access/create-token.ts';
import { loadConfig } from '../../config.ts';
import { buildServer } from '../../http/server.ts';
import { repeat } from '../../kernel/repeat.ts';
import { sweepClocks } from '../../sla/sweep-clocks.ts';
import { openSystem, type System } from '../../system.ts';
import type { CliIo } from '../io.ts';
import { loadDemoIfEmpty } from './demo.ts';

/** How often the notifier looks for outbox messages and due deliveries, in ms. */
const NOTIFY_INTERVAL_MS = 1000;
/** How often SLA clocks are swept for warnings and breaches, in ms: alerts are at most this late. */
const SWEEP_INTERVAL_MS = 5000;

export function startCommand(program: Command, io: CliIo): void {
  program
    .command('start')
    .description('serve the API (and the UI) on PORT, default 3000')
    .option('--demo', 'on an empty database, load the demo workspace first (`npm start` does this)')
    .action(async (options: { demo?: boolean }) => {
      const system = await openSystem(loadConfig(io.env));
      if (options.demo) {
        await loadDemoIfEmpty(system, io).catch(async (error: unknown) => {
          await system.close();
          throw error;
        });
      }
      const app = await buildServer(system);
      let stopSweeping = async () => {};
      const shutdown = async (signal: string) => {
        system.logger.info({ signal }, 'shutting down');
        await stopSweeping();
        await app.close();
        await system.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      await app.listen({ port: system.config.port, host: system.config.host });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : system.config.port;
      const base = system.config.publicUrl ?? `http://localhost:${port}`;
      system.logger.info(
        `Bastão is running at ${base}  (API docs: ${base}/api/docs, data: ${system.engine} ${system.databaseLocation})`,
      );
      await bootstrapAdmin(system, io);
      await resumeRescore(system);
      // Webhooks and e-mails leave from the outbox; `system.close()` stops this.
      system.notifier.start(NOTIFY_INTERVAL_MS);
      stopSweeping = repeat(
        SWEEP_INTERVAL_MS,
        async () => sweepClocks(system.stores, await system.playbook(), system.clock.now()),
        (error) => system.logger.error({ err: error }, 'SLA sweep failed; the next one retries'),
      );
    });
}

/** A rescore cut short by a restart (or a version applied by the CLI) finishes here. */
async function resumeRescore(system: System): Promise<void> {
  const playbook = await system.playbook();
  const stale = await system.stores.leads.countStale(playbook.version);
  if (stale > 0) {
    system.logger.info({ stale, version: playbook.version }, 'rescoring leads under the playbook in force');
    void system.rescore.start(playbook);
  }
}

/**
 * First run: with no users and no tokens nobody could call the API, so create an admin
 * token and print it once. Later runs print nothing.
 */
async function bootstrapAdmin(system: System, io: CliIo): Promise<void> {
  const { users, tokens } = await system.stores.access.countUsersAndTokens();
  if (users > 0 || tokens > 0) {
    return;
  }
  const { secret } = await system.stores.transaction((stores) =>
    createToken(stores, { name: 'bootstrap-admin', role: 'admin' }, system.clock.now()),
  );
  io.out(
    [
      '',
      '  First run: created an admin API token. It is shown only now — store it safely:',
      '',
      `    ${secret}`,
      '',
      '  Try it:  curl -H "Authorization: Bearer <token>" http://localhost:' +
        system.config.port +
        '/api/v1/leads',
      '  More tokens: npx bastao token create --name NAME --role admin|marketing|sales_manager|sales_rep',
      '',
    ].join('\n'),
  );
}
