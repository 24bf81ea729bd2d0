import type { Incident, IncidentKind } from '../../contract/index.js';
import type { SqlExecutor } from '../db/index.js';

import { downtimeMs } from './downtime.js';

interface IncidentRow {
  id: number;
  kind: IncidentKind;
  subject: string;
  opened_at: string;
  opened_day: string;
  closed_at: string | null;
  closed_by: Incident['closedBy'];
  occurrences: number;
  detail: string | null;
}

const COLUMNS = 'id, kind, subject, opened_at, opened_day, closed_at, closed_by, occurrences, detail';

export function fromRow(row: IncidentRow, now: Date): Incident {
  return {
    id: row.id,
    kind: row.kind,
    subject: row.subject,
    openedAt: row.opened_at,
    openedDay: row.opened_day,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    occurrences: row.occurrences,
    detail: row.detail,
    downtimeMs: downtimeMs({ openedAt: row.opened_at, closedAt: row.closed_at }, now),
  };
}

export interface RaiseIncident {
  readonly kind: IncidentKind;
  readonly subject: string;
  readonly at: Date;
  readonly day: string;
  readonly detail?: string | null;
}

/**
 * Opens an incident, or counts one more occurrence of the one already open for the same kind and
 * subject (the partial unique index keeps it to one). Returns its id and whether it is new.
 */
export async function raiseIncident(tx: SqlExecutor, raise: RaiseIncident): Promise<{ id: number; opened: boolean }> {
  const existing = await tx.get<{ id: number }>(
    'SELECT id FROM incident WHERE kind = ? AND subject = ? AND closed_at IS NULL',
    [raise.kind, raise.subject],
  );
  if (existing !== undefined) {
    await tx.run('UPDATE incident SET occurrences = occurrences + 1, detail = COALESCE(?, detail) WHERE id = ?', [
      raise.detail ?? null,
      existing.id,
    ]);
    return { id: existing.id, opened: false };
  }
  const row = await tx.get<{ id: number }>(
    'INSERT INTO incident (kind, subject, opened_at, opened_day, detail) VALUES (?, ?, ?, ?, ?) RETURNING id',
    [raise.kind, raise.subject, raise.at.toISOString(), raise.day, raise.detail ?? null],
  );
  if (row === undefined) throw new Error('incident not inserted');
  return { id: row.id, opened: true };
}

/** Closes open incidents of a kind (and subject, if given); returns how many closed. */
export async function closeOpenIncidents(
  tx: SqlExecutor,
  kind: IncidentKind,
  subject: string | null,
  by: NonNullable<Incident['closedBy']>,
  at: Date,
): Promise<number> {
  const result = await tx.run(
    `UPDATE incident SET closed_at = ?, closed_by = ?
     WHERE closed_at IS NULL AND kind = ? AND (? IS NULL OR subject = ?)`,
    [at.toISOString(), by, kind, subject, subject],
  );
  return result.changes;
}

export async function readIncident(db: SqlExecutor, id: number, now: Date): Promise<Incident | undefined> {
  const row = await db.get<IncidentRow>(`SELECT ${COLUMNS} FROM incident WHERE id = ?`, [id]);
  return row === undefined ? undefined : fromRow(row, now);
}

export async function closeIncidentById(
  tx: SqlExecutor,
  id: number,
  by: NonNullable<Incident['closedBy']>,
  at: Date,
): Promise<boolean> {
  const result = await tx.run('UPDATE incident SET closed_at = ?, closed_by = ? WHERE id = ? AND closed_at IS NULL', [
    at.toISOString(),
    by,
    id,
  ]);
  return result.changes === 1;
}

export async function readOpenIncidents(db: SqlExecutor, now: Date): Promise<Incident[]> {
  const rows = await db.all<IncidentRow>(`SELECT ${COLUMNS} FROM incident WHERE closed_at IS NULL ORDER BY id DESC`);
  return rows.map((row) => fromRow(row, now));
}

export async function readClosedSince(db: SqlExecutor, since: Date, limit: number, now: Date): Promise<Incident[]> {
  const rows = await db.all<IncidentRow>(
    `SELECT ${COLUMNS} FROM incident WHERE closed_at IS NOT NULL AND closed_at >= ? ORDER BY closed_at DESC, id DESC LIMIT ?`,
    [since.toISOString(), limit],
  );
  return rows.map((row) => fromRow(row, now));
}

/** Every incident that may overlap [from, to): opened before its end, not closed before its start. */
export async function readOverlapping(db: SqlExecutor, from: Date, to: Date, now: Date): Promise<Incident[]> {
  const rows = await db.all<IncidentRow>(
    `SELECT ${COLUMNS} FROM incident WHERE opened_at < ? AND (closed_at IS NULL OR closed_at >= ?) ORDER BY opened_at, id`,
    [to.toISOString(), from.toISOString()],
  );
  return rows.map((row) => fromRow(row, now));
}
