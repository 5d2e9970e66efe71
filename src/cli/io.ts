import type { Config } from '../config.ts';
import { loadConfig } from '../config.ts';
import { AppError } from '../kernel/app-error.ts';
import { createLogger, openSystem, type System } from '../system.ts';

/** Where a command writes and what it reads: the process, or a test's buffers. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** Everything on standard input (for secrets that must not appear in `ps` or shell history). */
  stdin?: () => Promise<string>;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) {
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** The first line of standard input, for `--password-stdin`. */
export async function readSecretLine(io: CliIo, what: string): Promise<string> {
  const text = (await io.stdin?.()) ?? '';
  const line = text.split(/\r?\n/)[0] ?? '';
  if (line === '') {
    throw new CliError(`Expected ${what} on standard input, e.g. \`echo "$PASSWORD" | bastao …\`.`);
  }
  return line;
}

/** A failure the user can fix: printed as one line, exit code 1, no stack trace. */
export class CliError extends Error {}

/** Opens the system for one command and always closes it. Logs stay quiet unless asked. */
export async function withSystem<T>(io: CliIo, work: (system: System) => Promise<T>): Promise<T> {
  const config: Config = loadConfig({ LOG_LEVEL: 'warn', ...io.env });
  const system = await openSystem(config, { logger: createLogger({ logLevel: config.logLevel }) });
  try {
    return await work(system);
  } finally {
    await system.close();
  }
}

export function describeFailure(error: unknown): string {
  if (error instanceof CliError || error instanceof AppError) {
    return error.message;
  }
  if (error instanceof Error && error.message.startsWith('Invalid configuration')) {
    return error.message;
  }
  return error instanceof Error ? `Unexpected error: ${error.message}` : String(error);
}
