/**
 * Runs `task` now and then every `intervalMs` after each run ends (runs never overlap),
 * until the returned `stop` resolves. The timer does not keep the process alive.
 *
 * @example const stop = repeat(1_000, () => sweep(), (e) => log.error(e)); … await stop();
 */
export function repeat(
  intervalMs: number,
  task: () => Promise<unknown>,
  onError: (error: unknown) => void,
): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = (async () => {
      try {
        await task();
      } catch (error) {
        onError(error);
      }
      if (!stopped) {
        timer = setTimeout(run, intervalMs);
        timer.unref();
      }
    })();
  };
  run();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
