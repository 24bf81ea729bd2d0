// Is memory flat? A start and an end reading cannot say: one garbage collection more or less moves
// them by megabytes. The soak run samples memory at regular points instead, and judges the trend
// after warm-up with a least-squares line through the samples, in bytes per 1,000 sessions.

export interface MemorySample {
  /** Sessions completed when the sample was taken. */
  readonly sessions: number;
  readonly hostRss: number;
  readonly pageHeap: number;
}

export interface Trend {
  /** Slope of the least-squares line, in bytes per 1,000 sessions. */
  readonly bytesPer1000: number;
  /** The same slope as a share of the line's value at the first sample, in %. */
  readonly percentPer1000: number;
  /** How many samples the line went through. */
  readonly samples: number;
}

/** Least-squares slope of `pick(sample)` over sessions; null when fewer than 3 samples. */
export function trendOf(samples: readonly MemorySample[], pick: (sample: MemorySample) => number): Trend | null {
  if (samples.length < 3) return null;
  const xs = samples.map((sample) => sample.sessions);
  const ys = samples.map(pick);
  const n = samples.length;
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] ?? 0) - meanX;
    covariance += dx * ((ys[i] ?? 0) - meanY);
    variance += dx * dx;
  }
  if (variance === 0) return null;
  const slope = covariance / variance;
  const firstX = xs[0] ?? 0;
  const atFirst = meanY + slope * (firstX - meanX);
  return {
    bytesPer1000: slope * 1000,
    percentPer1000: atFirst > 0 ? ((slope * 1000) / atFirst) * 100 : NaN,
    samples: n,
  };
}

/**
 * Sessions between two memory samples: about 20 samples over the run, never more often than every
 * 10 sessions (a sample forces two garbage collections in the page, which a visitor never causes).
 */
export function sampleEvery(sessions: number): number {
  return Math.max(10, Math.round(sessions / 20));
}

/**
 * The samples from halfway through the run on. Caches fill over the first thousand or so
 * sessions (SQLite's page cache, compiled code); a leak still climbs in the second half.
 */
export function fromHalfway(samples: readonly MemorySample[]): MemorySample[] {
  const last = samples.at(-1)?.sessions ?? 0;
  return samples.filter((sample) => sample.sessions >= last / 2);
}
