import { BrowserWindow } from 'electron';

import { APP_ENTRY_URL } from './app-origin.js';

export interface KioskWindowOptions {
  readonly preloadPath: string;
  /** Fullscreen kiosk without frame (packaged builds); development keeps a normal window. */
  readonly kioskMode: boolean;
  readonly developerTools: boolean;
}

/** The one window. Its contents are locked down by `lockDownContents` (app-wide, on creation). */
export function createKioskWindow(options: KioskWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    show: false,
    kiosk: options.kioskMode,
    fullscreen: options.kioskMode,
    frame: !options.kioskMode,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click (auxclick) can open links in new windows; nothing here needs it.
      disableBlinkFeatures: 'Auxclick',
      devTools: options.developerTools,
      // Idle timers and the countdown must keep running even when the window is covered.
      backgroundThrottling: false,
    },
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
