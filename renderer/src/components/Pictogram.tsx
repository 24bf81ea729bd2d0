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
