import { useEffect, useRef, useState } from 'react';

import { createIdleTimer, idleDurations, type IdleClock, type IdlePhase, type IdleTimer } from './idle-timer.js';

const browserClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => {
    window.clearTimeout(handle as number);
  },
};

/** Everything a person does on a touch kiosk that should count as "still here". */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export interface IdleSettings {
  readonly enabled: boolean;
  readonly timeoutSeconds: number;
  readonly warningSeconds: number;
  /** Held while something must not be interrupted (a slip printing); the quiet period restarts after. */
  readonly paused: boolean;
  readonly onExpire: () => void;
}

export interface IdleControls {
  readonly phase: IdlePhase;
  readonly stillHere: () => void;
}

/** Runs the idle timer while `enabled`, fed by activity anywhere on the page. */
export function useIdleTimer({
  enabled,
  timeoutSeconds,
  warningSeconds,
  paused,
  onExpire,
}: IdleSettings): IdleControls {
  const [phase, setPhase] = useState<IdlePhase>({ kind: 'stopped' });
  const timerRef = useRef<IdleTimer | null>(null);
  // The latest callback without restarting the timer when the caller re-renders.
  const onExpireRef = useRef(onExpire);
  useEffect(() => {
    onExpireRef.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    if (!enabled) return undefined;
    const timer = createIdleTimer({
      ...idleDurations(timeoutSeconds, warningSeconds),
      clock: browserClock,
      onPhase: setPhase,
      onExpire: () => {
        onExpireRef.current();
      },
    });
    timerRef.current = timer;
    const onActivity = (): void => {
      timer.activity();
    };
    for (const type of ACTIVITY_EVENTS) {
      document.addEventListener(type, onActivity, { capture: true, passive: true });
    }
    timer.start();
    return () => {
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, onActivity, { capture: true });
      timer.stop();
      timerRef.current = null;
    };
  }, [enabled, timeoutSeconds, warningSeconds]);

  useEffect(() => {
    const timer = timerRef.current;
    if (timer === null) return;
    if (paused) timer.pause();
    else timer.resume();
  }, [paused, enabled]);

  return {
    phase: enabled ? phase : { kind: 'stopped' },
    stillHere: () => {
      timerRef.current?.stillHere();
    },
  };
}
