import { useEffect, useRef } from 'react';

/**
 * Runs `work` now and then every `everyMs` while the component is shown, never two at once. The
 * turn screens poll: calls are rare and small, and a poll survives a lost event stream.
 */
export function usePoll(work: () => Promise<void>, everyMs: number, enabled = true): void {
  const latest = useRef(work);
  // The newest `work` after each render, so the timer never runs a stale closure.
  useEffect(() => {
    latest.current = work;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async (): Promise<void> => {
      try {
        await latest.current();
      } catch {
        // The next tick tries again.
      }
      if (!stopped) timer = setTimeout(() => void tick(), everyMs);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [everyMs, enabled]);
}
