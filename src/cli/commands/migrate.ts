import type { Command } from 'commander';
import { type CliIo, withSystem } from '../io.ts';

export function migrateCommand(program: Command, io: CliIo): void {
  program
    .command('migrate')
    .description('apply pending database migrations (start does this too)')
    .action(async () => {
      await withSystem(io, async (system) => {
        io.out(`Database is up to date (${system.engine}: ${system.databaseLocation}).`);
      });
    });
}
