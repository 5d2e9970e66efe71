/**
 * Summary statistics of a list of numbers; each is null for an empty list.
 * The input is not modified.
 */

/** The arithmetic mean. @example mean([1, 2, 6]) // 3 */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * The middle value; for an even count, the mean of the two middle values.
 *
 * @example median([5, 1, 3]) // 3
 * @example median([4, 1, 3, 2]) // 2.5
 */
export function median(values: readonly number[]): number | null {
  const sorted = ascending(values);
  const n = sorted.length;
  if (n === 0) {
    return null;
  }
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The `p`-th percentile by nearest rank: the value at position ⌈p/100 × n⌉ of the sorted
 * list (1-based), always one of the values, never interpolated.
 *
 * @example percentileNearestRank([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90) // 90
 * @example percentileNearestRank([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110], 90) // 100
 */
export function percentileNearestRank(values: readonly number[], p: number): number | null {
  const sorted = ascending(values);
  if (sorted.length === 0) {
    return null;
  }
  // (p × n) / 100, not p/100 × n: 0.9 × 70 is 63.00000000000001 in floating point.
  const rank = Math.max(1, Math.ceil((p * sorted.length) / 100));
  return sorted[rank - 1] as number;
}

const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);
