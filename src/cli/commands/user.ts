import type { Command } from 'commander';
import { createUser } from '../../access/create-user.ts';
import { ROLES } from '../../access/role.ts';
import { hashNewPassword, storePassword } from '../../access/session.ts';
import { normalizeEmail } from '../../leads/normalize-email.ts';
import { CliError, type CliIo, readSecretLine, withSystem } from '../io.ts';
import { parseRole } from './token.ts';

export function userCommands(program: Command, io: CliIo): void {
  const user = program.command('user').description('people who use Bastão');
  user
    .command('create')
    .description('add a user')
    .requiredOption('--email <email>', 'their e-mail (their sign-in)')
    .requiredOption('--name <name>', 'their name as the team knows it')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--password-stdin', 'read their web sign-in password from standard input')
    .action(async (options: { email: string; name: string; role: string; passwordStdin?: boolean }) => {
      const role = parseRole(options.role);
      const passwordHash = options.passwordStdin
        ? await hashNewPassword(await readSecretLine(io, 'a password'))
        : undefined;
      const created = await withSystem(io, (system) =>
        system.stores.transaction((stores) =>
          createUser(
            stores,
            { email: options.email, name: options.name, role, passwordHash },
            system.clock.now(),
          ),
        ),
      );
      io.out(`Created user ${created.email} (${created.role}), id ${created.id}`);
    });
  user
    .command('password')
    .description('set a user’s web sign-in password (read from standard input); ends their sessions')
    .requiredOption('--email <email>', 'the user’s e-mail')
    .action(async (options: { email: string }) => {
      const hash = await hashNewPassword(await readSecretLine(io, 'the new password'));
      const email = await withSystem(io, (system) =>
        system.stores.transaction(async (stores) => {
          const found = await stores.access.userByEmail(normalizeEmail(options.email) ?? '');
          if (!found) {
            throw new CliError(`No user with e-mail ${options.email}; add one with \`bastao user create\`.`);
          }
          await storePassword(stores, found.id, hash);
          return found.email;
        }),
      );
      io.out(`Password set for ${email}; their other sessions are signed out.`);
    });
}
