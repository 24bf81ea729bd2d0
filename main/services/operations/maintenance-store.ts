import type { MaintenanceEntry, OperatorRole } from '../../contract/index.js';
import type { SqlExecutor } from '../db/index.js';

interface MaintenanceRow {
  id: number;
  day: string;
  kind: string;
  recorded_at: string;
  role: OperatorRole;
}

const fromRow = (row: MaintenanceRow): MaintenanceEntry => ({
  id: row.id,
  day: row.day,
  kind: row.kind,
  recordedAt: row.recorded_at,
  role: row.role,
});

export async function insertMaintenance(
  tx: SqlExecutor,
  entry: { day: string; kind: string; at: Date; role: OperatorRole },
): Promise<MaintenanceEntry> {
  const row = await tx.get<MaintenanceRow>(
    'INSERT INTO maintenance_entry (day, kind, recorded_at, role) VALUES (?, ?, ?, ?) RETURNING id, day, kind, recorded_at, role',
    [entry.day, entry.kind, entry.at.toISOString(), entry.role],
  );
  if (row === undefined) throw new Error('maintenance entry not inserted');
  return fromRow(row);
}

/** Entries from `since` (a site day) on, newest first. */
export async function readMaintenance(db: SqlExecutor, since: string, limit: number): Promise<MaintenanceEntry[]> {
  const rows = await db.all<MaintenanceRow>(
    'SELECT id, day, kind, recorded_at, role FROM maintenance_entry WHERE day >= ? ORDER BY id DESC LIMIT ?',
    [since, limit],
  );
  return rows.map(fromRow);
}
