import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import type { KioskEvent } from '../../main/contract/index.js';
import { parseKioskEvent } from '../../renderer/src/api/contract-checks.js';
import { createWebSubscribeTransport, type EventStreamOpener } from '../../renderer/src/api/web-events.js';
import { loadContractChecks } from '../../renderer/src/api/load-contract-checks.js';

// The checks are a chunk of their own in the page; here they are loaded once, as the page does at start.
beforeAll(async () => {
  await loadContractChecks();
});

const configChanged: KioskEvent = {
  type: 'configChanged',
  status: { state: 'ok', loadedAt: '2026-11-22T10:00:00.000Z', issues: [] },
};

/** Stands in for EventSource: the test pushes messages and errors through it. */
class FakeStreams {
  readonly opened: {
    url: string;
    closed: boolean;
    given_up: boolean;
    message: (d: unknown) => void;
    error: () => void;
  }[] = [];

  readonly open: EventStreamOpener = (url, on) => {
    const stream = { url, closed: false, given_up: false, ...on };
    this.opened.push(stream);
    return {
      isClosed: () => stream.given_up || stream.closed,
      close: () => {
        stream.closed = true;
      },
    };
  };

  latest() {
    const stream = this.opened.at(-1);
    if (stream === undefined) throw new Error('no stream opened');
    return stream;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('parseKioskEvent', () => {
  it('accepts a KioskEvent sent as JSON text', () => {
    expect(parseKioskEvent(JSON.stringify(configChanged))).toEqual(configChanged);
  });

  it.each([['not json'], [JSON.stringify({ type: 'unknown' })], [42], [JSON.stringify({ type: 'configChanged' })]])(
    'drops %j',
    (data) => {
      expect(parseKioskEvent(data)).toBeNull();
    },
  );
});

describe('createWebSubscribeTransport', () => {
  it('opens one stream on /api/events for all listeners and closes it with the last', () => {
    const streams = new FakeStreams();
    const subscribe = createWebSubscribeTransport({ open: streams.open });
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = subscribe(first);
    const stopSecond = subscribe(second);
    expect(streams.opened).toHaveLength(1);
    expect(streams.latest().url).toBe('/api/events');

    streams.latest().message(JSON.stringify(configChanged));
    streams.latest().message('garbage');
    expect(first).toHaveBeenCalledExactlyOnceWith(configChanged);
    expect(second).toHaveBeenCalledExactlyOnceWith(configChanged);

    stopFirst();
    expect(streams.latest().closed).toBe(false);
    stopSecond();
    expect(streams.latest().closed).toBe(true);
  });

  it('leaves passing errors to EventSource, which reconnects by itself', () => {
    vi.useFakeTimers();
    const streams = new FakeStreams();
    createWebSubscribeTransport({ open: streams.open, reopenDelayMs: 1_000 })(vi.fn());
    streams.latest().error();
    vi.advanceTimersByTime(10_000);
    expect(streams.opened).toHaveLength(1);
    expect(streams.latest().closed).toBe(false);
  });

  it('reopens a stream the browser gave up on, after a delay', () => {
    vi.useFakeTimers();
    const streams = new FakeStreams();
    const listener = vi.fn();
    createWebSubscribeTransport({ open: streams.open, reopenDelayMs: 1_000 })(listener);
    const first = streams.latest();
    first.given_up = true;
    first.error();
    expect(first.closed).toBe(true);
    vi.advanceTimersByTime(999);
    expect(streams.opened).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(streams.opened).toHaveLength(2);

    streams.latest().message(JSON.stringify(configChanged));
    expect(listener).toHaveBeenCalledExactlyOnceWith(configChanged);
  });

  it('does not reopen once nobody listens', () => {
    vi.useFakeTimers();
    const streams = new FakeStreams();
    const stop = createWebSubscribeTransport({ open: streams.open, reopenDelayMs: 1_000 })(vi.fn());
    streams.latest().given_up = true;
    streams.latest().error();
    stop();
    vi.advanceTimersByTime(5_000);
    expect(streams.opened).toHaveLength(1);
  });
});
