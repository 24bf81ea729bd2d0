import { describe, expect, it } from 'vitest';

import { fromHalfway, sampleEvery, trendOf, type MemorySample } from '../../scripts/lib/soak-trend.js';

const MiB = 2 ** 20;
const samples = (values: readonly number[], step = 500): MemorySample[] =>
  values.map((value, i) => ({ sessions: 50 + i * step, hostRss: value, pageHeap: value / 10 }));

describe('soak memory trend', () => {
  it('finds no slope in memory that only wobbles around a level', () => {
    const trend = trendOf(samples([80 * MiB, 81 * MiB, 79 * MiB, 79 * MiB, 81 * MiB, 80 * MiB]), (s) => s.hostRss);
    expect(trend?.samples).toBe(6);
    expect(Math.abs(trend?.bytesPer1000 ?? Infinity)).toBeLessThan(1);
  });

  it('measures a steady leak in bytes and per cent per 1,000 sessions', () => {
    // +1 MiB every 500 sessions from 100 MiB: 2 MiB per 1,000 sessions, 2 % of the first value.
    const trend = trendOf(samples([100, 101, 102, 103, 104].map((m) => m * MiB)), (s) => s.hostRss);
    expect(trend?.bytesPer1000).toBeCloseTo(2 * MiB, 0);
    expect(trend?.percentPer1000).toBeCloseTo(2, 5);
  });

  it('reads the figure it is asked for', () => {
    const trend = trendOf(samples([100, 101, 102].map((m) => m * MiB)), (s) => s.pageHeap);
    expect(trend?.bytesPer1000).toBeCloseTo(0.2 * MiB, 0);
  });

  it('declines to judge from fewer than three samples or a single point in time', () => {
    expect(trendOf(samples([1, 2]), (s) => s.hostRss)).toBeNull();
    expect(trendOf(samples([1, 2, 3], 0), (s) => s.hostRss)).toBeNull();
  });

  it('samples about 20 times a run, never more often than every 10 sessions', () => {
    expect(sampleEvery(10_000)).toBe(500);
    expect(sampleEvery(1_000)).toBe(50);
    expect(sampleEvery(60)).toBe(10);
  });

  it('judges the second half apart, so a cache that fills early does not hide or fake a leak', () => {
    // Fills from 100 to 110 MiB over the first half, then stays: flat from halfway on.
    const run = samples([100, 104, 107, 109, 110, 110, 110, 110, 110].map((m) => m * MiB));
    expect(fromHalfway(run).map((s) => s.sessions)).toEqual([2050, 2550, 3050, 3550, 4050]);
    expect(trendOf(run, (s) => s.hostRss)?.bytesPer1000).toBeGreaterThan(MiB);
    expect(trendOf(fromHalfway(run), (s) => s.hostRss)?.bytesPer1000).toBe(0);
  });
});
