import { describe, expect, it, vi } from 'vitest';

import { METHOD_NAMES, type KioskApi } from '../../main/contract/index.js';
import { resolveKioskApi } from '../../renderer/src/api/kiosk-api.js';

import { fakeKioskApi } from './fake-kiosk-api.js';

/** Never constructed here: calls are what these tests look at. */
const NoEventSource = { CLOSED: 2 } as unknown as typeof EventSource;

describe('resolveKioskApi', () => {
  it("uses Electron's window.kiosk when the preload put it there", () => {
    const kiosk: KioskApi = fakeKioskApi().api;
    const fetchSpy = vi.fn<typeof fetch>();
    expect(resolveKioskApi({ kiosk, fetch: fetchSpy, EventSource: NoEventSource })).toBe(kiosk);
  });

  it('builds the web client over HTTP otherwise, with every method of the contract', async () => {
    const fetchSpy = vi.fn<typeof fetch>(() =>
      Promise.resolve(new Response(JSON.stringify({ ok: true, value: { language: 'ht' } }))),
    );
    const api = resolveKioskApi({ fetch: fetchSpy, EventSource: NoEventSource });
    for (const method of METHOD_NAMES) expect(typeof api[method]).toBe('function');

    expect(await api.setLanguage({ language: 'ht' })).toEqual({ ok: true, value: { language: 'ht' } });
    expect(fetchSpy.mock.calls[0]?.[0]).toBe('/api/setLanguage');
  });
});
