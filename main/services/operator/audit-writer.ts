import type { AuditEventKind, OperatorRole } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { Logger } from '../logger.js';

import { appendAudit } from './operator-store.js';

/** A change staff made to what visitors see or hear (the directory, a recording), for the audit log. */
export interface StaffChange {
  readonly kind: AuditEventKind;
  /** The staff account's name, or "kioskctl" for the administrator's command line. */
  readonly actor: string;
  readonly role: OperatorRole | null;
  /** Machine words only: the action and the ids it touched, never free text. */
  readonly detail: string;
}

/**
 * Writes a staff change to the audit log. The change is already in place when this runs: a
 * database that cannot take the line is logged, never a reason to undo what visitors now see.
 */
export function auditWriter(
  database: KioskDatabase,
  clock: Clock,
  logger: Logger,
): (change: StaffChange) => Promise<void> {
  return async (change) => {
    const written = await useDatabase(database, logger, 'staff_change_audit', (db) =>
      appendAudit(db, {
        at: clock.now(),
        kind: change.kind,
        role: change.role,
        actor: change.actor,
        detail: change.detail,
      }),
    );
    if (!written.ok) logger.error('audit_not_written', { kind: change.kind, code: written.error.code });
  };
}
