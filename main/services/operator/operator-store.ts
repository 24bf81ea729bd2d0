import type { AuditEvent, OperatorRole } from '../../contract/index.js';
import type { SqlExecutor } from '../db/database.js';

import type { LockoutState } from './lockout-policy.js';

/** The SQL of staff access, in one place. Callers go through `useDatabase` for error mapping. */
export async function readPinHashes(db: SqlExecutor): Promise<Map<OperatorRole, string>> {
  const rows = await db.all<{ role: OperatorRole; hash: string }>('SELECT role, hash FROM operator_pin');
  return new Map(rows.map((row) => [row.role, row.hash]));
}

export async function writePinHash(db: SqlExecutor, role: OperatorRole, hash: string, now: Date): Promise<void> {
  await db.run(
    `INSERT INTO operator_pin (role, hash, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (role) DO UPDATE SET hash = excluded.hash, updated_at = excluded.updated_at`,
    [role, hash, now.toISOString()],
  );
}

export async function readLockout(db: SqlExecutor): Promise<LockoutState> {
  const row = await db.get<{ failures: number; level: number; locked_until: string | null }>(
    'SELECT failures, level, locked_until FROM operator_lockout WHERE id = 1',
  );
  if (row === undefined) return { failures: 0, level: 0, lockedUntil: null };
  return {
    failures: row.failures,
    level: row.level,
    lockedUntil: row.locked_until === null ? null : Date.parse(row.locked_until),
  };
}

export async function writeLockout(db: SqlExecutor, state: LockoutState): Promise<void> {
  await db.run('UPDATE operator_lockout SET failures = ?, level = ?, locked_until = ? WHERE id = 1', [
    state.failures,
    state.level,
    state.lockedUntil === null ? null : new Date(state.lockedUntil).toISOString(),
  ]);
}

/** Audit details are short machine words chosen here (never a PIN, never text from a request). */
export async function appendAudit(
  db: SqlExecutor,
  event: { at: Date; kind: AuditEvent['kind']; role: OperatorRole | null; detail?: string },
): Promise<void> {
  await db.run('INSERT INTO audit_event (at, kind, role, detail) VALUES (?, ?, ?, ?)', [
    event.at.toISOString(),
    event.kind,
    event.role,
    event.detail ?? null,
  ]);
}

export async function readAudit(db: SqlExecutor, limit: number): Promise<AuditEvent[]> {
  return db.all<AuditEvent>('SELECT at, kind, role, detail FROM audit_event ORDER BY id DESC LIMIT ?', [limit]);
}
