/**
 * The display page is the same built UI opened at `/display` (web host) or with `#display`
 * (Electron's second window, which loads `display.html#display`); both are display.html, the
 * entry page without the first screen's static copy: a public screen that only shows
 * the numbers being called.
 */
export function isDisplayPage(location: { readonly pathname: string; readonly hash: string }): boolean {
  return location.pathname === '/display' || location.hash === '#display';
}
