/**
 * Wrong PINs lock the PIN pad for longer each time: five wrong tries in a row lock it for 30 s,
 * the next five for 2 min, then 5, 15 and 60 min. A correct PIN resets everything. The state is
 * stored, so switching the kiosk off and on does not reset the count.
 */
export const ATTEMPTS_BEFORE_LOCKOUT = 5;
export const LOCKOUT_DELAYS_MS = [30_000, 120_000, 300_000, 900_000, 3_600_000] as const;

export interface LockoutState {
  readonly failures: number;
  readonly level: number;
  /** ms since epoch, or null when not locked. */
  readonly lockedUntil: number | null;
}

export const OPEN_LOCKOUT: LockoutState = { failures: 0, level: 0, lockedUntil: null };

export function isLocked(state: LockoutState, now: number): boolean {
  return state.lockedUntil !== null && now < state.lockedUntil;
}

export function afterFailure(state: LockoutState, now: number): { state: LockoutState; lockedOut: boolean } {
  const failures = state.failures + 1;
  if (failures < ATTEMPTS_BEFORE_LOCKOUT) return { state: { ...state, failures, lockedUntil: null }, lockedOut: false };
  const delay = LOCKOUT_DELAYS_MS[Math.min(state.level, LOCKOUT_DELAYS_MS.length - 1)] ?? 3_600_000;
  return { state: { failures: 0, level: state.level + 1, lockedUntil: now + delay }, lockedOut: true };
}

export function attemptsLeft(state: LockoutState): number {
  return ATTEMPTS_BEFORE_LOCKOUT - state.failures;
}
