import { describe, expect, it } from 'vitest';
import { mean, median, percentileNearestRank } from './stats.ts';

describe('summary statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });

  it('takes the 90th percentile by nearest rank, always an observed value', () => {
    const ten = [100, 90, 80, 70, 60, 50, 40, 30, 20, 10];
    expect(percentileNearestRank(ten, 90)).toBe(90); // rank ⌈9⌉ = 9
    expect(percentileNearestRank([...ten, 110], 90)).toBe(100); // rank ⌈9.9⌉ = 10
    expect(percentileNearestRank([3], 90)).toBe(3);
    expect(percentileNearestRank([], 90)).toBeNull();
  });

  it('does not round 0.9 × 70 up to rank 64 by floating-point error', () => {
    const seventy = Array.from({ length: 70 }, (_, i) => i + 1);
    expect(percentileNearestRank(seventy, 90)).toBe(63);
  });

  it('averages, and leaves the input unsorted', () => {
    const values = [3, 1, 2];
    expect(mean(values)).toBe(2);
    median(values);
    expect(values).toEqual([3, 1, 2]);
    expect(mean([])).toBeNull();
  });
});
