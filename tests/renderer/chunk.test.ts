import { describe, expect, it } from 'vitest';

import { createChunk, PREFETCH_DEADLINE_MS, type IdleWindow } from '../../renderer/src/app/chunk.js';

/** A load the test settles by hand, counting how often the chunk asked for it. */
function handLoad<T>() {
  const calls: { resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  const load = (): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  const call = (index: number) => {
    const found = calls[index];
    if (found === undefined) throw new Error(`no load number ${String(index + 1)}`);
    return found;
  };
  return { load, calls, call };
}

/** A page whose idle callbacks and timers the test runs itself. */
function page(withIdle: boolean) {
  const idle: { callback: () => void; timeout: number | undefined }[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  const window: IdleWindow = {
    setTimeout: (callback, ms) => {
      timers.push({ callback, ms });
      return timers.length;
    },
  };
  if (withIdle) {
    window.requestIdleCallback = (callback, options) => {
      idle.push({ callback, timeout: options?.timeout });
      return idle.length;
    };
  }
  return { window, idle, timers };
}

describe('a chunk fetched on demand', () => {
  it('is fetched once, however many ask, and is there to draw at once after it arrived', async () => {
    const fetch = handLoad<string>();
    const chunk = createChunk(fetch.load);
    expect(chunk.loaded()).toBeNull();

    const first = chunk.load();
    const second = chunk.load();
    expect(fetch.calls).toHaveLength(1);
    // Still on its way: nothing to draw yet.
    expect(chunk.loaded()).toBeNull();

    fetch.call(0).resolve('follow-up screen');
    await expect(first).resolves.toBe('follow-up screen');
    await expect(second).resolves.toBe('follow-up screen');
    expect(chunk.loaded()).toBe('follow-up screen');

    // Later openings neither fetch again nor wait.
    await expect(chunk.load()).resolves.toBe('follow-up screen');
    expect(fetch.calls).toHaveLength(1);
  });

  it('forgets a failed fetch, so the next opening tries again', async () => {
    const fetch = handLoad<string>();
    const chunk = createChunk(fetch.load);

    const failing = chunk.load();
    fetch.call(0).reject(new Error('host unreachable'));
    await expect(failing).rejects.toThrow('host unreachable');
    expect(chunk.loaded()).toBeNull();

    const retried = chunk.load();
    expect(fetch.calls).toHaveLength(2);
    fetch.call(1).resolve('staff shell');
    await expect(retried).resolves.toBe('staff shell');
    expect(chunk.loaded()).toBe('staff shell');
  });

  it('keeps each chunk to itself', async () => {
    const staff = handLoad<string>();
    const followUp = handLoad<string>();
    const staffChunk = createChunk(staff.load);
    const followUpChunk = createChunk(followUp.load);

    const loading = followUpChunk.load();
    followUp.call(0).resolve('follow-up screen');
    await loading;
    expect(followUpChunk.loaded()).toBe('follow-up screen');
    expect(staffChunk.loaded()).toBeNull();
    expect(staff.calls).toHaveLength(0);
  });

  it('prefetches only when the page is idle (with a deadline), and a failed prefetch is retried on opening', async () => {
    const fetch = handLoad<string>();
    const chunk = createChunk(fetch.load);
    const idlePage = page(true);

    chunk.prefetchWhenIdle(idlePage.window);
    expect(fetch.calls).toHaveLength(0);
    expect(idlePage.idle).toHaveLength(1);
    expect(idlePage.idle[0]?.timeout).toBe(PREFETCH_DEADLINE_MS);

    idlePage.idle[0]?.callback();
    expect(fetch.calls).toHaveLength(1);
    // Nobody waits on a prefetch: its failure is swallowed, not an unhandled rejection…
    fetch.call(0).reject(new Error('offline'));
    await Promise.resolve();
    await Promise.resolve();
    expect(chunk.loaded()).toBeNull();

    // …and forgotten: opening the chunk fetches it again.
    const opened = chunk.load();
    expect(fetch.calls).toHaveLength(2);
    fetch.call(1).resolve('follow-up screen');
    await expect(opened).resolves.toBe('follow-up screen');
  });

  it('prefetches in the next task on a page without idle callbacks, and not twice', async () => {
    const fetch = handLoad<string>();
    const chunk = createChunk(fetch.load);
    const plainPage = page(false);

    chunk.prefetchWhenIdle(plainPage.window);
    expect(plainPage.timers).toEqual([{ callback: expect.any(Function) as unknown, ms: 0 }]);
    plainPage.timers[0]?.callback();
    expect(fetch.calls).toHaveLength(1);

    // Opened while the prefetch is on its way: the same fetch is awaited.
    const opened = chunk.load();
    expect(fetch.calls).toHaveLength(1);
    fetch.call(0).resolve('staff shell');
    await expect(opened).resolves.toBe('staff shell');
    expect(chunk.loaded()).toBe('staff shell');
  });
});
