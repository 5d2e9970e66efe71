import type { Command } from 'commander';
import { createToken } from '../../access/create-token.ts';
import { ROLES, type Role } from '../../access/role.ts';
import { CliError, type CliIo, withSystem } from '../io.ts';

export const parseRole = (value: string): Role => {
  if (!(ROLES as readonly string[]).includes(value)) {
    throw new CliError(`Unknown role "${value}": use one of ${ROLES.join(', ')}.`);
  }
  return value as Role;
};

export function tokenCommands(program: Command, io: CliIo): void {
  const token = program.command('token').description('API tokens (bearer tokens for /api/v1)');
  token
    .command('create')
    .description('create an API token; the token is printed once, alone on the last line')
    .requiredOption('--name <name>', 'what the token is for, e.g. "website" or "rd-station"')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--user <email>', 'act as this user (for a person’s own token)')
    .action(async (options: { name: string; role: string; user?: string }) => {
      const role = parseRole(options.role);
      const name = options.name.trim();
      if (name === '') {
        throw new CliError('--name must not be empty.');
      }
      const { secret, token: created } = await withSystem(io, (system) =>
        system.stores.transaction((stores) =>
          createToken(stores, { name, role, userEmail: options.user }, system.clock.now()),
        ),
      );
      io.err(`Created token "${created.name}" (role ${created.role}). Store it now: it is not shown again.`);
      io.out(secret);
    });
}
