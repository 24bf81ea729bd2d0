/** The one IPC channel for events in Electron; the web host sends the same objects as SSE. */
export const EVENT_CHANNEL = 'kiosk:event';
/** The one IPC channel for calls in Electron: `invoke(INVOKE_CHANNEL, method, payload)`. */
export const INVOKE_CHANNEL = 'kiosk:invoke';
/**
 * The renderer's heartbeat in Electron (`send`, no answer): main's watchdog treats a page that
 * stops beating as hung. Every `HEARTBEAT_INTERVAL_MS` while the page's main thread is free.
 */
export const HEARTBEAT_CHANNEL = 'kiosk:heartbeat';
export const HEARTBEAT_INTERVAL_MS = 5_000;

/** `window.kioskShell`, set by the Electron preload only: what the page tells the shell itself. */
export interface KioskShellBridge {
  heartbeat(): void;
}
