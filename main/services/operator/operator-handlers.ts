import { err, ok, type OperatorRole, type Result } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { KioskHandlers } from '../handlers.js';
import type { Logger } from '../logger.js';

import { afterFailure, attemptsLeft, isLocked, OPEN_LOCKOUT } from './lockout-policy.js';
import { createOperatorSessions } from './operator-sessions.js';
import { appendAudit, readAudit, readLockout, readPinHashes, writeLockout, writePinHash } from './operator-store.js';
import { hashPin, verifyPin } from './pin-hash.js';
import { weakPinReason } from './pin-policy.js';

type OperatorMethods =
  'getOperatorAccess' | 'setupSupervisorPin' | 'unlockOperator' | 'lockOperator' | 'setOperatorPin' | 'getAuditLog';

export interface OperatorDeps {
  readonly database: KioskDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
  /** How long an unlocked session lasts without activity (default 5 minutes). */
  readonly idleMs?: number;
}

const DEFAULT_IDLE_MS = 5 * 60_000;

/** Which stored PIN this one is, if any. Every stored hash is checked, so timing does not tell. */
async function matchRole(pin: string, hashes: Map<OperatorRole, string>): Promise<OperatorRole | undefined> {
  let found: OperatorRole | undefined;
  for (const [role, hash] of hashes) if (await verifyPin(pin, hash)) found ??= role;
  return found;
}

/**
 * Checks a staff token for the other services' methods: the role if the session is live and
 * allowed, else NOT_AUTHORISED. Each use pushes the session's idle expiry forward.
 */
export type Authorise = (token: string, roles?: readonly OperatorRole[]) => Result<OperatorRole>;

export interface OperatorAccess {
  readonly handlers: Pick<KioskHandlers, OperatorMethods>;
  readonly authorise: Authorise;
}

export function createOperatorAccess(deps: OperatorDeps): OperatorAccess {
  const { clock } = deps;
  const sessions = createOperatorSessions(clock, deps.idleMs ?? DEFAULT_IDLE_MS);
  const authorise: Authorise = (token, roles = ['operator', 'supervisor']) => {
    const role = sessions.use(token);
    if (role === undefined) return err('NOT_AUTHORISED', 'Session expired or locked.');
    if (!roles.includes(role)) return err('NOT_AUTHORISED', `Only for: ${roles.join(', ')}.`);
    return ok(role);
  };
  return { handlers: createHandlers(deps, sessions, authorise), authorise };
}

function createHandlers(
  deps: OperatorDeps,
  sessions: ReturnType<typeof createOperatorSessions>,
  authorise: Authorise,
): Pick<KioskHandlers, OperatorMethods> {
  const { database, clock, logger } = deps;
  // PIN attempts run one at a time: the wrong-PIN count is read, changed and written back, and
  // parallel guesses must not slip between those steps.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const withDb = <T>(operation: string, work: Parameters<typeof useDatabase<T>>[3]): Promise<Result<T>> =>
    useDatabase(database, logger, operation, work);
  const supervisorOnly = (token: string): Result<OperatorRole> => authorise(token, ['supervisor']);

  return {
    getOperatorAccess: () =>
      withDb('operator_access', async (db) => {
        const [hashes, lockout] = await Promise.all([readPinHashes(db), readLockout(db)]);
        const now = clock.now().getTime();
        return {
          setupRequired: !hashes.has('supervisor'),
          lockedUntil:
            isLocked(lockout, now) && lockout.lockedUntil !== null ? new Date(lockout.lockedUntil).toISOString() : null,
        };
      }),

    setupSupervisorPin: ({ pin }) =>
      serial(async () => {
        const weak = weakPinReason(pin);
        if (weak !== null) return err('WEAK_PIN', weak);
        const hash = await hashPin(pin);
        const created = await withDb('operator_setup', (db) =>
          db.transaction(async (tx) => {
            if ((await readPinHashes(tx)).has('supervisor')) return false;
            await writePinHash(tx, 'supervisor', hash, clock.now());
            await appendAudit(tx, { at: clock.now(), kind: 'supervisor_pin_created', role: 'supervisor' });
            return true;
          }),
        );
        if (!created.ok) return created;
        if (!created.value) return err('ALREADY_SET_UP');
        return ok(sessions.open('supervisor'));
      }),

    unlockOperator: ({ pin }) =>
      serial(async () => {
        const state = await withDb('operator_unlock_read', async (db) => ({
          hashes: await readPinHashes(db),
          lockout: await readLockout(db),
        }));
        if (!state.ok) return state;
        const { hashes, lockout } = state.value;
        const now = clock.now();
        if (!hashes.has('supervisor')) return ok({ outcome: 'setup_required' as const });
        if (isLocked(lockout, now.getTime()) && lockout.lockedUntil !== null) {
          return ok({ outcome: 'locked' as const, lockedUntil: new Date(lockout.lockedUntil).toISOString() });
        }
        const role = await matchRole(pin, hashes);
        if (role !== undefined) {
          const saved = await withDb('operator_unlock_ok', (db) =>
            db.transaction(async (tx) => {
              await writeLockout(tx, OPEN_LOCKOUT);
              await appendAudit(tx, { at: now, kind: 'unlocked', role });
            }),
          );
          if (!saved.ok) return saved;
          return ok({ outcome: 'unlocked' as const, session: sessions.open(role) });
        }
        const next = afterFailure(lockout, now.getTime());
        const saved = await withDb('operator_unlock_failed', (db) =>
          db.transaction(async (tx) => {
            await writeLockout(tx, next.state);
            await appendAudit(tx, { at: now, kind: 'unlock_failed', role: null });
            if (next.lockedOut)
              await appendAudit(tx, { at: now, kind: 'locked_out', role: null, detail: `level ${next.state.level}` });
          }),
        );
        if (!saved.ok) return saved;
        if (next.lockedOut && next.state.lockedUntil !== null) {
          logger.warn('operator_locked_out', { level: next.state.level });
          return ok({ outcome: 'locked' as const, lockedUntil: new Date(next.state.lockedUntil).toISOString() });
        }
        return ok({ outcome: 'wrong_pin' as const, attemptsLeft: attemptsLeft(next.state) });
      }),

    lockOperator: async ({ token }) => {
      const role = sessions.close(token);
      if (role !== undefined) {
        const saved = await withDb('operator_lock', (db) => appendAudit(db, { at: clock.now(), kind: 'locked', role }));
        if (!saved.ok) return saved;
      }
      return ok({});
    },

    setOperatorPin: ({ token, role, pin }) =>
      serial(async () => {
        const allowed = supervisorOnly(token);
        if (!allowed.ok) return allowed;
        const weak = weakPinReason(pin);
        if (weak !== null) return err('WEAK_PIN', weak);
        const hashes = await withDb('operator_pins', readPinHashes);
        if (!hashes.ok) return hashes;
        // The two roles must have different PINs, or the PIN could not tell who unlocks.
        const other = hashes.value.get(role === 'operator' ? 'supervisor' : 'operator');
        if (other !== undefined && (await verifyPin(pin, other))) return err('WEAK_PIN', 'same as the other role');
        const hash = await hashPin(pin);
        const saved = await withDb('operator_set_pin', (db) =>
          db.transaction(async (tx) => {
            await writePinHash(tx, role, hash, clock.now());
            await appendAudit(tx, { at: clock.now(), kind: 'pin_changed', role: 'supervisor', detail: `${role} PIN` });
          }),
        );
        return saved.ok ? ok({}) : saved;
      }),

    getAuditLog: async ({ token, limit }) => {
      const allowed = supervisorOnly(token);
      if (!allowed.ok) return allowed;
      return withDb('operator_audit', async (db) => ({ events: await readAudit(db, limit ?? 200) }));
    },
  };
}
