/**
 * The UI's own origin in Electron: `app://kiosk/`. It is a custom "standard" scheme, so Chromium
 * gives it a real origin; Node's WHATWG `URL` still reports `origin === "null"` for schemes it does
 * not know, so code here compares the parsed protocol and host, never `origin` and never a prefix.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
/** The turn queue's display page: the same app without the first screen's copy (renderer/vite.config.ts). */
export const APP_DISPLAY_URL = `${APP_SCHEME}://${APP_HOST}/display.html#display`;

/** True only for URLs of our own UI: `app://kiosk/...` with no credentials and no port. */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname.toLowerCase() === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
