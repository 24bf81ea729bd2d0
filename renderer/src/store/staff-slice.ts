import {
  assertNever,
  err,
  isoDay,
  type ActivityEntry,
  type ActivityInput,
  type AuditEvent,
  type Language,
  type OperatorAccess,
  type OperatorSession,
  type Result,
  type SetupResult,
  type UnlockResult,
} from '../../../main/contract/index.js';

import { DAYS_OFFERED } from '../staff/staff-time.js';

import { fireAndForget, type StoreDependencies } from './dependencies.js';
import type { KioskSliceCreator } from './kiosk-state.js';
import { DEFAULT_SESSION_SPAN_MS, STAFF_CLOSED, type StaffScreen, type StaffState } from './staff-state.js';

export interface StaffSlice {
  readonly staff: StaffState;
  /** The hidden entry: wipes the visit first, so staff never see what a visitor did. */
  readonly openStaff: () => Promise<void>;
  /** "Lock": ends the session with the services and returns to the first screen (the languages). */
  readonly lockStaff: () => void;
  readonly staffGo: (screen: StaffScreen) => void;
  readonly setStaffLanguage: (language: Language) => void;
  /** Who may sign in, and whether staff mode needs first-run setup or an administrator. */
  readonly loadStaffAccess: () => Promise<Result<OperatorAccess>>;
  readonly unlockStaff: (accountId: string, pin: string) => Promise<Result<UnlockResult>>;
  readonly setUpSupervisor: (setupCode: string, name: string, pin: string) => Promise<Result<SetupResult>>;
  /** Back to the PIN pad, saying why: the services have already ended the session. */
  readonly endStaffSession: (notice: NonNullable<StaffState['notice']>) => void;
  readonly loadAuditLog: () => Promise<Result<readonly AuditEvent[]>>;
  readonly loadActivity: () => Promise<Result<unknown>>;
  readonly saveActivity: (id: number | null, entry: ActivityInput) => Promise<Result<ActivityEntry>>;
  readonly deleteActivity: (id: number) => Promise<Result<unknown>>;
  /** Asks the services whether the session still holds (after their idle time, or to keep it alive). */
  readonly checkStaffSession: () => Promise<void>;
  /**
   * Every call that needs the staff token goes through here, from any slice: without a session it
   * answers NOT_AUTHORISED without asking; an answer for a session that has ended belongs to nobody;
   * NOT_AUTHORISED from the services (their idle expiry) returns to the PIN pad.
   */
  readonly callAsStaff: <T>(call: (token: string) => Promise<Result<T>>) => Promise<Result<T>>;
}

const AUDIT_LIMIT = 100;
const DAY_MS = 86_400_000;
/** A span outside this range means clocks disagree; the default is then the better guess. */
const SPAN_BOUNDS = { min: 30_000, max: 60 * 60_000 } as const;

/** The screen before anyone signs in follows what the services say, never a guess of the UI. */
function screenForAccess(access: OperatorAccess): StaffScreen {
  switch (access.state) {
    case 'ready':
      return { kind: 'pin' };
    case 'setup':
      return { kind: 'setup' };
    case 'needs_administrator':
      return { kind: 'needs-administrator' };
    default:
      return assertNever(access.state, 'staff access state');
  }
}

const BEFORE_SIGN_IN: ReadonlySet<StaffScreen['kind']> = new Set(['pin', 'setup', 'needs-administrator']);

export function createStaffSlice({ api, effects }: StoreDependencies): KioskSliceCreator<StaffSlice> {
  return (set, get) => {
    const patch = (changes: Partial<StaffState>): void => {
      set({ staff: { ...get().staff, ...changes } });
    };
    const signedIn = (session: OperatorSession, failedAttempts: number): void => {
      const span = Date.parse(session.expiresAt) - Date.now();
      const inBounds = span >= SPAN_BOUNDS.min && span <= SPAN_BOUNDS.max;
      patch({
        session,
        screen: { kind: 'home' },
        notice: null,
        failedAttempts,
        lastAuthorisedAt: Date.now(),
        sessionSpanMs: inBounds ? span : DEFAULT_SESSION_SPAN_MS,
      });
    };
    const today = (): string | null => {
      const timeZone = get().site?.timezone;
      return timeZone === undefined ? null : isoDay(new Date(), timeZone);
    };

    /**
     * Every call that needs the token goes through here. NOT_AUTHORISED means the services ended
     * the session (idle expiry): back to the PIN pad, keeping nothing of what was on screen.
     */
    async function authorised<T>(call: (token: string) => Promise<Result<T>>): Promise<Result<T>> {
      const session = get().staff.session;
      if (session === null || !get().staff.open) return err('NOT_AUTHORISED');
      const result = await call(session.token);
      // The answer may come after Lock, or after another session began: it belongs to nobody now.
      if (get().staff.session?.token !== session.token) return err('NOT_AUTHORISED');
      if (result.ok) patch({ lastAuthorisedAt: Date.now() });
      else if (result.error.code === 'NOT_AUTHORISED') endSession('session_expired');
      return result;
    }

    function endSession(notice: NonNullable<StaffState['notice']>): void {
      patch({ ...STAFF_CLOSED, open: true, access: get().staff.access, notice });
    }

    async function loadStaffAccess(): Promise<Result<OperatorAccess>> {
      const access = await api.getOperatorAccess({});
      const { staff } = get();
      if (!staff.open || !access.ok) return access;
      // Signed in meanwhile: the list is kept for the next unlock, the screen stays.
      const before = staff.session === null && BEFORE_SIGN_IN.has(staff.screen.kind);
      patch({ access: access.value, ...(before ? { screen: screenForAccess(access.value) } : {}) });
      return access;
    }

    return {
      staff: STAFF_CLOSED,

      async openStaff() {
        if (get().staff.open) return;
        get().resetSession();
        set({ staff: { ...STAFF_CLOSED, open: true } });
        await loadStaffAccess();
      },

      loadStaffAccess,

      lockStaff() {
        const session = get().staff.session;
        if (session !== null) fireAndForget(api.lockOperator({ token: session.token }));
        set({ staff: STAFF_CLOSED });
        get().resetSession();
      },

      staffGo(screen) {
        // The wrong-PIN notice is said once, on the home screen the sign-in leads to.
        patch({ screen, failedAttempts: screen.kind === 'home' ? get().staff.failedAttempts : 0 });
      },

      setStaffLanguage(language) {
        // Not a visitor's choice: nothing is counted, only the screens change language.
        effects.applyLanguage(language);
      },

      async unlockStaff(accountId, pin) {
        const result = await api.unlockOperator({ accountId, pin });
        if (!result.ok || !get().staff.open) return result;
        const outcome = result.value;
        switch (outcome.outcome) {
          case 'unlocked':
            signedIn(outcome.session, outcome.failedAttempts);
            break;
          case 'locked':
          case 'unavailable':
            // The list shows each account's lock; a disabled account disappears from it.
            fireAndForget(loadStaffAccess());
            break;
          case 'wrong_pin':
            break;
          default:
            assertNever(outcome, 'unlock outcome');
        }
        return result;
      },

      async setUpSupervisor(setupCode, name, pin) {
        const result = await api.setupSupervisor({ setupCode, name, pin });
        if (!get().staff.open) return result;
        if (result.ok && result.value.outcome === 'created') signedIn(result.value.session, 0);
        else if (result.ok && result.value.outcome === 'locked') fireAndForget(loadStaffAccess());
        // Someone was quicker, or an administrator provisioned staff meanwhile: the names list.
        else if (!result.ok && result.error.code === 'ALREADY_SET_UP') fireAndForget(loadStaffAccess());
        return result;
      },

      endStaffSession: endSession,

      async loadAuditLog() {
        const result = await authorised((token) => api.getAuditLog({ token, limit: AUDIT_LIMIT }));
        return result.ok ? { ok: true, value: result.value.events } : result;
      },

      async loadActivity() {
        const day = today();
        if (day === null) return err('CONFIG_UNAVAILABLE');
        const types = await authorised((token) => api.getActivityTypes({ token }));
        if (!types.ok) return types;
        patch({ activitySetup: types.value });
        // Written today, whatever day they count for: those are the ones that can still change.
        const from = new Date(Date.parse(`${day}T12:00:00Z`) - (DAYS_OFFERED - 1) * DAY_MS).toISOString().slice(0, 10);
        const listed = await authorised((token) => api.listActivityEntries({ token, from, to: day }));
        if (listed.ok) {
          const written = listed.value.entries.filter((entry) => entry.recordedOn === day || entry.day === day);
          patch({ todaysEntries: written.sort((a, b) => b.id - a.id) });
        }
        return listed;
      },

      async saveActivity(id, entry) {
        const result = await authorised((token) =>
          api.saveActivityEntry(id === null ? { token, entry } : { token, id, entry }),
        );
        if (result.ok) fireAndForget(get().loadActivity());
        return result;
      },

      async deleteActivity(id) {
        const result = await authorised((token) => api.deleteActivityEntry({ token, id }));
        if (result.ok) patch({ todaysEntries: get().staff.todaysEntries.filter((entry) => entry.id !== id) });
        return result;
      },

      async checkStaffSession() {
        await authorised((token) => api.getActivityTypes({ token }));
      },

      callAsStaff: authorised,
    };
  };
}
