/**
 * The pseudo-locale: every message rendered as `[!! Ŵĥàţ ðö ýöû ñéêð? ~~~ !!]`, about 40% longer.
 * Text on screen outside the brackets was not translated (hard-coded), and a button whose label
 * is clipped will be clipped in French or Kreyòl too. Switched on only by a flag a test sets before
 * the page loads (`window.__KIOSK_PSEUDO_LOCALE__`); nothing in the kiosk itself sets it.
 */
const ACCENTED: Readonly<Record<string, string>> = {
  a: 'à',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  w: 'ŵ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  L: 'Ļ',
  N: 'Ñ',
  O: 'Ö',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  W: 'Ŵ',
  Y: 'Ý',
  Z: 'Ž',
};

export const PSEUDO_OPEN = '[!! ';
export const PSEUDO_CLOSE = ' !!]';

declare global {
  interface Window {
    __KIOSK_PSEUDO_LOCALE__?: boolean;
  }
}

export function pseudoLocaleEnabled(): boolean {
  return typeof window !== 'undefined' && window.__KIOSK_PSEUDO_LOCALE__ === true;
}

export function pseudoLocalize(text: string): string {
  if (text.startsWith(PSEUDO_OPEN)) return text;
  const accented = Array.from(text, (char) => ACCENTED[char] ?? char).join('');
  // Brackets count for about 8 characters; the tildes bring the total to roughly 140%.
  const padding = '~'.repeat(Math.max(1, Math.round(text.length * 0.4) - 8));
  return `${PSEUDO_OPEN}${accented} ${padding}${PSEUDO_CLOSE}`;
}
