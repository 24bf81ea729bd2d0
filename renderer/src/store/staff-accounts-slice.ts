import type { OperatorRole, Result, StaffAccountView } from '../../../main/contract/index.js';

import type { StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';

/** The supervisor's staff screen: its list stays in the screen, nothing here outlives staff mode. */
export interface StaffAccountsSlice {
  readonly loadStaffAccounts: () => Promise<Result<readonly StaffAccountView[]>>;
  readonly addStaffAccount: (name: string, role: OperatorRole, pin: string) => Promise<Result<StaffAccountView>>;
  readonly renameStaffAccount: (accountId: string, name: string) => Promise<Result<StaffAccountView>>;
  readonly setStaffAccountDisabled: (accountId: string, disabled: boolean) => Promise<Result<StaffAccountView>>;
  readonly setStaffAccountPin: (accountId: string, pin: string) => Promise<Result<unknown>>;
}

export function createStaffAccountsSlice({ api }: StoreDependencies): KioskSliceCreator<StaffAccountsSlice> {
  return (_set, get) => {
    const staffCall = <T>(call: (token: string) => Promise<Result<T>>): Promise<Result<T>> => get().callAsStaff(call);
    const isOwn = (accountId: string): boolean => get().staff.session?.accountId === accountId;
    return {
      async loadStaffAccounts() {
        const result = await staffCall((token) => api.listStaffAccounts({ token }));
        return result.ok ? { ok: true, value: result.value.accounts } : result;
      },
      addStaffAccount: (name, role, pin) => staffCall((token) => api.addStaffAccount({ token, name, role, pin })),
      renameStaffAccount: (accountId, name) => staffCall((token) => api.updateStaffAccount({ token, accountId, name })),
      async setStaffAccountDisabled(accountId, disabled) {
        const result = await staffCall((token) => api.updateStaffAccount({ token, accountId, disabled }));
        // The services ended the caller's own sessions with the account: nothing more can be asked.
        if (result.ok && disabled && isOwn(accountId)) get().endStaffSession('session_expired');
        return result;
      },
      async setStaffAccountPin(accountId, pin) {
        const result = await staffCall((token) => api.setStaffPin({ token, accountId, pin }));
        // A new PIN ends every session of that account, the caller's own included: sign in with it.
        if (result.ok && isOwn(accountId)) get().endStaffSession('own_pin_changed');
        return result;
      },
    };
  };
}
