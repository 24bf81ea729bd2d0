import { describe, expect, it } from 'vitest';

import { createIdleQueue, IDLE_DEADLINE_MS, type RequestIdle } from '../../renderer/src/app/idle-work.js';

type IdleCallback = Parameters<RequestIdle>[0];

/** A page whose idle periods the test hands out one by one, with the time each one has left. */
function idlePage() {
  const waiting: { callback: IdleCallback; timeout: number }[] = [];
  const whenIdle = createIdleQueue((callback, options) => {
    waiting.push({ callback, timeout: options.timeout });
  });
  return {
    whenIdle,
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

describe('work left for when the page is idle', () => {
  it('does nothing in the caller’s task, then runs in the order given', () => {
    const page = idlePage();
    const { whenIdle } = page;
    const done: string[] = [];
    whenIdle(() => done.push('language'));
    whenIdle(() => done.push('session counted'));
    expect(done).toEqual([]);
    // One request for both, with a deadline so a page never idle still gets there.
    expect(page.waiting).toHaveLength(1);
    expect(page.waiting[0]?.timeout).toBe(IDLE_DEADLINE_MS);
    page.idle(50);
    expect(done).toEqual(['language', 'session counted']);
    expect(page.waiting).toHaveLength(0);
  });

  it('stops when the idle period runs out and goes on in the next one', () => {
    const page = idlePage();
    const { whenIdle } = page;
    const done: number[] = [];
    for (let i = 0; i < 4; i += 1) whenIdle(() => done.push(i));
    // 5 ms left: one piece, then the time is gone.
    page.idle(5);
    expect(done).toEqual([0]);
    expect(page.waiting).toHaveLength(1);
    page.idle(1_000);
    expect(done).toEqual([0, 1, 2, 3]);
  });

  it('runs everything left once the deadline has passed, even without idle time', () => {
    const page = idlePage();
    const { whenIdle } = page;
    const done: number[] = [];
    for (let i = 0; i < 3; i += 1) whenIdle(() => done.push(i));
    page.idle(0, true);
    expect(done).toEqual([0, 1, 2]);
  });

  it('a piece that throws does not keep the others from running', () => {
    const page = idlePage();
    const { whenIdle } = page;
    const done: string[] = [];
    whenIdle(() => {
      throw new Error('host gone');
    });
    whenIdle(() => done.push('after'));
    page.idle(50);
    expect(done).toEqual(['after']);
  });
});
