import { assertNever, err, ok, type Result, type StaffAccountView } from '../../contract/index.js';
import type { KioskHandlers } from '../handlers.js';
import type { StaffCaller } from '../staff-caller.js';

import { afterFailure, attemptsLeft, lockedUntil, OPEN_LOCKOUT } from './lockout-policy.js';
import { readAudit } from './operator-store.js';
import { weakPinReason } from './pin-policy.js';
import { hashPin, verifyPin } from './pin-hash.js';
import { codesMatch, readSetupCode, removeSetupCode } from './setup-code.js';
import {
  canSignIn,
  choiceOf,
  findAccount,
  isLastSupervisor,
  nameTaken,
  newAccount,
  sortedAccounts,
  viewOf,
  withAccount,
} from './staff-accounts.js';
import type { StaffContext } from './staff-context.js';
import type { StaffAccountRecord } from './staff-file.js';

type SetupStep =
  | 'already'
  | 'no_code'
  | { readonly outcome: 'locked'; readonly lockedUntil: string }
  | { readonly outcome: 'wrong_code'; readonly attemptsLeft: number }
  | StaffAccountRecord;

type UnlockStep =
  | 'unavailable'
  | { readonly kind: 'unlocked'; readonly account: StaffAccountRecord; readonly failed: number }
  | { readonly kind: 'wrong'; readonly account: StaffAccountRecord; readonly left: number }
  | {
      readonly kind: 'locked';
      readonly account: StaffAccountRecord;
      readonly locked: string;
      readonly refused: boolean;
    };

export type StaffMethods =
  | 'getOperatorAccess'
  | 'setupSupervisor'
  | 'unlockOperator'
  | 'lockOperator'
  | 'listStaffAccounts'
  | 'addStaffAccount'
  | 'updateStaffAccount'
  | 'setStaffPin'
  | 'getAuditLog';

/**
 * The staff access methods. Staff methods receive their caller from the dispatcher, which has
 * already checked the session and the role the contract declares; nothing here reads a token
 * except `lockOperator`, which ends one.
 */
export function createStaffHandlers(ctx: StaffContext): Pick<KioskHandlers, StaffMethods> {
  const { store, sessions, clock, dataDir } = ctx;

  const unavailable = <T>(): Result<T> =>
    err('NOT_AUTHORISED', 'Staff access needs the administrator (kioskctl staff).');

  return {
    getOperatorAccess: async () => {
      await ctx.drainPendingAudit();
      const state = await store.read();
      const none = { accounts: [], setupLockedUntil: null };
      if (state.kind !== 'ok') return ok({ state: 'needs_administrator' as const, ...none });
      const now = clock.now();
      if (state.data.accounts.length === 0) {
        const code = await readSetupCode(dataDir);
        if (code === undefined) return ok({ state: 'needs_administrator' as const, ...none });
        return ok({
          state: 'setup' as const,
          accounts: [],
          setupLockedUntil: lockedUntil(state.data.setupLockout, now),
        });
      }
      const accounts = sortedAccounts(state.data).filter(canSignIn);
      if (accounts.length === 0) return ok({ state: 'needs_administrator' as const, ...none });
      return ok({ state: 'ready' as const, accounts: accounts.map((a) => choiceOf(a, now)), setupLockedUntil: null });
    },

    setupSupervisor: async ({ setupCode, name, pin }) => {
      // Cheap refusals first (L3): no hashing for a kiosk that is set up, a wrong code or a weak PIN.
      const weak = weakPinReason(pin);
      if (weak !== null) return err('WEAK_PIN', weak);
      const now = clock.now();
      const outcome = await store.update<SetupStep>(async (data, pepper) => {
        if (data.accounts.length > 0) return { value: 'already' as const };
        const locked = lockedUntil(data.setupLockout, now);
        if (locked !== null) return { value: { outcome: 'locked' as const, lockedUntil: locked } };
        const expected = await readSetupCode(dataDir);
        if (expected === undefined) return { value: 'no_code' as const };
        if (!codesMatch(setupCode, expected)) {
          const next = afterFailure(data.setupLockout, now);
          const value = next.lockedOut
            ? { outcome: 'locked' as const, lockedUntil: next.state.lockedUntil ?? now.toISOString() }
            : { outcome: 'wrong_code' as const, attemptsLeft: attemptsLeft(next.state) };
          return { data: { ...data, setupLockout: next.state }, value };
        }
        const account = newAccount(name, 'supervisor', await hashPin(pin, pepper), now);
        return { data: withAccount({ ...data, setupLockout: OPEN_LOCKOUT }, account), value: account };
      });
      if (!outcome.ok) return unavailable();
      const value = outcome.value;
      if (value === 'already') return err('ALREADY_SET_UP');
      if (value === 'no_code')
        return err('NOT_AUTHORISED', 'First-run setup needs the one-time code the administrator reads on the machine.');
      if ('outcome' in value) {
        await ctx.audit({ kind: 'setup_code_wrong', role: null, actor: null, detail: value.outcome });
        return ok(value);
      }
      await removeSetupCode(dataDir);
      const caller: StaffCaller = { accountId: value.id, name: value.name, role: value.role };
      await ctx.audit({ kind: 'supervisor_pin_created', ...actorOf(caller) });
      return ok({ outcome: 'created' as const, session: sessions.open(caller, value.pinChangedAt) });
    },

    unlockOperator: async ({ accountId, pin }) => {
      const now = clock.now();
      const outcome = await store.update<UnlockStep>(async (data, pepper) => {
        const account = findAccount(data, accountId);
        if (account === undefined || !canSignIn(account) || account.pinHash === null)
          return { value: 'unavailable' as const };
        const locked = lockedUntil(account.lockout, now);
        // A guess during a lockout is not even checked: no hashing, and the owner is told of it later.
        if (locked !== null) {
          const counted = { ...account, failedSinceUnlock: account.failedSinceUnlock + 1 };
          return {
            data: withAccount(data, counted),
            value: { kind: 'locked' as const, account, locked, refused: true },
          };
        }
        if (await verifyPin(pin, account.pinHash, pepper)) {
          const opened = { ...account, lockout: OPEN_LOCKOUT, failedSinceUnlock: 0 };
          return {
            data: withAccount(data, opened),
            value: { kind: 'unlocked' as const, account, failed: account.failedSinceUnlock },
          };
        }
        const next = afterFailure(account.lockout, now);
        const failed = { ...account, lockout: next.state, failedSinceUnlock: account.failedSinceUnlock + 1 };
        const value = next.lockedOut
          ? { kind: 'locked' as const, account, locked: next.state.lockedUntil ?? now.toISOString(), refused: false }
          : { kind: 'wrong' as const, account, left: attemptsLeft(next.state) };
        return { data: withAccount(data, failed), value };
      });
      if (!outcome.ok) return ok({ outcome: 'unavailable' as const });
      const value = outcome.value;
      if (value === 'unavailable') return ok({ outcome: 'unavailable' as const });
      const who = { role: value.account.role, actor: value.account.name };
      switch (value.kind) {
        default:
          return assertNever(value, 'unlock step');
        case 'unlocked': {
          const caller: StaffCaller = {
            accountId: value.account.id,
            name: value.account.name,
            role: value.account.role,
          };
          const detail = value.failed > 0 ? `${value.failed} failed before` : undefined;
          await ctx.audit({ kind: 'unlocked', ...who, detail });
          const session = sessions.open(caller, value.account.pinChangedAt);
          return ok({ outcome: 'unlocked' as const, session, failedAttempts: value.failed });
        }
        case 'wrong':
          await ctx.audit({ kind: 'unlock_failed', ...who });
          return ok({ outcome: 'wrong_pin' as const, attemptsLeft: value.left });
        case 'locked':
          if (value.refused) {
            await ctx.audit({ kind: 'unlock_refused_locked', ...who });
          } else {
            await ctx.audit({ kind: 'unlock_failed', ...who });
            await ctx.audit({ kind: 'locked_out', ...who, detail: `until ${value.locked}` });
            ctx.logger.warn('staff_account_locked_out', { account: value.account.id });
          }
          return ok({ outcome: 'locked' as const, lockedUntil: value.locked });
      }
    },

    lockOperator: async ({ token }) => {
      const caller = sessions.close(token);
      if (caller !== undefined) {
        await ctx.audit({ kind: 'locked', ...actorOf(caller) });
      }
      return ok({});
    },

    listStaffAccounts: async () => {
      const state = await store.read();
      if (state.kind !== 'ok') return unavailable();
      const now = clock.now();
      return ok({ accounts: sortedAccounts(state.data).map((a) => viewOf(a, now)) });
    },

    addStaffAccount: async ({ name, role, pin }, caller) => {
      const weak = weakPinReason(pin);
      if (weak !== null) return err('WEAK_PIN', weak);
      const now = clock.now();
      const outcome = await store.update(async (data, pepper) => {
        if (nameTaken(data, name)) return { value: undefined };
        const account = newAccount(name, role, await hashPin(pin, pepper), now);
        return { data: withAccount(data, account), value: account };
      });
      if (!outcome.ok) return unavailable();
      if (outcome.value === undefined) return err('NAME_TAKEN');
      await ctx.audit({ kind: 'staff_added', ...actorOf(caller), detail: `${role} ${outcome.value.name}` });
      return ok(viewOf(outcome.value, now));
    },

    updateStaffAccount: async ({ accountId, name, disabled }, caller) => {
      const now = clock.now();
      const outcome = await store.update((data): { data?: typeof data; value: Result<StaffAccountView> } => {
        const account = findAccount(data, accountId);
        if (account === undefined) return { value: err('NOT_FOUND') };
        if (name !== undefined && nameTaken(data, name, account.id)) return { value: err('NAME_TAKEN') };
        if (disabled === true && isLastSupervisor(data, account.id)) return { value: err('LAST_SUPERVISOR') };
        const updated = {
          ...account,
          name: name ?? account.name,
          disabled: disabled ?? account.disabled,
          // Re-enabling starts afresh: sessions from before the account was disabled stay ended.
          pinChangedAt: disabled === false && account.disabled ? now.toISOString() : account.pinChangedAt,
        };
        return { data: withAccount(data, updated), value: ok(viewOf(updated, now)) };
      });
      if (!outcome.ok) return unavailable();
      const result = outcome.value;
      if (!result.ok) return result;
      if (disabled === true) sessions.endAccount(accountId);
      const kind = disabled === true ? 'staff_disabled' : disabled === false ? 'staff_enabled' : 'staff_renamed';
      await ctx.audit({ kind, ...actorOf(caller), detail: `${result.value.role} ${result.value.name}` });
      return result;
    },

    setStaffPin: async ({ accountId, pin }, caller) => {
      const weak = weakPinReason(pin);
      if (weak !== null) return err('WEAK_PIN', weak);
      const now = clock.now();
      const outcome = await store.update(async (data, pepper) => {
        const account = findAccount(data, accountId);
        if (account === undefined) return { value: undefined };
        const updated = {
          ...account,
          pinHash: await hashPin(pin, pepper),
          pinChangedAt: now.toISOString(),
          lockout: OPEN_LOCKOUT,
        };
        return { data: withAccount(data, updated), value: updated };
      });
      if (!outcome.ok) return unavailable();
      if (outcome.value === undefined) return err('NOT_FOUND');
      // A changed PIN ends that account's sessions, the caller's own included when it is theirs.
      const ended = sessions.endAccount(accountId);
      const detail = `${outcome.value.role} ${outcome.value.name}${ended > 0 ? `, ${ended} sessions ended` : ''}`;
      await ctx.audit({ kind: 'pin_changed', ...actorOf(caller), detail });
      return ok({});
    },

    getAuditLog: async ({ limit }) => {
      // What kioskctl did since the kiosk last looked belongs in the log being read.
      await ctx.drainPendingAudit();
      return ctx.withDb('operator_audit', async (db) => ({ events: await readAudit(db, limit ?? 200) }));
    },
  };
}

function actorOf(caller: StaffCaller): { role: StaffCaller['role']; actor: string } {
  return { role: caller.role, actor: caller.name };
}
