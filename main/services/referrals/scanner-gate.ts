import type { Clock } from '../clock.js';
import { createRecordingGate, type RecordingGate } from '../audio/recording-gate.js';

/**
 * Whether the staff Follow-up screen's slip scanner is open: the only time the camera may be
 * granted. The scanner opens it before it asks for the camera and closes it when it stops; it
 * stops by itself after 60 s, and the gate closes by itself a little later, so a crashed renderer
 * cannot leave the camera available.
 */
export const SCANNER_GATE_MS = 90 * 1000;

export type ScannerGate = RecordingGate;

export function createScannerGate(clock: Clock): ScannerGate {
  return createRecordingGate(clock, SCANNER_GATE_MS);
}
