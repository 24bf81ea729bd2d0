import { afterEach, describe, expect, it, vi } from 'vitest';

import { CLIENT_TIMEOUT_MARGIN_MS, methods } from '../../main/contract/index.js';
import { createWebCallTransport } from '../../renderer/src/api/web-transport.js';

const recordUsageAnswer = { ok: true, value: { day: '2026-11-22', count: 3 } };

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A fetch that never answers but, like the real one, rejects when its signal aborts. */
function hangingFetch(): typeof fetch {
  return (_input, init) =>
    new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => {
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      });
    });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createWebCallTransport', () => {
  it('POSTs the request as JSON to /api/<method> and returns the validated Result', async () => {
    const fetchSpy = vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse(recordUsageAnswer)));
    const call = createWebCallTransport({ fetch: fetchSpy });

    const result = await call('recordUsage', { metric: 'topic_opened', key: 'privacy' });

    expect(result).toEqual(recordUsageAnswer);
    const [url, init] = fetchSpy.mock.calls[0] ?? [];
    expect(url).toBe('/api/recordUsage');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
    expect(JSON.parse(typeof init?.body === 'string' ? init.body : '')).toEqual({
      metric: 'topic_opened',
      key: 'privacy',
    });
  });

  it('passes on error Results that the host sends with an error status', async () => {
    const answer = { ok: false, error: { code: 'INVALID_PAYLOAD', detail: 'metric: invalid' } };
    const call = createWebCallTransport({ fetch: () => Promise.resolve(jsonResponse(answer, 400)) });
    expect(await call('recordUsage', { metric: 'nope' })).toEqual(answer);
  });

  it('maps a network failure to TRANSPORT_UNAVAILABLE', async () => {
    const call = createWebCallTransport({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const result = await call('getKioskInfo', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'TRANSPORT_UNAVAILABLE' } });
  });

  it('maps an answer that is not JSON (a proxy error page) to TRANSPORT_UNAVAILABLE', async () => {
    const call = createWebCallTransport({
      fetch: () => Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502 })),
    });
    expect(await call('getKioskInfo', {})).toMatchObject({ ok: false, error: { code: 'TRANSPORT_UNAVAILABLE' } });
  });

  it('refuses JSON that does not match the contract', async () => {
    const call = createWebCallTransport({
      fetch: () => Promise.resolve(jsonResponse({ ok: true, value: { day: 'yesterday', count: -1 } })),
    });
    expect(await call('recordUsage', { metric: 'idle_reset' })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('gives up with TIMEOUT after the method timeout plus the margin, never hanging', async () => {
    vi.useFakeTimers();
    const call = createWebCallTransport({ fetch: hangingFetch() });
    let settled: unknown = null;
    void call('getSiteConfig', {}).then((result) => {
      settled = result;
    });
    const limit = methods.getSiteConfig.timeoutMs + CLIENT_TIMEOUT_MARGIN_MS;

    await vi.advanceTimersByTimeAsync(limit - 1);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } });
  });

  it('times out a body that stops half-way, too', async () => {
    vi.useFakeTimers();
    const call = createWebCallTransport({
      fetch: (_input, init) => {
        // Like a browser's fetch: aborting the signal errors a body that is still arriving.
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"ok": tr'));
            init?.signal?.addEventListener('abort', () => {
              controller.error(new DOMException('The operation was aborted.', 'AbortError'));
            });
          },
        });
        return Promise.resolve(new Response(body, { status: 200 }));
      },
    });
    const pending = call('getConfigStatus', {});
    await vi.advanceTimersByTimeAsync(methods.getConfigStatus.timeoutMs + CLIENT_TIMEOUT_MARGIN_MS);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } });
  });
});
