// Runs sandboxed before the page, with context isolation: it exposes exactly `window.kiosk`, built
// from the contract's method list, and `window.kioskShell` with the heartbeat. Only invoke, one
// event channel and the heartbeat; no raw ipcRenderer.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

import type { KioskApi } from '../contract/api.js';
import { createKioskClient } from '../contract/client.js';
import type { KioskEvent } from '../contract/events.js';
import { EVENT_CHANNEL, HEARTBEAT_CHANNEL, INVOKE_CHANNEL, type KioskShellBridge } from '../contract/ipc-channels.js';
import { err, type Result } from '../contract/result.js';

const kiosk = createKioskClient(
  async (method, request) => {
    try {
      return (await ipcRenderer.invoke(INVOKE_CHANNEL, method, request)) as Result<unknown>;
    } catch {
      return err('TRANSPORT_UNAVAILABLE');
    }
  },
  (listener) => {
    const onEvent = (_event: IpcRendererEvent, payload: KioskEvent): void => {
      listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, onEvent);
    return () => {
      ipcRenderer.off(EVENT_CHANNEL, onEvent);
    };
  },
) satisfies KioskApi;

contextBridge.exposeInMainWorld('kiosk', kiosk);

/** The shell's own channel, apart from the contract: the page's heartbeat, nothing else. */
const kioskShell = {
  heartbeat: (): void => {
    ipcRenderer.send(HEARTBEAT_CHANNEL);
  },
} satisfies KioskShellBridge;

contextBridge.exposeInMainWorld('kioskShell', kioskShell);
