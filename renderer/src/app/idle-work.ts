/**
 * Bookkeeping a tap sets off (usage counters, telling the services the visitor's language, asking
 * for the list of recorded clips) runs here, once the page is idle, rather than in the tap's own
 * task. Each of those calls is an HTTP request in the browser mode, and starting one costs the page
 * a few milliseconds: done inside the tap, they held back the frame that shows the next screen.
 * Nothing on that screen waits for their answers, and they keep their order.
 */

/** The longest a piece of work waits for an idle moment (a page kept busy, or hidden). */
const IDLE_DEADLINE_MS = 1_000;

const queue: (() => void)[] = [];
let scheduled = false;

function runQueued(deadline?: IdleDeadline): void {
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
}

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(runQueued, { timeout: IDLE_DEADLINE_MS });
  else setTimeout(runQueued, 0);
}

/** Runs `work` at the page's next idle moment, after the work queued before it. */
export function whenIdle(work: () => void): void {
  queue.push(work);
  schedule();
}
