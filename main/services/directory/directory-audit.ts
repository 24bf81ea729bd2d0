import type { Clock } from '../clock.js';
import { useDatabase, type KioskDatabase } from '../db/index.js';
import type { Logger } from '../logger.js';
import { appendAudit } from '../operator/operator-store.js';

import type { DirectoryAuditEvent } from './directory-stewardship.js';

/**
 * Writes a directory change to the audit log. The change is already in place when this runs: a
 * database that cannot take the line is logged, never a reason to undo what visitors now see.
 */
export function directoryAuditWriter(
  database: KioskDatabase,
  clock: Clock,
  logger: Logger,
): (event: DirectoryAuditEvent) => Promise<void> {
  return async (event) => {
    const written = await useDatabase(database, logger, 'directory_audit', (db) =>
      appendAudit(db, {
        at: clock.now(),
        kind: event.kind,
        role: event.role,
        actor: event.actor,
        detail: event.detail,
      }),
    );
    if (!written.ok) logger.error('directory_audit_failed', { detail: event.detail });
  };
}
