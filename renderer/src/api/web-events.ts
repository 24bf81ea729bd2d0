import type { KioskEvent, SubscribeTransport } from '../../../main/contract/index.js';

import { loadContractChecks, loadedContractChecks, type ContractChecks } from './load-contract-checks.js';

/** One open event stream, as far as this client cares. */
export interface EventStream {
  /** True once the browser has given up on the stream and will not reconnect by itself. */
  isClosed(): boolean;
  close(): void;
}

/** Opens a stream (`new EventSource(url)` in the browser, a fake in tests). */
export type EventStreamOpener = (
  url: string,
  on: { readonly message: (data: unknown) => void; readonly error: () => void },
) => EventStream;

export interface WebEventsOptions {
  readonly open: EventStreamOpener;
  readonly url?: string;
  /** Delay before reopening a stream the browser gave up on. */
  readonly reopenDelayMs?: number;
}

/**
 * Server-sent events from `/api/events`, one stream shared by every listener.
 *
 * `EventSource` reconnects by itself after a dropped connection, but gives up for good when an
 * answer is not an event stream (a host restarting behind an error page, a 403): then the stream
 * is reopened here after a delay, so a kiosk left alone for days still hears `configChanged`.
 */
export function createWebSubscribeTransport(options: WebEventsOptions): SubscribeTransport {
  const url = options.url ?? '/api/events';
  const reopenDelayMs = options.reopenDelayMs ?? 5_000;
  const listeners = new Set<(event: KioskEvent) => void>();
  let stream: EventStream | null = null;
  let reopenTimer: ReturnType<typeof setTimeout> | undefined;

  const dispatch = (checks: ContractChecks, data: unknown): void => {
    const event = checks.parseKioskEvent(data);
    if (event === null) return;
    for (const listener of [...listeners]) listener(event);
  };
  // Messages that came before the checks had arrived, in their order.
  let waiting: unknown[] = [];
  const deliver = (data: unknown): void => {
    const checks = loadedContractChecks();
    if (checks !== null && waiting.length === 0) {
      dispatch(checks, data);
      return;
    }
    waiting.push(data);
    if (waiting.length > 1) return;
    loadContractChecks().then(
      (loadedChecks) => {
        const queued = waiting;
        waiting = [];
        for (const item of queued) dispatch(loadedChecks, item);
      },
      () => {
        // Without the checks no event can be trusted: drop them; the next message tries again.
        waiting = [];
      },
    );
  };

  const open = (): void => {
    const current: EventStream = options.open(url, {
      message: (data) => {
        deliver(data);
      },
      error: () => {
        if (stream !== current || !current.isClosed()) return;
        current.close();
        stream = null;
        reopenTimer = setTimeout(() => {
          reopenTimer = undefined;
          if (listeners.size > 0 && stream === null) open();
        }, reopenDelayMs);
      },
    });
    stream = current;
  };

  const closeAll = (): void => {
    clearTimeout(reopenTimer);
    reopenTimer = undefined;
    stream?.close();
    stream = null;
  };

  return (listener) => {
    listeners.add(listener);
    if (stream === null && reopenTimer === undefined) open();
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) closeAll();
    };
  };
}

/** The browser's `EventSource` behind the `EventStreamOpener` shape. */
export function eventSourceOpener(EventSourceImpl: typeof EventSource): EventStreamOpener {
  return (url, on) => {
    const source = new EventSourceImpl(url);
    source.onmessage = (event: MessageEvent<unknown>) => {
      on.message(event.data);
    };
    source.onerror = () => {
      on.error();
    };
    return {
      isClosed: () => source.readyState === EventSourceImpl.CLOSED,
      close: () => {
        source.close();
      },
    };
  };
}
