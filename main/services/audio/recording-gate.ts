import type { Clock } from '../clock.js';

/**
 * Whether the staff recordings screen is open: the only time the microphone may be granted. The
 * screen opens it when it mounts and closes it when it unmounts; an open gate also closes by
 * itself after a while, so a crashed renderer or a forgotten screen cannot leave the microphone
 * available (the screen renews it while it stays open).
 */
export const RECORDING_GATE_MS = 10 * 60 * 1000;

export interface RecordingGate {
  open(): void;
  close(): void;
  isOpen(): boolean;
}

/** `lifetimeMs`: how long an open gate stays open without renewal (the scanner's gate is shorter). */
export function createRecordingGate(clock: Clock, lifetimeMs: number = RECORDING_GATE_MS): RecordingGate {
  let until = 0;
  return {
    open: () => {
      until = clock.now().getTime() + lifetimeMs;
    },
    close: () => {
      until = 0;
    },
    isOpen: () => clock.now().getTime() < until,
  };
}
