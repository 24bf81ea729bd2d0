import { HEARTBEAT_INTERVAL_MS } from '../../../main/contract/index.js';

/**
 * Tells the Electron shell the page is alive, every few seconds from the page's main thread: if
 * that thread locks up, the beats stop and main's watchdog crashes and reloads the page. In the
 * web host there is no shell (`window.kioskShell` is absent) and nothing is sent.
 */
export function startHeartbeat(win: Window): () => void {
  const shell = win.kioskShell;
  if (shell === undefined) return () => undefined;
  const beat = (): void => {
    shell.heartbeat();
  };
  beat();
  const timer = win.setInterval(beat, HEARTBEAT_INTERVAL_MS);
  return () => {
    win.clearInterval(timer);
  };
}
