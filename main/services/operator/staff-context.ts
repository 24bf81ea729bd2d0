import type { AuditEventKind, OperatorRole, Result } from '../../contract/index.js';
import type { Clock } from '../clock.js';
import type { KioskDatabase } from '../db/index.js';
import type { SqlExecutor } from '../db/database.js';
import type { Logger } from '../logger.js';

import type { OperatorSessions } from './operator-sessions.js';
import type { StaffStore } from './staff-store.js';

/** What the staff handlers share: the accounts file, the sessions and the audit log. */
export interface StaffContext {
  readonly dataDir: string;
  readonly store: StaffStore;
  readonly sessions: OperatorSessions;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly database: KioskDatabase;
  /** Appends to the audit log; a failure is logged, never undoes what was done. */
  audit(event: {
    kind: AuditEventKind;
    role: OperatorRole | null;
    actor: string | null;
    detail?: string | undefined;
  }): Promise<void>;
  /** Moves what `kioskctl staff …` did from the staff file to the audit log. */
  drainPendingAudit(): Promise<void>;
  withDb<T>(operation: string, work: (db: SqlExecutor) => Promise<T>): Promise<Result<T>>;
}
