import { beforeAll, describe, expect, it, vi } from 'vitest';

import {
  EVENT_CHANNEL,
  HEARTBEAT_CHANNEL,
  INVOKE_CHANNEL,
  METHOD_NAMES,
  type KioskApi,
  type KioskEvent,
  type KioskShellBridge,
} from '../../main/contract/index.js';

// Electron's renderer modules cannot exist here; this stand-in records what the preload does with
// them, following their documented shapes (contextBridge.exposeInMainWorld, ipcRenderer.invoke/on/off).
const exposed = new Map<string, unknown>();
const invocations: unknown[][] = [];
const sent: unknown[][] = [];
const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
let invokeAnswer: () => Promise<unknown> = () => Promise.resolve({ ok: true, value: { language: 'ht' } });

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => {
      exposed.set(key, value);
    },
  },
  ipcRenderer: {
    send: (...args: unknown[]) => {
      sent.push(args);
    },
    invoke: (...args: unknown[]) => {
      invocations.push(args);
      return invokeAnswer();
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    off: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.get(channel)?.delete(listener);
    },
  },
}));

let kiosk: KioskApi;

beforeAll(async () => {
  await import('../../main/electron/preload.js');
  kiosk = exposed.get('kiosk') as KioskApi;
});

describe('the preload', () => {
  it('exposes exactly window.kiosk, with every contract method and subscribe, and the shell heartbeat', () => {
    expect([...exposed.keys()]).toEqual(['kiosk', 'kioskShell']);
    expect(Object.keys(exposed.get('kioskShell') as object)).toEqual(['heartbeat']);
    expect(Object.keys(kiosk).sort()).toEqual([...METHOD_NAMES, 'subscribe'].sort());
  });

  it('sends every call through the one invoke channel with the method name', async () => {
    const answer = await kiosk.setLanguage({ language: 'ht' });
    expect(answer).toEqual({ ok: true, value: { language: 'ht' } });
    expect(invocations.at(-1)).toEqual([INVOKE_CHANNEL, 'setLanguage', { language: 'ht' }]);
    await kiosk.getKioskInfo();
    expect(invocations.at(-1)).toEqual([INVOKE_CHANNEL, 'getKioskInfo', {}]);
  });

  it('sends the heartbeat on its own channel, with nothing the page could fill in', () => {
    const shell = exposed.get('kioskShell') as KioskShellBridge;
    shell.heartbeat();
    expect(sent).toEqual([[HEARTBEAT_CHANNEL]]);
  });

  it('turns a failed IPC call into a typed error instead of a rejection', async () => {
    invokeAnswer = () => Promise.reject(new Error('An object could not be cloned.'));
    expect(await kiosk.getConfigStatus()).toEqual({ ok: false, error: { code: 'TRANSPORT_UNAVAILABLE' } });
  });

  it('delivers events from the one event channel and stops when unsubscribed', () => {
    const received: KioskEvent[] = [];
    const unsubscribe = kiosk.subscribe((event) => received.push(event));
    const event: KioskEvent = { type: 'configChanged', status: { state: 'ok', loadedAt: null, issues: [] } };
    for (const listener of listeners.get(EVENT_CHANNEL) ?? []) listener({}, event);
    unsubscribe();
    for (const listener of listeners.get(EVENT_CHANNEL) ?? []) listener({}, event);
    expect(received).toEqual([event]);
    expect(listeners.get(EVENT_CHANNEL)?.size).toBe(0);
  });
});
