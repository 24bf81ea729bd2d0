import type { AuditEvent, OperatorRole } from '../../contract/index.js';
import type { SqlExecutor } from '../db/database.js';

/** The audit log's SQL, in one place. Callers go through `useDatabase` for error mapping. */

/** Audit details are short machine words chosen by the caller (never a PIN, never text from a request). */
export async function appendAudit(
  db: SqlExecutor,
  event: { at: Date; kind: AuditEvent['kind']; role: OperatorRole | null; actor?: string | null; detail?: string },
): Promise<void> {
  await db.run('INSERT INTO audit_event (at, kind, role, actor, detail) VALUES (?, ?, ?, ?, ?)', [
    event.at.toISOString(),
    event.kind,
    event.role,
    event.actor ?? null,
    event.detail ?? null,
  ]);
}

export async function readAudit(db: SqlExecutor, limit: number): Promise<AuditEvent[]> {
  return db.all<AuditEvent>('SELECT at, kind, role, actor, detail FROM audit_event ORDER BY id DESC LIMIT ?', [limit]);
}

/**
 * The per-role PIN hashes of a kiosk from before named accounts, if any are left in the database.
 * They are carried over to the staff file once, then deleted here (`forgetLegacyPins`).
 */
export async function readLegacyPins(db: SqlExecutor): Promise<Map<OperatorRole, string>> {
  const rows = await db.all<{ role: OperatorRole; hash: string }>('SELECT role, hash FROM operator_pin');
  return new Map(rows.map((row) => [row.role, row.hash]));
}

export async function forgetLegacyPins(db: SqlExecutor): Promise<void> {
  // secure_delete overwrites the freed pages, so the old hashes do not linger in the file.
  await db.exec('PRAGMA secure_delete = ON');
  await db.run('DELETE FROM operator_pin');
  await db.run('UPDATE operator_lockout SET failures = 0, level = 0, locked_until = NULL');
}
