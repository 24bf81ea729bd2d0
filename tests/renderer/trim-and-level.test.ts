import { describe, expect, it } from 'vitest';

import { trimAndLevel } from '../../renderer/src/recordings/trim-and-level.js';

const RATE = 16_000;

/** Silence, a tone of `amplitude` for `seconds`, silence. */
function recording(before: number, seconds: number, after: number, amplitude: number): Float32Array {
  const samples = new Float32Array(Math.round((before + seconds + after) * RATE));
  const from = Math.round(before * RATE);
  for (let i = 0; i < Math.round(seconds * RATE); i += 1)
    samples[from + i] = amplitude * Math.sin((2 * Math.PI * 220 * i) / RATE);
  return samples;
}

describe('trim and level of a recording', () => {
  it('finds the speech between the silences, with a little air around it', () => {
    const playback = trimAndLevel(recording(1.5, 2, 1, 0.2), RATE);
    expect(playback?.startSeconds).toBeCloseTo(1.4, 1);
    expect(playback?.durationSeconds).toBeCloseTo(2.3, 1);
  });

  it('brings a quiet and a loud recording to the same level, never past full scale', () => {
    const quiet = trimAndLevel(recording(0.5, 1, 0.5, 0.02), RATE);
    const loud = trimAndLevel(recording(0.5, 1, 0.5, 0.5), RATE);
    // A sine's RMS is amplitude/√2: both end at the same RMS after gain.
    expect((quiet?.gain ?? 0) * 0.02).toBeCloseTo((loud?.gain ?? 0) * 0.5, 3);
    expect((loud?.gain ?? 0) * 0.5).toBeLessThanOrEqual(0.95);
  });

  it('gives nothing for a silent recording', () => {
    expect(trimAndLevel(new Float32Array(RATE), RATE)).toBeNull();
  });
});
