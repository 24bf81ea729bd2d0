import type { Protocol } from 'electron';

import { RENDERER_CSP, readAsset } from '../host/renderer-assets.js';

import { APP_SCHEME, isAppUrl } from './app-origin.js';

/** Registered before `ready`: a standard, secure scheme gets a real origin, fetch and storage. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
} as const;

/**
 * Serves the built renderer from `app://kiosk/` (not `file://`, which would give the page access to
 * every local file and no origin to check). Same files and rules as the web host.
 */
export function registerAppProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (!isAppUrl(request.url) || request.method !== 'GET') {
      return new Response('Forbidden', { status: 403 });
    }
    const asset = await readAsset(rendererDir, new URL(request.url).pathname);
    if (asset.kind === 'missing') return new Response('Not Found', { status: 404 });
    return new Response(new Uint8Array(asset.body), {
      status: 200,
      headers: {
        'Content-Type': asset.contentType,
        'Content-Security-Policy': RENDERER_CSP,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
