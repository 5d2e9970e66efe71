import { performance } from 'node:perf_hooks';

/** A path whose calls are timed one by one, for percentiles. */
export interface LatencyWorkload<T, R> {
  /** Builds the next call's input (untimed). */
  prepare(): T;
  /** The timed call. */
  run(input: T): Promise<R>;
  /** Checks the call's answer (untimed); throws when the path did not do the work. */
  check(input: T, result: R): void;
}

export interface LatencyBudget {
  /** Untimed calls first, per path (JIT, statement caches, pools). */
  warmupCalls: number;
  rounds: number;
  /** Calls each path makes per round. */
  roundCalls: number;
}

/** Each path's timed calls in milliseconds, in the order they ran (warm-up excluded). */
export type Latencies<K extends string> = Record<K, number[]>;

/**
 * Like `measureInterleaved` (measure.ts), but keeps every call's duration: after a warm-up,
 * the paths take turns, `roundCalls` calls each per round, so that a slow spell of the
 * machine falls on all of them.
 *
 * @example const { product, raw } = await measureLatencies(budget, { product, raw });
 */
export async function measureLatencies<K extends string>(
  budget: LatencyBudget,
  paths: Record<K, LatencyWorkload<unknown, unknown>>,
): Promise<Latencies<K>> {
  const keys = Object.keys(paths) as K[];
  const out = {} as Latencies<K>;
  for (const key of keys) {
    await timeCalls(paths[key], budget.warmupCalls);
    out[key] = [];
  }
  for (let round = 0; round < budget.rounds; round++) {
    for (const key of keys) {
      out[key].push(...(await timeCalls(paths[key], budget.roundCalls)));
    }
  }
  return out;
}

async function timeCalls<T, R>(path: LatencyWorkload<T, R>, calls: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const input = path.prepare();
    const start = performance.now();
    const result = await path.run(input);
    times.push(performance.now() - start);
    path.check(input, result);
  }
  return times;
}

/** The `q` quantile of `values` by linear interpolation (0.5 is the median). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = sorted[Math.floor(position)] ?? Number.NaN;
  const above = sorted[Math.ceil(position)] ?? below;
  return below + (above - below) * (position - Math.floor(position));
}
