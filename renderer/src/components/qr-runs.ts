import { encode } from 'uqr';

/** A drawn code: its size in modules and one SVG path of its dark runs. */
export interface DrawnCode {
  readonly modules: number;
  readonly path: string;
}

/**
 * Codes already drawn, by value. Encoding costs a few milliseconds on the kiosk's CPU, inside the
 * tap that opens a service; a visitor going back and forth, and the next visitor, see the same
 * few codes. Bounded: the oldest is dropped first.
 */
const drawn = new Map<string, DrawnCode>();
const KEEP = 32;

/**
 * Dark runs of a row are merged, and all of them are one path: a few hundred rectangle elements
 * cost more to create and lay out than the page's whole screen around them.
 */
export function drawQr(value: string): DrawnCode {
  const known = drawn.get(value);
  if (known !== undefined) return known;
  const qr = encode(value, { ecc: 'M', border: 2 });
  const runs: string[] = [];
  qr.data.forEach((row, y) => {
    let start = -1;
    row.forEach((dark, x) => {
      if (dark && start < 0) start = x;
      if ((!dark || x === row.length - 1) && start >= 0) {
        runs.push(`M${String(start)} ${String(y)}h${String((dark ? x + 1 : x) - start)}v1H${String(start)}z`);
        start = -1;
      }
    });
  });
  const code = { modules: qr.size, path: runs.join('') };
  drawn.set(value, code);
  if (drawn.size > KEEP) drawn.delete(drawn.keys().next().value as string);
  return code;
}
