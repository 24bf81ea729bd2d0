import { useMemo, type ReactElement } from 'react';
import { encode } from 'uqr';

export interface QrCodeProps {
  readonly value: string;
  /** What the code holds, for screen readers ("QR code: redsafe.icrc.org"). */
  readonly label: string;
  readonly size?: number;
  readonly testId?: string;
}

/**
 * A QR code drawn as SVG rectangles: no canvas, no image URL, nothing the page's CSP would have to
 * allow. Dark runs of a row are merged into one rectangle to keep the DOM small.
 */
export function QrCode({ value, label, size = 240, testId }: QrCodeProps): ReactElement {
  const { modules, rects } = useMemo(() => {
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
  }, [value]);

  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${modules} ${modules}`}
      shapeRendering="crispEdges"
      data-testid={testId}
      data-value={value}
    >
      <rect width={modules} height={modules} fill="#ffffff" />
      {rects.map((rect) => (
        <rect key={`${rect.x}-${rect.y}`} x={rect.x} y={rect.y} width={rect.width} height={1} fill="#000000" />
      ))}
    </svg>
  );
}
