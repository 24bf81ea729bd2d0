/** The one IPC channel for events in Electron; the web host sends the same objects as SSE. */
export const EVENT_CHANNEL = 'kiosk:event';
/** The one IPC channel for calls in Electron: `invoke(INVOKE_CHANNEL, method, payload)`. */
export const INVOKE_CHANNEL = 'kiosk:invoke';
