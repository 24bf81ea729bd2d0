/**
 * When the renderer dies or hangs, the window reloads it — but a page that crashes at once on
 * every load would spin the CPU and flash the screen forever. The delay grows with the number of
 * recent crashes, and the count resets after a quiet period. Pure, so it is tested without Electron.
 */
export interface CrashRecoveryPolicy {
  /** Delays in ms before each successive reload within the window; the last one repeats. */
  readonly reloadDelaysMs: readonly number[];
  /** Crashes older than this no longer count towards the backoff. */
  readonly windowMs: number;
  /** How long a renderer may stay unresponsive before it is crashed on purpose and reloaded. */
  readonly unresponsiveGraceMs: number;
}

export const DEFAULT_CRASH_POLICY: CrashRecoveryPolicy = {
  reloadDelaysMs: [0, 2_000, 5_000, 15_000, 60_000],
  windowMs: 10 * 60_000,
  unresponsiveGraceMs: 10_000,
};

export interface CrashHistory {
  /** Timestamps (ms) of crashes still inside the window, oldest first. */
  readonly recent: readonly number[];
  /** Every crash since the app started, for the operator's status. */
  readonly total: number;
}

export const EMPTY_CRASH_HISTORY: CrashHistory = { recent: [], total: 0 };

/** Records a crash at `now` and says how long to wait before reloading. */
export function recordCrash(
  history: CrashHistory,
  now: number,
  policy: CrashRecoveryPolicy = DEFAULT_CRASH_POLICY,
): { history: CrashHistory; reloadInMs: number } {
  const recent = [...history.recent.filter((at) => now - at < policy.windowMs), now];
  const delays = policy.reloadDelaysMs;
  const reloadInMs = delays[Math.min(recent.length - 1, delays.length - 1)] ?? 0;
  return { history: { recent, total: history.total + 1 }, reloadInMs };
}

/**
 * Which `render-process-gone` reasons call for a reload. `clean-exit` happens on a normal quit or
 * a deliberate reload; everything else (crashed, killed, oom, launch-failed, integrity-failure,
 * abnormal-exit, memory-eviction) leaves a dead window that visitors cannot use.
 */
export function shouldReloadAfterGone(reason: string): boolean {
  return reason !== 'clean-exit';
}
