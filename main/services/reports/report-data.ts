import { isoDay, type AgeBracket, type Sex } from '../../contract/index.js';
import { readSchemaVersion, type SqlExecutor } from '../db/index.js';

import type { CheckedPeriod } from './report-period.js';
import { dayStart } from './report-period.js';
import type { IncidentKind, Urgency } from './report-texts.js';

export interface ReportCell {
  readonly entryId: number;
  readonly day: string;
  readonly type: string;
  readonly category: string | null;
  readonly language: string;
  readonly sex: Sex;
  readonly age: AgeBracket;
  readonly count: number;
}

export interface ReportEntry {
  readonly id: number;
  readonly day: string;
  readonly type: string;
  readonly category: string | null;
  readonly language: string;
}

export interface ReportIncident {
  readonly kind: IncidentKind;
  readonly subject: string;
  readonly openedAt: Date;
  readonly closedAt: Date | null;
  readonly occurrences: number;
}

/** Everything a report holds, read from the database in one pass: exact counts, no labels. */
export interface ReportData {
  readonly period: CheckedPeriod;
  readonly timeZone: string;
  /** Start of the first day and end of the last day of the period, as instants. */
  readonly start: Date;
  readonly end: Date;
  readonly entries: readonly ReportEntry[];
  readonly cells: readonly ReportCell[];
  readonly usage: readonly { day: string; metric: string; key: string; count: number }[];
  readonly checks: readonly { startedAt: Date; finishedAt: Date; summary: 'pass' | 'warn' | 'fail' }[];
  readonly incidents: readonly ReportIncident[];
  readonly maintenance: readonly { day: string; kind: string; role: 'operator' | 'supervisor' }[];
  readonly pathways: readonly { profile: string; urgency: Urgency; count: number }[];
  readonly schemaVersion: number;
}

const DAY_MS = 86_400_000;

export async function loadReportData(db: SqlExecutor, period: CheckedPeriod, timeZone: string): Promise<ReportData> {
  const { from, to } = period;
  const start = dayStart(from, timeZone);
  const end = dayStart(new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10), timeZone);
  const entries = await db.all<ReportEntry>(
    'SELECT id, day, type, category, language FROM activity_entry WHERE day BETWEEN ? AND ? ORDER BY day, id',
    [from, to],
  );
  const cells = await db.all<ReportCell>(
    `SELECT e.id AS entryId, e.day, e.type, e.category, e.language, c.sex, c.age, c.count
     FROM activity_count c JOIN activity_entry e ON e.id = c.entry_id
     WHERE e.day BETWEEN ? AND ? ORDER BY e.day, e.id`,
    [from, to],
  );
  const usage = await db.all<{ day: string; metric: string; key: string; count: number }>(
    'SELECT day, metric, key, count FROM usage_counter WHERE day BETWEEN ? AND ? ORDER BY day, metric, key',
    [from, to],
  );
  // Timestamps are UTC ISO strings; a day of margin either side, then the site's own day decides.
  const lo = new Date(start.getTime() - DAY_MS).toISOString();
  const hi = new Date(end.getTime() + DAY_MS).toISOString();
  const inPeriod = (iso: string): boolean => {
    const day = isoDay(new Date(iso), timeZone);
    return day >= from && day <= to;
  };
  const checks = (
    await db.all<{ started_at: string; finished_at: string; summary: 'pass' | 'warn' | 'fail' }>(
      'SELECT started_at, finished_at, summary FROM equipment_check WHERE started_at BETWEEN ? AND ? ORDER BY started_at',
      [lo, hi],
    )
  )
    .filter((row) => inPeriod(row.started_at))
    .map((row) => ({
      startedAt: new Date(row.started_at),
      finishedAt: new Date(row.finished_at),
      summary: row.summary,
    }));
  const incidents = (
    await db.all<{
      kind: IncidentKind;
      subject: string;
      opened_at: string;
      closed_at: string | null;
      occurrences: number;
    }>(
      `SELECT kind, subject, opened_at, closed_at, occurrences FROM incident
       WHERE opened_at < ? AND (closed_at IS NULL OR closed_at > ?) ORDER BY opened_at, id`,
      [end.toISOString(), start.toISOString()],
    )
  ).map((row) => ({
    kind: row.kind,
    subject: row.subject,
    openedAt: new Date(row.opened_at),
    closedAt: row.closed_at === null ? null : new Date(row.closed_at),
    occurrences: row.occurrences,
  }));
  const maintenance = await db.all<{ day: string; kind: string; role: 'operator' | 'supervisor' }>(
    'SELECT day, kind, role FROM maintenance_entry WHERE day BETWEEN ? AND ? ORDER BY day, recorded_at, id',
    [from, to],
  );
  const pathways = await db.all<{ profile: string; urgency: Urgency; count: number }>(
    `SELECT profile, urgency, SUM(count) AS count FROM pathway_referral_count
     WHERE day BETWEEN ? AND ? GROUP BY profile, urgency ORDER BY profile, urgency`,
    [from, to],
  );
  return {
    period,
    timeZone,
    start,
    end,
    entries,
    cells,
    usage,
    checks,
    incidents,
    maintenance,
    pathways,
    schemaVersion: await readSchemaVersion(db),
  };
}
