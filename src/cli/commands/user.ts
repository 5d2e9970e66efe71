import type { Command } from 'commander';
import { createUser } from '../../access/create-user.ts';
import { ROLES } from '../../access/role.ts';
import { type CliIo, withSystem } from '../io.ts';
import { parseRole } from './token.ts';

export function userCommands(program: Command, io: CliIo): void {
  const user = program.command('user').description('people who use Bastão');
  user
    .command('create')
    .description('add a user')
    .requiredOption('--email <email>', 'their e-mail (their sign-in)')
    .requiredOption('--name <name>', 'their name as the team knows it')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .action(async (options: { email: string; name: string; role: string }) => {
      const role = parseRole(options.role);
      const created = await withSystem(io, (system) =>
        system.stores.transaction((stores) =>
          createUser(stores, { email: options.email, name: options.name, role }, system.clock.now()),
        ),
      );
      io.out(`Created user ${created.email} (${created.role}), id ${created.id}`);
    });
}
