import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import {
  err,
  isMethodName,
  methods,
  type MethodSpec,
  type ConfigStatus,
  type KioskEvent,
  type KioskInfo,
  type Result,
} from '../contract/index.js';
import type { KioskServices } from '../services/kiosk-services.js';
import type { Logger } from '../services/logger.js';

import { openEventStream } from './event-stream.js';
import { readJsonBody } from './json-body.js';
import { checkRequestOrigin } from './origin-guard.js';
import { RENDERER_CSP, readAsset } from './renderer-assets.js';

/** The documented default port (README); `--port` or `KIOSK_PORT` change it, 0 picks a free one. */
export const DEFAULT_PORT = 8127;
/** The host only ever listens on loopback: the kiosk's API is not for the local network. */
export const LISTEN_ADDRESS = '127.0.0.1';
export const MAX_BODY_BYTES = 64 * 1024;
const BODY_TIMEOUT_MS = 10_000;
/** A request whose headers have not all arrived after this long gets 408 and its socket closed. */
export const HEADERS_TIMEOUT_MS = 10_000;
/**
 * Open event streams at once. The kiosk's screen needs one (two while it reloads); every stream
 * holds a socket, a subscription and a timer, so a local process opening hundreds must be refused.
 */
export const MAX_EVENT_STREAMS = 16;

export interface WebHostOptions {
  readonly services: KioskServices;
  readonly port: number;
  readonly rendererDir: string;
  readonly logger: Logger;
  /** Only for tests, which cannot wait the real ten seconds. */
  readonly headersTimeoutMs?: number;
}

export interface WebHost {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

function sendJson(response: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

/** HTTP status for a Result; the body is always the Result itself, so clients read one shape. */
function statusFor(result: Result<unknown>): number {
  if (result.ok) return 200;
  switch (result.error.code) {
    case 'UNKNOWN_METHOD':
      return 404;
    case 'INVALID_PAYLOAD':
      return 400;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    default:
      return 200;
  }
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { services, rendererDir, logger } = options;
  const closers = new Set<() => void>();
  let openStreams = 0;
  let port = options.port;

  async function handleApiCall(method: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isMethodName(method)) {
      sendJson(response, 404, err('UNKNOWN_METHOD', method.slice(0, 64)));
      return;
    }
    // A JSON content type cannot be sent cross-site without a CORS preflight, which we never grant.
    const type = request.headers['content-type'] ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      sendJson(response, 415, err('INVALID_PAYLOAD', 'Content-Type must be application/json'));
      return;
    }
    // A few methods carry audio (recordings, clip archives) and declare a larger body in the contract.
    const spec: MethodSpec = methods[method];
    const maxBytes = spec.maxRequestBytes ?? MAX_BODY_BYTES;
    const body = await readJsonBody(request, maxBytes, BODY_TIMEOUT_MS);
    switch (body.kind) {
      case 'too_large':
        sendJson(response, 413, err('PAYLOAD_TOO_LARGE', `over ${maxBytes} bytes`));
        return;
      case 'invalid_json':
        sendJson(response, 400, err('INVALID_PAYLOAD', 'The body is not valid JSON.'));
        return;
      case 'aborted':
        if (!response.headersSent && !response.destroyed)
          sendJson(response, 400, err('INVALID_PAYLOAD', 'Body incomplete.'));
        return;
      case 'ok': {
        const result = await services.dispatch(method, body.value);
        sendJson(response, statusFor(result), result);
        return;
      }
    }
  }

  /** The events that describe the present state, sent first on every new event stream. */
  async function currentState(): Promise<KioskEvent[]> {
    const [config, info] = await Promise.all([
      services.dispatch('getConfigStatus', {}),
      services.dispatch('getKioskInfo', {}),
    ]);
    const initial: KioskEvent[] = [];
    if (config.ok) initial.push({ type: 'configChanged', status: config.value as ConfigStatus });
    if (info.ok) initial.push({ type: 'databaseStatus', status: (info.value as KioskInfo).database });
    return initial;
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const verdict = checkRequestOrigin(
      {
        host: request.headers.host,
        origin: request.headers.origin,
        secFetchSite: request.headers['sec-fetch-site'],
      },
      port,
    );
    if (!verdict.allowed) {
      logger.warn('request_refused', { reason: verdict.reason });
      sendText(response, 403, 'Forbidden');
      return;
    }
    const url = new URL(request.url ?? '/', `http://${LISTEN_ADDRESS}:${port}`);
    const path = url.pathname;
    if (path === '/api/events') {
      if (request.method !== 'GET') {
        sendText(response, 405, 'Method Not Allowed');
        return;
      }
      // Counted before the first await, so a burst of requests cannot all pass the check at once.
      if (openStreams >= MAX_EVENT_STREAMS) {
        logger.warn('event_stream_refused', { open: openStreams });
        response.setHeader('Retry-After', '5');
        sendText(response, 503, 'Too many event streams');
        return;
      }
      openStreams += 1;
      response.on('close', () => {
        openStreams -= 1;
      });
      const close = openEventStream(response, services.events, await currentState());
      closers.add(close);
      response.on('close', () => closers.delete(close));
      return;
    }
    if (path.startsWith('/api/')) {
      if (request.method !== 'POST') {
        response.setHeader('Allow', 'POST');
        sendJson(response, 405, err('INVALID_PAYLOAD', 'Use POST.'));
        return;
      }
      await handleApiCall(path.slice('/api/'.length), request, response);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, 'Method Not Allowed');
      return;
    }
    // `/display` is the turn-call display page: the same app without the first screen's copy
    // (display.html, written by the build), which shows only the calls.
    const asset = await readAsset(rendererDir, path === '/display' ? '/display.html' : path);
    if (asset.kind === 'missing') {
      if (path === '/' || path === '/index.html' || path === '/display') {
        sendText(response, 503, 'The kiosk screens are not built yet. Run "npm run build" and reload.');
      } else {
        sendText(response, 404, 'Not Found');
      }
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': asset.contentType,
      'Content-Length': asset.body.length,
      'Content-Security-Policy': RENDERER_CSP,
      // Hashed asset names change with every build; index.html must always be fresh.
      'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : asset.body);
  }

  const headersTimeout = options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS;
  // Node enforces headersTimeout only when it sweeps its connections, every 30 s by default, so a
  // slow-header socket lived about 33 s instead of 10. Sweeping every second keeps the stated bound.
  const connectionsCheckingInterval = Math.min(1000, Math.max(50, Math.floor(headersTimeout / 4)));
  const server = createServer({ connectionsCheckingInterval }, (request, response) => {
    route(request, response).catch((error: unknown) => {
      logger.error('host_route_failed', { error: error instanceof Error ? error.message : String(error) });
      if (!response.headersSent) sendJson(response, 500, err('INTERNAL'));
      else response.destroy();
    });
  });
  server.headersTimeout = headersTimeout;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LISTEN_ADDRESS, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://${LISTEN_ADDRESS}:${port}/`;
  logger.info('web_host_listening', { url });

  return {
    url,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const close of closers) close();
        closers.clear();
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
