import type { KioskApi, KioskShellBridge } from '../../../main/contract/index.js';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the page is served by the web host. */
    readonly kiosk?: KioskApi;
    /** Set by the Electron preload: the heartbeat main's watchdog listens to. */
    readonly kioskShell?: KioskShellBridge;
  }
}
