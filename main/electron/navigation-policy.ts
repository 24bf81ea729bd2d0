import { isAppUrl } from './app-origin.js';

/**
 * First-line navigation rules of the kiosk window (the full lockdown extends them): the window only
 * ever shows our own UI, never opens new windows and grants no permission by default.
 */
export function isNavigationAllowed(targetUrl: string): boolean {
  return isAppUrl(targetUrl);
}

/** Every `window.open` / `target=_blank` is denied: a kiosk has no second window to offer. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Permissions the UI may use. Electron grants every permission when no handler is set, so the
 * handler exists and denies by default. Audio playback needs none.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['fullscreen']);

export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
