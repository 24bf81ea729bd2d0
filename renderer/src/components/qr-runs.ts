import { encode } from 'uqr';

/** A QR code as the dark runs of each row: one SVG rectangle per run keeps the DOM small. */
export interface QrRuns {
  readonly modules: number;
  readonly rects: readonly { readonly x: number; readonly y: number; readonly width: number }[];
}

export function qrRuns(value: string): QrRuns {
  const qr = encode(value, { ecc: 'M', border: 2 });
  const runs: { x: number; y: number; width: number }[] = [];
  qr.data.forEach((row, y) => {
    let start = -1;
    row.forEach((dark, x) => {
      if (dark && start < 0) start = x;
      if ((!dark || x === row.length - 1) && start >= 0) {
        runs.push({ x: start, y, width: (dark ? x + 1 : x) - start });
        start = -1;
      }
    });
  });
  return { modules: qr.size, rects: runs };
}
