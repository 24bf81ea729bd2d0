import type { ClipPlayback } from '../../../main/contract/index.js';

import { trimAndLevel } from './trim-and-level.js';

/** A finished take: the bytes as MediaRecorder made them, and where the speech is in them. */
export interface Take {
  readonly blob: Blob;
  readonly buffer: AudioBuffer;
  readonly playback: ClipPlayback | null;
}

/** Opus in WebM, as Chromium's MediaRecorder makes it; 32 kbit/s is plenty for one voice. */
const MIME = 'audio/webm;codecs=opus';
const BITS_PER_SECOND = 32_000;

let context: AudioContext | null = null;
const audioContext = (): AudioContext => (context ??= new AudioContext());

/** Starts recording from the microphone; the returned function stops and gives the take. */
export async function startTake(): Promise<() => Promise<Take>> {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: { echoCancellation: false, noiseSuppression: true, autoGainControl: false },
  });
  const recorder = new MediaRecorder(stream, { mimeType: MIME, audioBitsPerSecond: BITS_PER_SECOND });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  };
  const stopped = new Promise<void>((resolve) => {
    recorder.onstop = () => {
      resolve();
    };
  });
  recorder.start();
  return async () => {
    recorder.stop();
    await stopped;
    // The microphone is released at once: the page holds it only while a take runs.
    for (const track of stream.getTracks()) track.stop();
    const blob = new Blob(chunks, { type: 'audio/webm' });
    const buffer = await audioContext().decodeAudioData(await blob.arrayBuffer());
    return { blob, buffer, playback: trimAndLevel(buffer.getChannelData(0), buffer.sampleRate) };
  };
}

/** Plays a take as visitors will hear it: trimmed and levelled. */
export function playTake(take: Take, onEnd: () => void): () => void {
  const ctx = audioContext();
  const source = ctx.createBufferSource();
  source.buffer = take.buffer;
  const gain = ctx.createGain();
  gain.gain.value = take.playback?.gain ?? 1;
  source.connect(gain).connect(ctx.destination);
  source.onended = onEnd;
  source.start(0, take.playback?.startSeconds ?? 0, take.playback?.durationSeconds);
  return () => {
    source.stop();
  };
}

export async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
