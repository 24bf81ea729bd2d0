import { Menu, type BrowserWindow, type Session, type WebContents } from 'electron';

import type { Logger } from '../services/logger.js';

import { isBlockedKey } from './input-policy.js';
import { isMediaPermissionAllowed } from './media-permission.js';
import { isNavigationAllowed, isPermissionAllowed, windowOpenDecision } from './navigation-policy.js';

export interface LockdownOptions {
  /** Development builds keep devtools and their shortcuts; packaged builds do not. */
  readonly developerTools: boolean;
  readonly logger: Logger;
}

/**
 * Session-wide rules, set once before any window loads. Electron grants every permission when no
 * handler is set, so both handlers exist and deny by default; devices, screen capture and
 * downloads are refused outright.
 */
/** Whether a staff screen that may use a media device is open right now (the services' gates). */
export interface MediaGates {
  readonly recordingScreenOpen: () => boolean;
  readonly scannerOpen: () => boolean;
  /** The visitor's own slip scanner is open (its gate opens only where the site allows it). */
  readonly visitorScannerOpen: () => boolean;
  /** site.json `visitorCamera`, read at each request so a reload that turns it off counts at once. */
  readonly visitorCameraAllowed: () => boolean;
}

export function lockDownSession(session: Session, logger: Logger, gates: MediaGates): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    const allowed =
      isPermissionAllowed(permission, details.requestingUrl) ||
      isMediaPermissionAllowed({
        permission,
        requestingUrl: details.requestingUrl,
        recordingScreenOpen: gates.recordingScreenOpen(),
        scannerOpen: gates.scannerOpen(),
        visitorScannerOpen: gates.visitorScannerOpen(),
        visitorCameraAllowed: gates.visitorCameraAllowed(),
        ...(mediaTypes === undefined ? {} : { mediaTypes }),
      });
    if (!allowed) logger.warn('permission_denied', { permission });
    callback(allowed);
  });
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      isPermissionAllowed(permission, requestingOrigin) ||
      isMediaPermissionAllowed({
        permission,
        requestingUrl: requestingOrigin,
        recordingScreenOpen: gates.recordingScreenOpen(),
        scannerOpen: gates.scannerOpen(),
        visitorScannerOpen: gates.visitorScannerOpen(),
        visitorCameraAllowed: gates.visitorCameraAllowed(),
      }),
  );
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => {
    callback({});
  });
  session.on('will-download', (event) => {
    event.preventDefault();
  });
}

/**
 * Rules for every web contents the app creates (the kiosk window and anything else that might
 * appear): no navigation away from app://kiosk, no new windows, no webviews, no zoom, no
 * context menu, no reload/devtools/print shortcuts in production. A file dropped on the window
 * would navigate to file:// — the navigation rule refuses it.
 */
export function lockDownContents(contents: WebContents, options: LockdownOptions): void {
  const { logger } = options;
  contents.setWindowOpenHandler(({ url }) => {
    logger.warn('window_open_denied', { scheme: safeScheme(url) });
    return windowOpenDecision();
  });
  const refuseNavigation = (event: { preventDefault(): void }, url: string): void => {
    if (isNavigationAllowed(url)) return;
    event.preventDefault();
    logger.warn('navigation_denied', { scheme: safeScheme(url) });
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-frame-navigate', (event) => {
    refuseNavigation(event, event.url);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.on('context-menu', (event) => {
    event.preventDefault();
  });
  contents.on('before-input-event', (event, input) => {
    if (isBlockedKey(input, { developerTools: options.developerTools })) event.preventDefault();
  });
  contents.on('did-finish-load', () => {
    void contents.setVisualZoomLevelLimits(1, 1);
  });
  contents.on('zoom-changed', () => {
    contents.setZoomFactor(1);
  });
  if (!options.developerTools) {
    contents.on('devtools-opened', () => {
      contents.closeDevTools();
    });
  }
}

/** No application menu in a kiosk: its accelerators would reload, zoom or quit the app. */
export function removeApplicationMenu(): void {
  Menu.setApplicationMenu(null);
}

/** Hides the pointer where the kiosk has a touch screen and no mouse (site option). */
export async function hideCursor(window: BrowserWindow): Promise<void> {
  await window.webContents.insertCSS('* { cursor: none !important; }');
}

/** Logs name only the scheme of a refused URL: a URL may carry anything. */
function safeScheme(url: string): string {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  return match?.[1]?.toLowerCase() ?? 'invalid';
}
