import type { KioskApi } from '../../../main/contract/index.js';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the page is served by the web host. */
    readonly kiosk?: KioskApi;
  }
}
