/**
 * Bookkeeping a tap sets off (usage counters, telling the services the visitor's language, asking
 * for the list of recorded clips) runs here, once the page is idle, rather than in the tap's own
 * task. Each of those calls is an HTTP request in the browser mode, and starting one costs the page
 * a few milliseconds: done inside the tap, they held back the frame that shows the next screen.
 * Nothing on that screen waits for their answers, and they keep their order.
 */

/** The longest a piece of work waits for an idle moment (a page kept busy, or hidden). */
export const IDLE_DEADLINE_MS = 1_000;

/** How the queue asks for an idle period: the page's `requestIdleCallback`, or a test's own. */
export type RequestIdle = (callback: (deadline?: IdleDeadline) => void, options: { timeout: number }) => void;

/** A queue of work run at idle moments, in the order given; `whenIdle` adds to it. */
export function createIdleQueue(requestIdle: RequestIdle): (work: () => void) => void {
  const queue: (() => void)[] = [];
  let scheduled = false;

  const runQueued = (deadline?: IdleDeadline): void => {
    scheduled = false;
    // At least one piece per call, so work under a page that is never idle still moves.
    do {
      const work = queue.shift();
      if (work === undefined) return;
      try {
        work();
      } catch {
        // One failing piece must not keep the rest of the queue from running.
      }
    } while (deadline === undefined || deadline.timeRemaining() > 0 || deadline.didTimeout);
    schedule();
  };

  const schedule = (): void => {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    requestIdle(runQueued, { timeout: IDLE_DEADLINE_MS });
  };

  return (work) => {
    queue.push(work);
    schedule();
  };
}

/** The page's idle periods; a browser without them runs the work in the next task. */
const pageIdle: RequestIdle = (callback, options) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, options);
  else setTimeout(callback, 0);
};

/** Runs `work` at the page's next idle moment, after the work queued before it. */
export const whenIdle = createIdleQueue(pageIdle);
