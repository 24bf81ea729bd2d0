import type { Clock } from '../clock.js';

import { createScannerGate } from './scanner-gate.js';

/**
 * The camera gate of the visitor's own slip scanner ("Scan the code on your paper"). Like the
 * staff scanner's gate it is open only while the scanner runs and closes by itself 90 s after it
 * was opened (the scanner stops at 60 s). Unlike it, it is opened by a public method, so it opens
 * only where the site allows a visitor to use the camera (site.json `visitorCamera`), and it reads
 * as closed the moment the site stops allowing it (a configuration reload), whatever was opened.
 */
export interface VisitorScannerGate {
  /** Opens the gate where the site allows it; answers whether it is open. */
  open(): boolean;
  close(): void;
  /** Open, and still allowed by the site. */
  isOpen(): boolean;
  /** Whether the site allows the visitor's scanner at all (read fresh each time). */
  allowed(): boolean;
}

export function createVisitorScannerGate(clock: Clock, allowed: () => boolean): VisitorScannerGate {
  const gate = createScannerGate(clock);
  return {
    open: () => {
      if (!allowed()) {
        gate.close();
        return false;
      }
      gate.open();
      return true;
    },
    close: () => {
      gate.close();
    },
    isOpen: () => gate.isOpen() && allowed(),
    allowed,
  };
}
