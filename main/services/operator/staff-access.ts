import { err, ok } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { KioskHandlers } from '../handlers.js';
import type { Logger } from '../logger.js';
import type { KeyProtector } from '../secrets/key-protector.js';
import { loadMachineKey, type MachineKeyResult } from '../secrets/machine-key.js';
import type { AuthoriseStaff } from '../staff-caller.js';

import { importLegacyPins } from './legacy-pins.js';
import { appendAudit } from './operator-store.js';
import { createOperatorSessions } from './operator-sessions.js';
import { readSetupCode, removeSetupCode, SETUP_CODE_FILE, writeSetupCode } from './setup-code.js';
import { findAccount } from './staff-accounts.js';
import type { StaffContext } from './staff-context.js';
import { readStaffFileIfChanged, type StaffFileData } from './staff-file.js';
import { createStaffHandlers, type StaffMethods } from './staff-handlers.js';
import { createStaffStore } from './staff-store.js';

export interface StaffAccessDeps {
  readonly dataDir: string;
  readonly database: KioskDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Electron's safeStorage where the host has it; without it the machine key is an owner-only file. */
  readonly keyProtector?: KeyProtector | undefined;
  /** How long an unlocked session lasts without activity (default 5 minutes). */
  readonly idleMs?: number;
  /** How long a session lasts at most, whatever the activity (default 12 hours: a working day). */
  readonly lifetimeMs?: number;
}

export interface StaffAccess {
  readonly handlers: Pick<KioskHandlers, StaffMethods>;
  readonly authorise: AuthoriseStaff;
  /** The machine key, also used to encrypt the KoboToolbox credential. */
  readonly key: MachineKeyResult;
}

export const DEFAULT_IDLE_MS = 5 * 60_000;
export const DEFAULT_LIFETIME_MS = 12 * 60 * 60_000;

export async function createStaffAccess(deps: StaffAccessDeps): Promise<StaffAccess> {
  const { dataDir, database, clock, logger } = deps;
  const key = await loadMachineKey(dataDir, deps.keyProtector);
  if (key.kind !== 'ready') logger.error('machine_key_unavailable', { kind: key.kind, file: key.file });
  const store = createStaffStore(dataDir, key);
  const sessions = createOperatorSessions(
    clock,
    deps.idleMs ?? DEFAULT_IDLE_MS,
    deps.lifetimeMs ?? DEFAULT_LIFETIME_MS,
  );

  const ctx: StaffContext = {
    // Called only after ctx is complete.
    drainPendingAudit: () => drainPendingAudit(ctx),
    dataDir,
    store,
    sessions,
    clock,
    logger,
    database,
    withDb: (operation, work) => useDatabase(database, logger, operation, work),
    audit: async (event) => {
      const written = await useDatabase(database, logger, 'staff_audit', (db) =>
        appendAudit(db, {
          at: clock.now(),
          kind: event.kind,
          role: event.role,
          actor: event.actor,
          ...(event.detail === undefined ? {} : { detail: event.detail }),
        }),
      );
      if (!written.ok) logger.error('audit_not_written', { kind: event.kind, code: written.error.code });
    },
  };

  await importLegacyPins(ctx);
  await prepareFirstRun(ctx);

  // The accounts as last read for the session check; re-read only when the file changes on disk.
  let known: { version: string | undefined; data: StaffFileData | undefined } = { version: undefined, data: undefined };
  const currentAccounts = (): StaffFileData | undefined => {
    const read = readStaffFileIfChanged(dataDir, known.version);
    if (read === 'unchanged') return known.data;
    known = read.kind === 'ok' ? { version: read.version, data: read.data } : { version: undefined, data: undefined };
    return known.data;
  };

  const authorise: AuthoriseStaff = (token, access) => {
    const used = sessions.use(token);
    if ('unknown' in used) return err('NOT_AUTHORISED', 'No staff session.');
    if ('expired' in used) {
      void ctx.audit({ kind: 'session_expired', role: used.expired.role, actor: used.expired.name });
      return err('NOT_AUTHORISED', 'The staff session has ended.');
    }
    const session = used.live;
    // An account disabled or given a new PIN since the session opened (on screen or by kioskctl)
    // has lost its sessions.
    const accounts = currentAccounts();
    const account = accounts === undefined ? undefined : findAccount(accounts, session.accountId);
    if (account === undefined || account.disabled || account.pinChangedAt !== session.pinChangedAt) {
      const ended = sessions.endAccount(session.accountId);
      if (ended > 0) void ctx.audit({ kind: 'sessions_ended', role: session.role, actor: session.name });
      return err('NOT_AUTHORISED', 'The staff session has ended.');
    }
    if (access === 'supervisor' && session.role !== 'supervisor') return err('NOT_AUTHORISED', 'Only for supervisors.');
    return ok({ accountId: session.accountId, name: account.name, role: session.role });
  };

  return { handlers: createStaffHandlers(ctx), authorise, key };
}

/**
 * With no staff account yet, the kiosk writes a one-time setup code for the administrator (unless
 * one is waiting already); once accounts exist, a leftover code is removed, so it can never be used.
 */
async function prepareFirstRun(ctx: StaffContext): Promise<void> {
  await drainPendingAudit(ctx);
  const state = await ctx.store.read();
  if (state.kind !== 'ok') {
    ctx.logger.error('staff_access_unavailable', { why: state.why, reason: state.reason });
    return;
  }
  if (state.data.accounts.length > 0) {
    await removeSetupCode(ctx.dataDir);
    return;
  }
  if ((await readSetupCode(ctx.dataDir)) !== undefined) return;
  try {
    await writeSetupCode(ctx.dataDir);
    ctx.logger.warn('staff_setup_code_written', { file: SETUP_CODE_FILE });
  } catch (error) {
    ctx.logger.error('staff_setup_code_failed', { error: error instanceof Error ? error.message : String(error) });
  }
}

/** Copies what `kioskctl staff …` did into the audit log, then clears it from the staff file. */
export async function drainPendingAudit(ctx: StaffContext): Promise<void> {
  // One read of the file; it is written only when there was something to take (update skips an unchanged file).
  const taken = await ctx.store.update((data) => ({ data: { ...data, pendingAudit: [] }, value: data.pendingAudit }));
  if (!taken.ok || taken.value.length === 0) return;
  for (const entry of taken.value) {
    const written = await useDatabase(ctx.database, ctx.logger, 'staff_audit', (db) =>
      appendAudit(db, {
        at: new Date(entry.at),
        kind: entry.kind,
        role: entry.role,
        actor: 'kioskctl',
        detail: entry.detail,
      }),
    );
    if (!written.ok) ctx.logger.error('audit_not_written', { kind: entry.kind, code: written.error.code });
  }
}
