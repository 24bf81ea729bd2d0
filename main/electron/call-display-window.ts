import { BrowserWindow, screen } from 'electron';

import type { Logger } from '../services/logger.js';

import { APP_DISPLAY_URL } from './app-origin.js';
import { chooseCallDisplay } from './call-display-choice.js';

export interface CallDisplayOptions {
  readonly kioskWindow: BrowserWindow;
  readonly preloadPath: string;
  /** `KIOSK_CALL_DISPLAY`: off (default), auto, or an Electron display id. */
  readonly setting: string | undefined;
  readonly logger: Logger;
}

/**
 * The optional second window for turn calls: full screen on another monitor, showing the display
 * page (`display.html#display`), which reads only the public list of current calls. It never takes
 * focus from the kiosk window, follows monitors plugged in or out, and closes with the kiosk.
 */
export function startCallDisplay(options: CallDisplayOptions): () => void {
  const { kioskWindow, preloadPath, setting, logger } = options;
  let window: BrowserWindow | undefined;

  const place = (): void => {
    if (kioskWindow.isDestroyed()) return;
    const kioskScreen = screen.getDisplayMatching(kioskWindow.getBounds());
    const choice = chooseCallDisplay(setting, screen.getAllDisplays(), kioskScreen.id);
    if (choice.kind === 'none') {
      if (choice.reason !== 'off') logger.warn('call_display_not_shown', { reason: choice.reason });
      window?.close();
      window = undefined;
      return;
    }
    const { bounds } = choice.screen;
    if (window !== undefined && !window.isDestroyed()) {
      window.setBounds(bounds);
      return;
    }
    const created = new BrowserWindow({
      ...bounds,
      show: false,
      frame: false,
      fullscreen: true,
      focusable: false,
      skipTaskbar: true,
      autoHideMenuBar: true,
      backgroundColor: '#ffffff',
      webPreferences: {
        preload: preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
        devTools: false,
        backgroundThrottling: false,
        // Middle-click (auxclick) can open links in new windows; nothing on the display needs it.
        disableBlinkFeatures: 'Auxclick',
      },
    });
    created.once('ready-to-show', () => {
      created.showInactive();
    });
    created.on('closed', () => {
      if (window === created) window = undefined;
    });
    void created.loadURL(APP_DISPLAY_URL);
    window = created;
    logger.info('call_display_shown', { screen: choice.screen.id });
  };

  place();
  screen.on('display-added', place);
  screen.on('display-removed', place);
  return () => {
    screen.off('display-added', place);
    screen.off('display-removed', place);
    if (window !== undefined && !window.isDestroyed()) window.close();
    window = undefined;
  };
}
