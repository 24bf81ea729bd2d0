import type { Logger } from '../services/logger.js';

import {
  beatReceived,
  checkHeartbeat,
  DEFAULT_HEARTBEAT_POLICY,
  pageLoaded,
  type HeartbeatPolicy,
  type HeartbeatState,
} from './heartbeat-policy.js';

/** Timers and a clock, injected so the watchdog runs under a fake clock in tests. */
export interface WatchdogTimers {
  now(): number;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const SYSTEM_TIMERS: WatchdogTimers = {
  now: () => Date.now(),
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => {
    clearInterval(handle as ReturnType<typeof setInterval>);
  },
};

export interface HeartbeatWatchdog {
  /** The page (re)loaded: the first beat may take the startup grace. */
  loaded(): void;
  /** A beat from the page (the caller has checked the sender). */
  beat(): void;
  /** The renderer is gone and recovery will reload it: decide nothing until it has loaded. */
  recovering(): void;
  stop(): void;
}

/**
 * Watches the renderer's heartbeat and calls `onHung` once when it stops; the caller crashes the
 * renderer on purpose, and crash recovery reloads it with backoff, which calls `loaded()` again.
 */
export function startHeartbeatWatchdog(options: {
  readonly onHung: () => void;
  readonly logger: Logger;
  readonly policy?: HeartbeatPolicy;
  readonly timers?: WatchdogTimers;
}): HeartbeatWatchdog {
  const policy = options.policy ?? DEFAULT_HEARTBEAT_POLICY;
  const timers = options.timers ?? SYSTEM_TIMERS;
  let state: HeartbeatState = pageLoaded(timers.now());
  const handle = timers.setInterval(() => {
    const checked = checkHeartbeat(state, timers.now(), policy);
    state = checked.state;
    if (checked.hung) {
      options.logger.error('renderer_heartbeat_lost', { missedBeats: policy.missedBeats });
      options.onHung();
    }
  }, policy.intervalMs);
  return {
    loaded: () => {
      state = pageLoaded(timers.now());
    },
    beat: () => {
      state = beatReceived(state, timers.now());
    },
    recovering: () => {
      state = { phase: 'recovering', since: timers.now() };
    },
    stop: () => {
      timers.clearInterval(handle);
    },
  };
}
