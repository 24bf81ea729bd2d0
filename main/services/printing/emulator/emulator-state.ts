/**
 * What the emulated printer is going through, set by a test or a demo. Each field is a fault a
 * real kiosk printer has: the tests drive the kiosk through all of them.
 */
export interface EmulatorFaults {
  /** `near_end`: still prints, status says so. `out`: prints nothing, never acknowledges. */
  paper: 'ok' | 'near_end' | 'out';
  coverOpen: boolean;
  cutterError: boolean;
  /** Answers nothing at all (a broken RX wire, a printer that does not speak DLE EOT). */
  silent: boolean;
  /** Answers every question with bytes that are no valid reply. */
  garbage: boolean;
  /** The line runs at another speed: every byte arrives as noise, nothing is understood. */
  wrongBaud: boolean;
  /** Accepts bytes but never reads them (a TCP printer whose buffer is stuck). */
  stalled: boolean;
  /** The paper runs out after this many more printed lines (mid-slip). */
  paperOutAfterLines: number | null;
  /** The cable is pulled after this many more received bytes (mid-job). */
  disconnectAfterBytes: number | null;
}

export const HEALTHY: Readonly<EmulatorFaults> = {
  paper: 'ok',
  coverOpen: false,
  cutterError: false,
  silent: false,
  garbage: false,
  wrongBaud: false,
  stalled: false,
  paperOutAfterLines: null,
  disconnectAfterBytes: null,
};

/** Bytes with bit 7 set match neither the DLE EOT pattern nor the GS r pattern. */
export const GARBAGE_REPLY = [0xff, 0xa5, 0x81, 0xfe] as const;

/** The four `DLE EOT n` reply bytes for a state, bits as in Epson's reference. */
export function statusReply(n: number, faults: EmulatorFaults): number {
  const base = 0x12;
  const stopped = faults.coverOpen || faults.paper === 'out' || faults.cutterError;
  switch (n) {
    case 1:
      return base | (stopped ? 0x08 : 0);
    case 2:
      return base | (faults.coverOpen ? 0x04 : 0) | (faults.paper === 'out' ? 0x20 : 0) | (stopped ? 0x40 : 0);
    case 3:
      return base | (faults.cutterError ? 0x08 : 0);
    case 4:
      return base | (faults.paper === 'out' ? 0x6c : faults.paper === 'near_end' ? 0x0c : 0);
    default:
      return base;
  }
}

/** `GS r 1` paper sensor reply: bits 0–1 near end, 2–3 end. */
export function paperReply(faults: EmulatorFaults): number {
  return faults.paper === 'near_end' ? 0x03 : 0x00;
}
