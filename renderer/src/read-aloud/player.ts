import type { AudioClip, Language } from '../../../main/contract/index.js';

/**
 * Plays what a listen control reads: recorded clips in order, or the browser's voice. One thing
 * plays at a time in the whole page; anything new (or a reset) stops what was playing.
 *
 * Clips are decoded with Web Audio from the bytes the contract returns, so no `blob:` or `data:`
 * media URL is needed and the page's strict CSP stays as it is.
 *
 * Each playback belongs to an owner (the control that started it). The controls read who owns the
 * sound and in which phase it is through `subscribePlayer`/`playerState`, so starting one control
 * turns every other back to "listen" at once, without waiting for its sound to wind down.
 */
export type PlayerPhase = 'loading' | 'playing';
export interface PlayerState {
  readonly owner: string;
  readonly phase: PlayerPhase;
}

let current: { stop: () => void } | null = null;
let state: PlayerState | null = null;
let audioContext: AudioContext | null = null;
const listeners = new Set<() => void>();

function setState(next: PlayerState | null): void {
  if (next?.owner === state?.owner && next?.phase === state?.phase) return;
  state = next;
  for (const listener of listeners) listener();
}

export function subscribePlayer(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Who is playing, and whether the sound has started; null when silent. */
export const playerState = (): PlayerState | null => state;

export function stopReadAloud(): void {
  current?.stop();
  current = null;
  setState(null);
  // Only when the voice has something to stop: cancel() is a round trip to the browser process,
  // and "Finish" (which always stops) would otherwise pay it with nothing playing.
  if (typeof speechSynthesis !== 'undefined' && (speechSynthesis.speaking || speechSynthesis.pending)) {
    speechSynthesis.cancel();
  }
}

/** Stops only when `owner` is the one playing: a control leaving the screen must not silence another. */
export function stopOwner(owner: string): void {
  if (state?.owner === owner) stopReadAloud();
}

function bytesOf(base64: string): ArrayBuffer {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** Plays clips one after the other; `fetchClip` is asked for each as it comes up. */
export function playClips(
  owner: string,
  ids: readonly string[],
  fetchClip: (id: string) => Promise<AudioClip | null>,
  onEnd: () => void = () => undefined,
): void {
  stopReadAloud();
  // An object, not a bare flag: `stop()` flips it from outside the async steps below.
  const flags = { stopped: false };
  // A function, so each check re-reads the flag after an await (the compiler would narrow a field).
  const stopped = (): boolean => flags.stopped;
  let source: AudioBufferSourceNode | null = null;
  const playback = {
    stop: () => {
      flags.stopped = true;
      source?.stop();
    },
  };
  current = playback;
  setState({ owner, phase: 'loading' });
  const finish = (): void => {
    if (current === playback) {
      current = null;
      setState(null);
    }
    onEnd();
  };
  const playFrom = async (index: number): Promise<void> => {
    const id = ids[index];
    if (stopped() || id === undefined) {
      finish();
      return;
    }
    const clip = await fetchClip(id);
    if (stopped() || clip === null) {
      finish();
      return;
    }
    audioContext ??= new AudioContext();
    const buffer = await audioContext.decodeAudioData(bytesOf(clip.base64));
    if (stopped()) {
      finish();
      return;
    }
    source = audioContext.createBufferSource();
    source.buffer = buffer;
    // Staff recordings are kept as recorded; their silence trim and level are applied here.
    const gain = audioContext.createGain();
    gain.gain.value = clip.playback?.gain ?? 1;
    source.connect(gain).connect(audioContext.destination);
    source.onended = () => {
      void playFrom(index + 1);
    };
    const offset = clip.playback?.startSeconds ?? 0;
    const duration = clip.playback?.durationSeconds;
    if (duration === undefined) source.start(0, offset);
    else source.start(0, offset, duration);
    if (current === playback) setState({ owner, phase: 'playing' });
  };
  playFrom(0).catch(finish);
}

let voices: readonly SpeechSynthesisVoice[] | null = null;
let watchingVoices = false;

/**
 * The machine's voices, kept until Chromium says the list changed. `getVoices()` builds a new list
 * of objects at every call, and every listen control of a screen asks on each of its renders.
 * The listener is added at the first call, which comes from a control's render, so before the
 * controls' own listeners (added after their render): the list is current when they read it.
 */
export function machineVoices(): readonly SpeechSynthesisVoice[] {
  if (typeof speechSynthesis === 'undefined') return [];
  if (!watchingVoices) {
    watchingVoices = true;
    speechSynthesis.addEventListener('voiceschanged', () => {
      voices = null;
    });
  }
  voices ??= speechSynthesis.getVoices();
  return voices;
}

/**
 * A voice for the language, or none. Only a voice of that very language counts: Kreyòl read by a
 * French voice is not understood, so a missing `ht` voice hides the button instead.
 */
export function voiceFor(language: Language): SpeechSynthesisVoice | null {
  const matching = machineVoices().filter((voice) => {
    const code = voice.lang.toLowerCase().replace('_', '-');
    return code === language || code.startsWith(`${language}-`);
  });
  // Prefer a voice on this machine: a network voice would send the screen's text elsewhere.
  return matching.find((voice) => voice.localService) ?? null;
}

export function speak(
  owner: string,
  text: string,
  voice: SpeechSynthesisVoice,
  onEnd: () => void = () => undefined,
): void {
  stopReadAloud();
  const utterance = new SpeechSynthesisUtterance(text);
  const playback = {
    stop: () => {
      speechSynthesis.cancel();
    },
  };
  const finish = (): void => {
    if (current === playback) {
      current = null;
      setState(null);
    }
    onEnd();
  };
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9;
  utterance.onstart = () => {
    if (current === playback) setState({ owner, phase: 'playing' });
  };
  utterance.onend = finish;
  utterance.onerror = finish;
  current = playback;
  setState({ owner, phase: 'loading' });
  speechSynthesis.speak(utterance);
}
