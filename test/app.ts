import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../src/access/role.ts';
import { buildServer } from '../src/http/server.ts';
import type { Engine } from '../src/storage/dialect.ts';
import { openTestSystem, type TestSystem, tokenFor } from './engines.ts';

export interface TestApp {
  system: TestSystem;
  app: FastifyInstance;
  /** `Authorization` header of a token with the role asked for. */
  auth: { authorization: string };
}

/**
 * A fresh database on the engine and the HTTP server over it, for one `describe` block:
 * opened before its tests, closed and dropped after them.
 *
 * @example const t = useTestApp(engine, 'marketing'); … await t.app.inject({ url, headers: t.auth });
 */
export function useTestApp(engine: Engine, role: Role = 'admin'): TestApp {
  const ctx = {} as TestApp;
  beforeAll(async () => {
    ctx.system = await openTestSystem(engine);
    ctx.app = await buildServer(ctx.system);
    ctx.auth = { authorization: `Bearer ${await tokenFor(ctx.system, role)}` };
  });
  afterAll(async () => {
    await ctx.app.close();
    await ctx.system.destroy();
  });
  return ctx;
}
