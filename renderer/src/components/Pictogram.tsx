import type { ReactElement } from 'react';

/**
 * Pictograms are drawn here as inline SVG, not emoji or icon fonts: the kiosk PC's fonts are not
 * known in advance, and a missing glyph would leave an empty box where a person who reads little
 * looks for meaning.
 */
const PATHS = {
  info: (
    <>
      <circle cx="24" cy="24" r="19" />
      <path d="M24 21v13" />
      <circle cx="24" cy="14.5" r="1.5" className="pictogram-dot" />
    </>
  ),
  account: (
    <>
      <circle cx="19" cy="16" r="7" />
      <path d="M5 41c0-8 6-13.5 14-13.5S33 33 33 41" />
      <path d="M39 13v12M33 19h12" />
    </>
  ),
  services: (
    <>
      <path d="M24 44S10 31 10 20a14 14 0 0 1 28 0c0 11-14 24-14 24z" />
      <circle cx="24" cy="20" r="5" />
    </>
  ),
  urgent: (
    <path d="M14 5h6l3.5 9.5-4.5 3.5a25 25 0 0 0 11 11l3.5-4.5L43 28v6a4 4 0 0 1-4 4C21.5 38 10 26.5 10 9a4 4 0 0 1 4-4z" />
  ),
  privacy: (
    <>
      <rect x="10" y="21" width="28" height="21" rx="3" />
      <path d="M16 21v-5a8 8 0 0 1 16 0v5" />
      <path d="M24 29v6" />
    </>
  ),
  staff: (
    <>
      <circle cx="17" cy="19" r="6" />
      <path d="M5 42c0-8 5-13 12-13s12 5 12 13" />
      <path d="M31 5h11a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3h-5l-5 4v-4a3 3 0 0 1-4-3V8a3 3 0 0 1 3-3z" />
    </>
  ),
  language: (
    <>
      <path d="M7 6h20a3 3 0 0 1 3 3v11a3 3 0 0 1-3 3H16l-6 5v-5H7a3 3 0 0 1-3-3V9a3 3 0 0 1 3-3z" />
      <path d="M10 12h14M10 17h9" />
      <path d="M34 19h7a3 3 0 0 1 3 3v10a3 3 0 0 1-3 3h-2v5l-6-5h-8a3 3 0 0 1-3-3v-4" />
    </>
  ),
  back: <path d="M29 9L14 24l15 15" />,
  home: (
    <>
      <path d="M5 22L24 6l19 16" />
      <path d="M10 18v23h28V18" />
      <path d="M20 41V30h8v11" />
    </>
  ),
  // A door left behind with an arrow going out: "I am done, I leave".
  finish: (
    <>
      <path d="M22 6H8v36h14" />
      <path d="M18 24h25M35 16l8 8-8 8" />
    </>
  ),
  notice: (
    <path d="M31 5a10 10 0 0 0-9.5 13.5L7 33a4 4 0 0 0 6 6l14.5-14.5A10 10 0 0 0 42 15l-6 5.5-6-1-1-6L35 7.5A10 10 0 0 0 31 5z" />
  ),
  // A small figure with a large head: how pictogram standards draw a child.
  child: (
    <>
      <circle cx="24" cy="11" r="7" />
      <path d="M24 18v14M13 23l11 3 11-3M24 32l-6 11M24 32l6 11" />
    </>
  ),
  desk: (
    <>
      <circle cx="24" cy="11" r="6" />
      <path d="M13 29c0-7 4.5-11 11-11s11 4 11 11" />
      <path d="M4 29h40M8 29v13M40 29v13" />
    </>
  ),
  clock: (
    <>
      <circle cx="24" cy="24" r="19" />
      <path d="M24 13v11l7 5" />
    </>
  ),
  retry: (
    <>
      <path d="M38 26a14 14 0 1 1-4.5-12.5" />
      <path d="M36 5v10h-10" />
    </>
  ),
  warning: (
    <>
      <path d="M24 6l20 35H4z" />
      <path d="M24 18v11" />
      <circle cx="24" cy="34.5" r="1.5" className="pictogram-dot" />
    </>
  ),
  speaker: (
    <>
      <path d="M8 18h8l10-9v30l-10-9H8z" />
      <path d="M33 17a10 10 0 0 1 0 14M38 11a18 18 0 0 1 0 26" />
    </>
  ),
  search: (
    <>
      <circle cx="20" cy="20" r="12" />
      <path d="M29 29l13 13" />
    </>
  ),
  document: (
    <>
      <path d="M12 5h17l9 9v29H12z" />
      <path d="M29 5v9h9M18 24h14M18 31h14" />
    </>
  ),
  scale: (
    <>
      <path d="M24 6v36M14 42h20M8 12h32" />
      <path d="M8 12L3 26a6 6 0 0 0 10 0zM40 12l-5 14a6 6 0 0 0 10 0z" />
    </>
  ),
  health: <path d="M24 41S6 30 6 17a9 9 0 0 1 18-3 9 9 0 0 1 18 3c0 13-18 24-18 24zM24 18v12M18 24h12" />,
  shelter: (
    <>
      <path d="M4 24L24 7l20 17" />
      <path d="M9 20v22h30V20" />
      <path d="M15 35h18M15 35v-6h9v6" />
    </>
  ),
  family: (
    <>
      <circle cx="15" cy="12" r="5" />
      <circle cx="33" cy="12" r="5" />
      <circle cx="24" cy="26" r="3.5" />
      <path d="M7 40c0-9 3-15 8-15s8 6 8 15M25 40c0-9 3-15 8-15s8 6 8 15" />
    </>
  ),
  hand: (
    <path d="M16 42c-5-4-9-10-9-16l2-3c2-1 4 1 5 3V10a2.5 2.5 0 0 1 5 0v12V7a2.5 2.5 0 0 1 5 0v15V9a2.5 2.5 0 0 1 5 0v14-9a2.5 2.5 0 0 1 5 0v15c0 7-3 11-6 13z" />
  ),
  work: (
    <>
      <rect x="5" y="15" width="38" height="25" rx="3" />
      <path d="M17 15v-5h14v5M5 26h38" />
    </>
  ),
  journey: (
    <>
      <path d="M6 38h36" />
      <path d="M10 30l28-14c3-1.5 5 1 2.5 3L18 33l-8-3z" />
      <path d="M17 22l-6-5 4-2 9 3" />
    </>
  ),
  print: (
    <>
      <path d="M13 18V5h22v13" />
      <rect x="5" y="18" width="38" height="16" rx="3" />
      <path d="M13 28h22v15H13z" />
    </>
  ),
  screen: (
    <>
      <rect x="4" y="7" width="40" height="27" rx="3" />
      <path d="M17 42h14M24 34v8" />
    </>
  ),
  phone: (
    <>
      <rect x="13" y="4" width="22" height="40" rx="4" />
      <path d="M21 38h6" />
    </>
  ),
  check: <path d="M8 25l10 10 22-22" />,
  key: (
    <>
      <circle cx="15" cy="31" r="9" />
      <path d="M21.5 24.5L40 6M33 13l5 5M28 18l4 4" />
    </>
  ),
  backspace: (
    <>
      <path d="M17 9h25v30H17L4 24z" />
      <path d="M23 18l12 12M35 18L23 30" />
    </>
  ),
  camera: (
    <>
      <path d="M4 15h9l4-6h14l4 6h9v25H4z" />
      <circle cx="24" cy="26" r="8" />
    </>
  ),
  chart: (
    <>
      <path d="M6 6v36h36" />
      <path d="M14 34V24M22 34V14M30 34V20M38 34V10" />
    </>
  ),
} satisfies Record<string, ReactElement>;

export type PictogramName = keyof typeof PATHS;

export interface PictogramProps {
  readonly name: PictogramName;
  /** Extra class for size and colour (`pictogram--large`, …). */
  readonly className?: string;
}

/** Decorative: the text next to it carries the meaning for screen readers. */
export function Pictogram({ name, className }: PictogramProps): ReactElement {
  return (
    <svg
      className={className === undefined ? 'pictogram' : `pictogram ${className}`}
      viewBox="0 0 48 48"
      aria-hidden="true"
      focusable="false"
      data-pictogram={name}
    >
      {PATHS[name]}
    </svg>
  );
}
