import { useEffect, useMemo, useState, type ReactElement } from 'react';

import type { DrawnCode } from './qr-runs.js';

export interface QrCodeProps {
  readonly value: string;
  /** What the code holds, for screen readers ("QR code: redsafe.icrc.org"). */
  readonly label: string;
  readonly size?: number;
  readonly testId?: string;
}

type Encoder = (value: string) => DrawnCode;

let encoder: Encoder | null = null;
let pending: Promise<Encoder> | null = null;

/**
 * The encoder is a chunk of its own: the first screen shows no QR code, and the first screen's
 * bundle is kept small. A failed fetch is forgotten, so the next QR code on screen tries again.
 */
function loadEncoder(): Promise<Encoder> {
  pending ??= import('./qr-runs.js').then(
    (module) => {
      encoder = module.drawQr;
      return module.drawQr;
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

// Fetched at start, in parallel with the rest: it is there long before a visitor reaches a code.
loadEncoder().catch(() => undefined);

/**
 * A QR code drawn as one SVG path: no canvas, no image URL, nothing the page's CSP would have to
 * allow. The frame keeps its size while the encoder arrives, so nothing around it moves.
 */
export function QrCode({ value, label, size = 240, testId }: QrCodeProps): ReactElement {
  const [ready, setReady] = useState(encoder !== null);
  useEffect(() => {
    if (ready) return undefined;
    let live = true;
    loadEncoder().then(
      () => {
        if (live) setReady(true);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ready]);
  const code = useMemo(() => (ready && encoder !== null ? encoder(value) : null), [ready, value]);
  const modules = code?.modules ?? 1;

  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      aria-busy={code === null}
      width={size}
      height={size}
      viewBox={`0 0 ${String(modules)} ${String(modules)}`}
      shapeRendering="crispEdges"
      data-testid={testId}
      data-value={value}
    >
      <rect width={modules} height={modules} fill="#ffffff" />
      {code === null ? null : <path d={code.path} fill="#000000" />}
    </svg>
  );
}
