import { renderSVG } from 'uqr';

/** The QR for the OS-driver slip, drawn as SVG (the driver prints a page; it has no native QR). */
export function qrSvg(payload: string): string {
  return renderSVG(payload, { ecc: 'M', border: 2 });
}
