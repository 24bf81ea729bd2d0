import { LANGUAGES, type Language } from '../../../main/contract/index.js';

/**
 * The language a visitor tapped on index.html's static first screen before the app had drawn its
 * own (kept by renderer/public/first-screen.js), taken once. Only one of the four languages counts:
 * the attribute is page state, and anything else in it is ignored.
 */
export function takeFirstTap(root: HTMLElement): Language | null {
  const value = root.getAttribute('data-first-language');
  root.removeAttribute('data-first-language');
  return LANGUAGES.find((language) => language === value) ?? null;
}
