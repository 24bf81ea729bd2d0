import { BrowserWindow } from 'electron';

import { APP_ENTRY_URL } from './app-origin.js';
import { isNavigationAllowed, windowOpenDecision } from './navigation-policy.js';

export interface KioskWindowOptions {
  readonly preloadPath: string;
  /** Packaged builds run fullscreen kiosk; development keeps a normal window with devtools. */
  readonly kioskMode: boolean;
}

export function createKioskWindow(options: KioskWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    show: false,
    kiosk: options.kioskMode,
    fullscreen: options.kioskMode,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: !options.kioskMode,
    },
  });
  window.webContents.setWindowOpenHandler(() => windowOpenDecision());
  window.webContents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
