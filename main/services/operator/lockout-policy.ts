/**
 * Wrong PINs lock one account, never the whole PIN pad: five wrong tries in a row lock that account
 * for 30 s, the next five for 1 min, then 2 min, then 5 min at most. A visitor tapping at random
 * can therefore delay one staff member by minutes, never lock everyone out for an hour, and the
 * other accounts keep working. A correct PIN resets the account's count. The state is stored, so
 * switching the kiosk off and on does not reset it. Setup codes follow the same rule.
 */
export const ATTEMPTS_BEFORE_LOCKOUT = 5;
export const LOCKOUT_DELAYS_MS = [30_000, 60_000, 120_000, 300_000] as const;
export const MAX_LOCKOUT_MS = LOCKOUT_DELAYS_MS[LOCKOUT_DELAYS_MS.length - 1] ?? 300_000;

export interface LockoutState {
  readonly failures: number;
  readonly level: number;
  /** ISO timestamp, or null when not locked. */
  readonly lockedUntil: string | null;
}

export const OPEN_LOCKOUT: LockoutState = { failures: 0, level: 0, lockedUntil: null };

export function lockedUntil(state: LockoutState, now: Date): string | null {
  if (state.lockedUntil === null) return null;
  const until = Date.parse(state.lockedUntil);
  // A lock further away than the cap can only come from a clock set back or an edited file: cap it.
  if (!Number.isFinite(until) || until <= now.getTime()) return null;
  return new Date(Math.min(until, now.getTime() + MAX_LOCKOUT_MS)).toISOString();
}

export function afterFailure(state: LockoutState, now: Date): { state: LockoutState; lockedOut: boolean } {
  const failures = state.failures + 1;
  if (failures < ATTEMPTS_BEFORE_LOCKOUT) return { state: { ...state, failures, lockedUntil: null }, lockedOut: false };
  const delay = LOCKOUT_DELAYS_MS[Math.min(state.level, LOCKOUT_DELAYS_MS.length - 1)] ?? MAX_LOCKOUT_MS;
  return {
    state: { failures: 0, level: state.level + 1, lockedUntil: new Date(now.getTime() + delay).toISOString() },
    lockedOut: true,
  };
}

export function attemptsLeft(state: LockoutState): number {
  return ATTEMPTS_BEFORE_LOCKOUT - state.failures;
}
