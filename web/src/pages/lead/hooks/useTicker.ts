import { useSyncExternalStore } from 'react';

/**
 * One shared one-second tick for every live countdown on screen (one timer, not one per
 * clock). Returns `performance.now()` at the last tick: monotonic, so a countdown measures
 * the time elapsed since its data arrived, whatever the wall clock of this device says.
 */
const TICK_MS = 1_000;
const listeners = new Set<() => void>();
let now = typeof performance === 'undefined' ? 0 : performance.now();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === null) {
    now = performance.now();
    timer = setInterval(() => {
      now = performance.now();
      for (const notify of listeners) {
        notify();
      }
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
}

export function useTicker(): number {
  return useSyncExternalStore(
    subscribe,
    () => now,
    () => now,
  );
}
