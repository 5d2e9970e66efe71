import { performance } from 'node:perf_hooks';

/**
 * How contenders are measured against each other. Every contender does the same work: tables
 * slow down as they grow, so all paths must end with tables of the same size, and a fixed
 * amount of work keeps the numbers comparable from one run (and machine) to the next.
 * Rounds alternate between contenders, so that slow drifts of the machine (checkpoints,
 * disk write-back, a noisy neighbour) fall on all of them alike.
 */
export interface Budget {
  /** Untimed units first, so the JIT, statement caches and connection pools are warm. */
  warmupUnits: number;
  rounds: number;
  /** Units each contender processes per round. */
  roundUnits: number;
}

export interface Workload<T> {
  /** Builds the next call's input (untimed): what a client would have ready to send. */
  prepare(): T;
  unitsOf(input: T): number;
  /** The timed call. */
  run(input: T): Promise<void>;
}

export interface Segment {
  units: number;
  /** Sum of the timed calls, in seconds: preparing inputs is not counted. */
  seconds: number;
}

export interface Throughput {
  /** Units processed in the rounds, all together (warm-up excluded). */
  units: number;
  seconds: number;
  /** `units / seconds` over all rounds: the slow calls (checkpoints, fsync stalls) count. */
  perSecond: number;
  /** Each round's segment, to show the spread. */
  segments: Segment[];
  /** Units processed during the warm-up: they are stored too. */
  warmupUnits: number;
}

/**
 * Warms each contender up, then runs `rounds` rounds in which each contender, in turn,
 * processes `roundUnits` units, one call at a time.
 *
 * @example const { http, raw } = await measureInterleaved(budget, { http: httpWorkload, raw: rawWorkload });
 */
export async function measureInterleaved<K extends string>(
  budget: Budget,
  contenders: Record<K, Workload<unknown>>,
): Promise<Record<K, Throughput>> {
  const keys = Object.keys(contenders) as K[];
  const results = {} as Record<K, Throughput>;
  for (const key of keys) {
    const warmup = await runUnits(contenders[key], budget.warmupUnits);
    results[key] = { units: 0, seconds: 0, perSecond: 0, segments: [], warmupUnits: warmup.units };
  }
  for (let round = 0; round < budget.rounds; round++) {
    for (const key of keys) {
      const segment = await runUnits(contenders[key], budget.roundUnits);
      const result = results[key];
      result.segments.push(segment);
      result.units += segment.units;
      result.seconds += segment.seconds;
      result.perSecond = result.units / result.seconds;
    }
  }
  return results;
}

async function runUnits<T>(workload: Workload<T>, units: number): Promise<Segment> {
  const done: Segment = { units: 0, seconds: 0 };
  while (done.units < units) {
    const input = workload.prepare();
    const start = performance.now();
    await workload.run(input);
    done.seconds += (performance.now() - start) / 1000;
    done.units += workload.unitsOf(input);
  }
  return done;
}
