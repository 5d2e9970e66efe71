import { Command, CommanderError } from 'commander';
import { demoCommand } from './commands/demo.ts';
import { importCommand } from './commands/import.ts';
import { kpisCommand } from './commands/kpis.ts';
import { migrateCommand } from './commands/migrate.ts';
import { playbookCommands } from './commands/playbook.ts';
import { reportCommands } from './commands/report.ts';
import { scoringCommands } from './commands/scoring.ts';
import { startCommand } from './commands/start.ts';
import { tokenCommands } from './commands/token.ts';
import { userCommands } from './commands/user.ts';
import { type CliIo, describeFailure } from './io.ts';

export function buildProgram(io: CliIo): Command {
  const program = new Command('bastao')
    .description(
      'Bastão: the relay between Marketing and Sales. Configure with PORT, BASTAO_DATA_DIR, DATABASE_URL.',
    )
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  startCommand(program, io);
  migrateCommand(program, io);
  tokenCommands(program, io);
  userCommands(program, io);
  playbookCommands(program, io);
  scoringCommands(program, io);
  importCommand(program, io);
  kpisCommand(program, io);
  reportCommands(program, io);
  demoCommand(program, io);
  for (const command of program.commands) {
    command.exitOverride();
    for (const sub of command.commands) {
      sub.exitOverride();
    }
  }
  return program;
}

/** Runs the CLI; resolves to the exit code (0 ok, 1 failure, 2 usage). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    io.err(`bastao: ${describeFailure(error)}`);
    return 1;
  }
}
