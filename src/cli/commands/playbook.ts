import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { applyPlaybook } from '../../playbook/apply-playbook.ts';
import { LANGS, type Lang } from '../../playbook/playbook-schema.ts';
import { versionInfo } from '../../playbook/playbook-store.ts';
import { renderPlaybook } from '../../playbook/render-playbook.ts';
import { rescoreAll } from '../../scoring/rescore-all.ts';
import { CliError, type CliIo, withSystem } from '../io.ts';

export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

const FORMATS = ['md', 'html', 'yaml', 'json'] as const;

export function playbookCommands(program: Command, io: CliIo): void {
  const playbook = program
    .command('playbook')
    .description('the agreement between Marketing and Sales, versioned');

  playbook
    .command('apply')
    .argument('<file>', 'the playbook as YAML or JSON')
    .description('validate FILE and make it the version in force; rescores every lead with a progress bar')
    .option('--note <text>', 'why this change (kept in the history)')
    .option('--requalify', 'also make MQL the leads that now pass the MQL rule')
    .action(async (file: string, options: { note?: string; requalify?: boolean }) => {
      const source = readTextFile(file);
      await withSystem(io, async (system) => {
        const version = await system.stores.transaction((stores) =>
          applyPlaybook(
            stores,
            { source },
            { actor: `cli:${userInfo().username}`, note: options.note ?? null },
            system.clock.now(),
          ),
        );
        io.err(`Applied playbook version ${version.version}. Rescoring leads…`);
        const bar = new SingleBar({
          format: '  rescore [{bar}] {value}/{total} leads  {eta_formatted} left',
          stream: process.stderr,
        });
        let started = false;
        const progress = await rescoreAll(
          { db: system.stores, read: system.stores, hooks: system.hooks, now: () => system.clock.now() },
          version,
          {
            requalify: options.requalify ?? false,
            onProgress: (p) => {
              if (!started && p.total > 0) {
                bar.start(p.total, 0);
                started = true;
              }
              bar.update(p.done);
            },
          },
        );
        if (started) {
          bar.stop();
        }
        io.out(
          `Playbook version ${version.version} is in force; ${progress.done} leads rescored${options.requalify ? `, ${progress.qualified} became MQL` : ''}.`,
        );
      });
    });

  playbook
    .command('show')
    .description('print the playbook as the written agreement (md, html) or as data (yaml, json)')
    .option('--format <format>', FORMATS.join('|'), 'md')
    .option('--lang <lang>', LANGS.join('|'), 'pt-BR')
    .option('--version <n>', 'a past version (default: the one in force)')
    .action(async (options: { format: string; lang: string; version?: string }) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) {
        throw new CliError(`Unknown format "${options.format}": use ${FORMATS.join(', ')}.`);
      }
      if (!(LANGS as readonly string[]).includes(options.lang)) {
        throw new CliError(`Unknown language "${options.lang}": use ${LANGS.join(', ')}.`);
      }
      const wanted = options.version === undefined ? undefined : Number(options.version);
      if (wanted !== undefined && !(Number.isInteger(wanted) && wanted > 0)) {
        throw new CliError(`--version must be a positive whole number, not "${options.version}".`);
      }
      await withSystem(io, async (system) => {
        const version =
          wanted === undefined ? await system.playbook() : await system.stores.playbooks.byVersion(wanted);
        if (!version) {
          throw new CliError(`There is no playbook version ${wanted}.`);
        }
        if (options.format === 'yaml') {
          io.out(version.source);
        } else if (options.format === 'json') {
          io.out(JSON.stringify(version.playbook, null, 2));
        } else {
          io.out(
            renderPlaybook(version.playbook, {
              format: options.format as 'md' | 'html',
              lang: options.lang as Lang,
              version: versionInfo(version),
            }),
          );
        }
      });
    });
}
