import type { ClipPlayback } from '../../../main/contract/index.js';

/**
 * Where the speech is in a recording and how much to raise or lower it, from the decoded PCM. The
 * recording itself is kept as MediaRecorder made it (Opus in WebM): re-encoding in the page would
 * need either a second real-time MediaRecorder pass or a WASM encoder (a new dependency). The trim
 * and gain found here travel with the clip and are applied by the player, at no extra cost.
 */
const FRAME_SECONDS = 0.02;
/** Speech level every clip is brought to: −20 dBFS RMS over the frames that hold speech. */
const TARGET_RMS = 0.1;
/** A frame is speech when it is within 35 dB of the loudest frame and above −50 dBFS. */
const SPEECH_BELOW_PEAK = 10 ** (-35 / 20);
const FLOOR = 10 ** (-50 / 20);
/** Keep a little air around the words: consonants start quietly and end in a breath. */
const LEAD_SECONDS = 0.1;
const TAIL_SECONDS = 0.2;
/** The loudest sample after gain stays below full scale. */
const PEAK_LIMIT = 0.95;

export function trimAndLevel(samples: Float32Array, sampleRate: number): ClipPlayback | null {
  const frameLength = Math.max(1, Math.round(sampleRate * FRAME_SECONDS));
  const levels: number[] = [];
  let peak = 0;
  for (let start = 0; start < samples.length; start += frameLength) {
    let sum = 0;
    const end = Math.min(samples.length, start + frameLength);
    for (let i = start; i < end; i += 1) {
      const value = samples[i] ?? 0;
      sum += value * value;
      peak = Math.max(peak, Math.abs(value));
    }
    levels.push(Math.sqrt(sum / (end - start)));
  }
  const loudest = Math.max(0, ...levels);
  const threshold = Math.max(FLOOR, loudest * SPEECH_BELOW_PEAK);
  const first = levels.findIndex((level) => level >= threshold);
  const last = levels.findLastIndex((level) => level >= threshold);
  // Nothing above the floor: silence, or a microphone that does not work.
  if (first < 0 || loudest < FLOOR) return null;
  let energy = 0;
  let count = 0;
  for (let i = first; i <= last; i += 1) {
    const level = levels[i] ?? 0;
    if (level < threshold) continue;
    energy += level * level;
    count += 1;
  }
  const speechRms = Math.sqrt(energy / count);
  const gain = Math.min(TARGET_RMS / speechRms, PEAK_LIMIT / Math.max(peak, 1e-6), 32);
  const total = samples.length / sampleRate;
  const startSeconds = Math.max(0, first * FRAME_SECONDS - LEAD_SECONDS);
  const endSeconds = Math.min(total, (last + 1) * FRAME_SECONDS + TAIL_SECONDS);
  return {
    startSeconds: round(startSeconds),
    durationSeconds: round(Math.max(FRAME_SECONDS, endSeconds - startSeconds)),
    gain: round(gain),
  };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
