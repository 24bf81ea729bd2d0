import { afterEach, describe, expect, it, vi } from 'vitest';

type IdleCallback = (deadline: IdleDeadline) => void;

/** A page whose idle periods the test hands out one by one, with the time each one has left. */
function fakeIdlePage() {
  const waiting: { callback: IdleCallback; timeout: number | undefined }[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: IdleCallback, options?: { timeout?: number }) => {
    waiting.push({ callback, timeout: options?.timeout });
    return waiting.length;
  });
  return {
    waiting,
    /** One idle period of `budgetMs`; each look at the time left uses 5 ms of it (a piece of work). */
    idle(budgetMs: number, didTimeout = false) {
      const next = waiting.shift();
      if (next === undefined) throw new Error('nothing asked for an idle period');
      let left = budgetMs;
      next.callback({
        didTimeout,
        timeRemaining: () => {
          left = Math.max(0, left - 5);
          return left;
        },
      });
    },
  };
}

async function freshIdleWork() {
  vi.resetModules();
  return import('../../renderer/src/app/idle-work.js');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('work left for when the page is idle', () => {
  it('does nothing in the caller’s task, then runs in the order given', async () => {
    const page = fakeIdlePage();
    const { whenIdle } = await freshIdleWork();
    const done: string[] = [];
    whenIdle(() => done.push('language'));
    whenIdle(() => done.push('session counted'));
    expect(done).toEqual([]);
    // One request for both, with a deadline so a page never idle still gets there.
    expect(page.waiting).toHaveLength(1);
    expect(page.waiting[0]?.timeout).toBeGreaterThan(0);
    page.idle(50);
    expect(done).toEqual(['language', 'session counted']);
    expect(page.waiting).toHaveLength(0);
  });

  it('stops when the idle period runs out and goes on in the next one', async () => {
    const page = fakeIdlePage();
    const { whenIdle } = await freshIdleWork();
    const done: number[] = [];
    for (let i = 0; i < 4; i += 1) whenIdle(() => done.push(i));
    // 5 ms left: one piece, then the time is gone.
    page.idle(5);
    expect(done).toEqual([0]);
    expect(page.waiting).toHaveLength(1);
    page.idle(1_000);
    expect(done).toEqual([0, 1, 2, 3]);
  });

  it('runs everything left once the deadline has passed, even without idle time', async () => {
    const page = fakeIdlePage();
    const { whenIdle } = await freshIdleWork();
    const done: number[] = [];
    for (let i = 0; i < 3; i += 1) whenIdle(() => done.push(i));
    page.idle(0, true);
    expect(done).toEqual([0, 1, 2]);
  });

  it('a piece that throws does not keep the others from running', async () => {
    const page = fakeIdlePage();
    const { whenIdle } = await freshIdleWork();
    const done: string[] = [];
    whenIdle(() => {
      throw new Error('host gone');
    });
    whenIdle(() => done.push('after'));
    page.idle(50);
    expect(done).toEqual(['after']);
  });
});
