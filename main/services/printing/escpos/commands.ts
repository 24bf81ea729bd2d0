/**
 * The ESC/POS commands the kiosk sends, as bytes. Kept to the small set every Epson-compatible
 * printer knows; names follow Epson's command reference.
 */
export const ESC = 0x1b;
export const GS = 0x1d;
export const FS = 0x1c;
export const DLE = 0x10;
export const EOT = 0x04;
export const ENQ = 0x05;
export const LF = 0x0a;
export const NUL = 0x00;

export type Align = 'left' | 'center' | 'right';

/**
 * Reset, then leave Chinese (double-byte) mode, then select the page again. Many clones start in
 * Chinese mode and print accented bytes as Chinese glyphs until `FS .`; `ESC @` may restore that
 * default, so the three always travel together.
 */
export function init(codePageNumber: number): number[] {
  return [ESC, 0x40, FS, 0x2e, ESC, 0x74, codePageNumber & 0xff];
}

export function align(value: Align): number[] {
  return [ESC, 0x61, value === 'left' ? 0 : value === 'center' ? 1 : 2];
}

export function bold(on: boolean): number[] {
  return [ESC, 0x45, on ? 1 : 0];
}

/** Character size, 1–8 times in each direction (`GS !`). */
export function charSize(width: number, height: number): number[] {
  const w = Math.min(8, Math.max(1, Math.trunc(width))) - 1;
  const h = Math.min(8, Math.max(1, Math.trunc(height))) - 1;
  return [GS, 0x21, (w << 4) | h];
}

export function feedLines(lines: number): number[] {
  return [ESC, 0x64, Math.min(255, Math.max(0, Math.trunc(lines)))];
}

/** Feed to the cutter and cut partially (`GS V 66 n`): the slip stays easy to tear off. */
export function feedAndCut(feed = 3): number[] {
  return [GS, 0x56, 66, feed & 0xff];
}

function gsK(fn: number, payload: readonly number[]): number[] {
  const length = payload.length + 2;
  return [GS, 0x28, 0x6b, length & 0xff, length >> 8, 0x31, fn, ...payload];
}

export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

/**
 * A native QR code (`GS ( k`, model 2): about 90 bytes for a referral, where the same code as a
 * raster image costs kilobytes. The payload must be ASCII (the referral payload is).
 */
export function qrCode(payload: readonly number[], moduleSize: number, ec: QrErrorCorrection): number[] {
  const ecByte = { L: 48, M: 49, Q: 50, H: 51 }[ec];
  return [
    ...gsK(0x41, [50, 0]), // fn 165: model 2
    ...gsK(0x43, [Math.min(16, Math.max(1, moduleSize))]), // fn 167: module size
    ...gsK(0x45, [ecByte]), // fn 169: error correction
    ...gsK(0x50, [0x30, ...payload]), // fn 180: store the data
    ...gsK(0x51, [0x30]), // fn 181: print it
  ];
}

/**
 * `GS r 1`: the printer answers with its paper status only when it reaches this command in its
 * buffer, so appended to a job the answer means "everything before me has printed".
 */
export const PAPER_STATUS_REQUEST = [GS, 0x72, 1] as const;

/** `DLE EOT n`: real-time status, answered even when the printer is offline. */
export function realTimeStatus(n: 1 | 2 | 3 | 4): number[] {
  return [DLE, EOT, n];
}

/** `DLE ENQ 2`: recover from a recoverable error after clearing the receive and print buffers. */
export const RECOVER_CLEARING_BUFFERS = [DLE, ENQ, 2] as const;
