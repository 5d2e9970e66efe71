import { resolve } from 'node:path';
import { z } from 'zod';
import { describeZodError } from './kernel/describe-zod-error.ts';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  BASTAO_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().optional(),
  BASTAO_SQLITE_SYNC: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  BASTAO_TIME_ZONE: z.string().min(1).default('America/Sao_Paulo'),
  BASTAO_PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BASTAO_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, 'must look like smtp://user:pass@host:587 or smtps://user:pass@host:465')
    .optional()
    .or(z.literal('')),
  BASTAO_MAIL_FROM: z.string().min(3).default('Bastão <bastao@localhost>'),
  BASTAO_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)')
    .optional(),
  BASTAO_TRACKING_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  BASTAO_TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false'),
});

/** Everything Bastão reads from the environment, validated once at start. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  sqliteSync: 'NORMAL' | 'FULL';
  timeZone: string;
  publicUrl: string | undefined;
  logLevel: z.output<typeof envSchema>['LOG_LEVEL'];
  /** SMTP server for e-mails to lead owners; undefined = no e-mail. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Signs e-mail open/click links; undefined = a secret generated once and kept in the database. */
  secret: string | undefined;
  /** `/t/collect` requests per minute per IP; 0 = no limit. */
  trackingRateLimit: number;
  /** Behind a reverse proxy: take the client IP (rate limits) from `X-Forwarded-For`. */
  trustProxy: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${describeZodError(parsed.error)}`);
  }
  const e = parsed.data;
  if (!isValidTimeZone(e.BASTAO_TIME_ZONE)) {
    throw new Error(
      `Invalid configuration: BASTAO_TIME_ZONE "${e.BASTAO_TIME_ZONE}" is not an IANA time zone such as America/Sao_Paulo`,
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.BASTAO_DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    sqliteSync: e.BASTAO_SQLITE_SYNC,
    timeZone: e.BASTAO_TIME_ZONE,
    publicUrl: e.BASTAO_PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.BASTAO_SMTP_URL || undefined,
    mailFrom: e.BASTAO_MAIL_FROM,
    secret: e.BASTAO_SECRET || undefined,
    trackingRateLimit: e.BASTAO_TRACKING_RATE_LIMIT,
    trustProxy: e.BASTAO_TRUST_PROXY === 'true' || e.BASTAO_TRUST_PROXY === '1',
  };
}

function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
