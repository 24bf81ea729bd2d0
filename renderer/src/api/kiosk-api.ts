import { createKioskClient, type KioskApi } from '../../../main/contract/index.js';

import { createWebSubscribeTransport, eventSourceOpener } from './web-events.js';
import { createWebCallTransport } from './web-transport.js';

/** What the choice of client needs from the page, so it can be tested without a browser. */
export interface BrowserLike {
  readonly kiosk?: KioskApi | undefined;
  readonly fetch: typeof fetch;
  readonly EventSource: typeof EventSource;
}

/**
 * In Electron the preload has put `window.kiosk` there (IPC); in a browser served by the web host
 * the same contract travels over HTTP and server-sent events.
 */
export function resolveKioskApi(page: BrowserLike): KioskApi {
  if (page.kiosk !== undefined) return page.kiosk;
  const fetchFromPage: typeof fetch = (input, init) => page.fetch(input, init);
  return createKioskClient(
    createWebCallTransport({ fetch: fetchFromPage }),
    createWebSubscribeTransport({ open: eventSourceOpener(page.EventSource) }),
  );
}
