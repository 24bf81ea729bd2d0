import type { StaffAccountView } from '../../../main/contract/index.js';

export type StaffAccountState = 'active' | 'disabled' | 'needs_pin' | 'locked';

/** The one word a supervisor reads first: what stops this person signing in, if anything. */
export function staffAccountState(account: StaffAccountView, now: Date): StaffAccountState {
  if (account.disabled) return 'disabled';
  if (!account.pinSet) return 'needs_pin';
  if (account.lockedUntil !== null && Date.parse(account.lockedUntil) > now.getTime()) return 'locked';
  return 'active';
}

export function staffAccountStateKey(state: StaffAccountState) {
  return `staff.accounts.states.${state}` as const;
}
