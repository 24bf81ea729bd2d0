/** What a PCM WAV file says of itself: enough to check a clip is real sound of a plausible length. */
export interface WavInfo {
  readonly sampleRate: number;
  readonly channels: number;
  readonly bitsPerSample: number;
  readonly dataBytes: number;
  readonly seconds: number;
}

/**
 * Reads the RIFF chunks of a PCM WAV. espeak-ng writes a `data` size of 0x7fffffff when it streams
 * to a pipe, so the size is capped by the bytes actually present.
 */
export function readWavInfo(bytes: Uint8Array): WavInfo | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number): string => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 44 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return null;
  let offset = 12;
  let format: { sampleRate: number; channels: number; bitsPerSample: number } | null = null;
  while (offset + 8 <= bytes.length) {
    const id = tag(offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ' && body + 16 <= bytes.length) {
      if (view.getUint16(body, true) !== 1) return null; // PCM only
      format = {
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
    } else if (id === 'data' && format !== null) {
      const dataBytes = Math.min(size, bytes.length - body);
      const frameBytes = format.channels * (format.bitsPerSample / 8);
      if (frameBytes <= 0 || format.sampleRate <= 0) return null;
      return { ...format, dataBytes, seconds: dataBytes / frameBytes / format.sampleRate };
    }
    offset = body + size + (size % 2);
  }
  return null;
}

/**
 * espeak-ng writing to a pipe cannot seek back, so its RIFF and data sizes say "unknown"
 * (0x7ffff000). Some players refuse that; write the true sizes (header of 44 bytes, as it writes).
 */
export function withTrueWavSizes(bytes: Uint8Array): Uint8Array {
  const info = readWavInfo(bytes);
  if (info === null || bytes.length < 44) return bytes;
  const fixed = new Uint8Array(bytes);
  const view = new DataView(fixed.buffer);
  if (String.fromCharCode(...fixed.subarray(36, 40)) !== 'data') return bytes;
  view.setUint32(4, fixed.length - 8, true);
  view.setUint32(40, fixed.length - 44, true);
  return fixed;
}
