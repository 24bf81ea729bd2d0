import type { ServerResponse } from 'node:http';

import type { KioskEvent } from '../contract/index.js';
import type { EventBus } from '../services/event-bus.js';

/** Comment lines keep idle proxies and the browser from closing a quiet stream. */
const KEEPALIVE_MS = 15_000;

/**
 * Server-sent events: one `data:` line of JSON per `KioskEvent`. `EventSource` reconnects by itself
 * (after the `retry` delay) when the host restarts, so the UI needs no reconnect logic of its own.
 */
export function openEventStream(
  response: ServerResponse,
  events: EventBus,
  initial: readonly KioskEvent[],
): () => void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Content-Type-Options': 'nosniff',
  });
  response.write('retry: 2000\n: connected\n\n');
  const send = (event: KioskEvent): void => {
    response.write(`data: ${JSON.stringify(event)}\n\n`);
  };
  // Subscribe first, then send the current state: a client that reconnects after a host restart
  // (or a missed event) catches up at once instead of waiting for the next change.
  const unsubscribe = events.subscribe(send);
  for (const event of initial) send(event);
  const keepalive = setInterval(() => {
    response.write(': keepalive\n\n');
  }, KEEPALIVE_MS);
  keepalive.unref();
  const close = (): void => {
    clearInterval(keepalive);
    unsubscribe();
  };
  response.on('close', close);
  return () => {
    close();
    response.end();
  };
}
