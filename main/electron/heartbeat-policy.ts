/**
 * The watchdog's decisions about the renderer's heartbeat, pure so they are tested with a fake
 * clock. Electron's own `unresponsive` event covers a page stuck in input handling; a page whose
 * main thread is stuck in a loop that no input reaches, or whose app code stopped running, is only
 * found by a heartbeat that stops. The watchdog lives in main, outside what it watches.
 */
export interface HeartbeatPolicy {
  /** How often the page beats (the renderer's `HEARTBEAT_INTERVAL_MS`). */
  readonly intervalMs: number;
  /** Beats missed in a row before the page counts as hung. */
  readonly missedBeats: number;
  /** After a (re)load, how long the first beat may take: the bundle loads and the app starts. */
  readonly startupGraceMs: number;
}

export const DEFAULT_HEARTBEAT_POLICY: HeartbeatPolicy = {
  intervalMs: 5_000,
  missedBeats: 3,
  startupGraceMs: 30_000,
};

/**
 * - `waiting`: the page is loading; no beat expected yet.
 * - `beating`: beats arrive.
 * - `recovering`: the page was declared hung and crashed on purpose; nothing is decided until the
 *   next load (recovery reloads it, with backoff).
 */
export type HeartbeatState =
  | { readonly phase: 'waiting'; readonly since: number }
  | { readonly phase: 'beating'; readonly lastBeatAt: number }
  | { readonly phase: 'recovering'; readonly since: number };

export function pageLoaded(now: number): HeartbeatState {
  return { phase: 'waiting', since: now };
}

export function beatReceived(state: HeartbeatState, now: number): HeartbeatState {
  // A beat from the page being torn down must not cancel its recovery.
  return state.phase === 'recovering' ? state : { phase: 'beating', lastBeatAt: now };
}

/** Checked on a timer: says `hung` once, moving to `recovering` so it is not said again. */
export function checkHeartbeat(
  state: HeartbeatState,
  now: number,
  policy: HeartbeatPolicy = DEFAULT_HEARTBEAT_POLICY,
): { readonly state: HeartbeatState; readonly hung: boolean } {
  switch (state.phase) {
    case 'recovering':
      return { state, hung: false };
    case 'waiting':
      return now - state.since > policy.startupGraceMs
        ? { state: { phase: 'recovering', since: now }, hung: true }
        : { state, hung: false };
    case 'beating':
      return now - state.lastBeatAt > policy.intervalMs * policy.missedBeats
        ? { state: { phase: 'recovering', since: now }, hung: true }
        : { state, hung: false };
  }
}
