import { isoDay, type AgeBracket, type Sex } from '../../contract/index.js';
import { readSchemaVersion, type SqlExecutor } from '../db/index.js';

import type { CheckedPeriod } from './report-period.js';
import { dayStart } from './report-period.js';
import type { IncidentKind, Urgency } from './report-texts.js';

/** People of the period by activity type, sex and age bracket (summed in SQL). */
export interface ReportCell {
  readonly type: string;
  readonly sex: Sex;
  readonly age: AgeBracket;
  readonly count: number;
}

/** People of one day and activity type. */
export interface ReportDayCount {
  readonly day: string;
  readonly type: string;
  readonly count: number;
}

/** People of one entry by sex: read only for the entry types a table lists one by one. */
export interface ReportEntrySexCount {
  readonly entryId: number;
  readonly sex: Sex;
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
  readonly byDay: readonly ReportDayCount[];
  readonly byEntry: readonly ReportEntrySexCount[];
  /** Every sex found in the counts, in the order of its first entry (day, then entry). */
  readonly sexesSeen: readonly Sex[];
  readonly usage: readonly { day: string; metric: string; key: string; count: number }[];
  readonly checks: readonly { startedAt: Date; finishedAt: Date; summary: 'pass' | 'warn' | 'fail' }[];
  readonly incidents: readonly ReportIncident[];
  readonly maintenance: readonly { day: string; kind: string; role: 'operator' | 'supervisor' }[];
  readonly pathways: readonly { profile: string; urgency: Urgency; count: number }[];
  readonly schemaVersion: number;
}

const DAY_MS = 86_400_000;

/**
 * `entryTypes`: the activity types whose entries are listed one by one (talks, referrals); only
 * their per-entry counts are read. A busy year holds some 50,000 count rows: summing them in
 * SQLite and handing over a few thousand rows costs a fraction of turning each into an object.
 */
export async function loadReportData(
  db: SqlExecutor,
  period: CheckedPeriod,
  timeZone: string,
  entryTypes: readonly string[],
): Promise<ReportData> {
  const { from, to } = period;
  const start = dayStart(from, timeZone);
  const end = dayStart(new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10), timeZone);
  const entries = await db.all<ReportEntry>(
    'SELECT id, day, type, category, language FROM activity_entry WHERE day BETWEEN ? AND ? ORDER BY day, id',
    [from, to],
  );
  const cells = await db.all<ReportCell>(
    `SELECT e.type, c.sex, c.age, SUM(c.count) AS count
     FROM activity_count c JOIN activity_entry e ON e.id = c.entry_id
     WHERE e.day BETWEEN ? AND ? GROUP BY e.type, c.sex, c.age ORDER BY e.type, c.sex, c.age`,
    [from, to],
  );
  const byDay = await db.all<ReportDayCount>(
    `SELECT e.day, e.type, SUM(c.count) AS count
     FROM activity_count c JOIN activity_entry e ON e.id = c.entry_id
     WHERE e.day BETWEEN ? AND ? GROUP BY e.day, e.type ORDER BY e.day, e.type`,
    [from, to],
  );
  const byEntry =
    entryTypes.length === 0
      ? []
      : await db.all<ReportEntrySexCount>(
          `SELECT c.entry_id AS entryId, c.sex, SUM(c.count) AS count
           FROM activity_count c JOIN activity_entry e ON e.id = c.entry_id
           WHERE e.day BETWEEN ? AND ? AND e.type IN (${entryTypes.map(() => '?').join(', ')})
           GROUP BY c.entry_id, c.sex ORDER BY c.entry_id, c.sex`,
          [from, to, ...entryTypes],
        );
  const sexesSeen = await sexesInOrderSeen(db, from, to);
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
    byDay,
    byEntry,
    sexesSeen,
    usage,
    checks,
    incidents,
    maintenance,
    pathways,
    schemaVersion: await readSchemaVersion(db),
  };
}

/**
 * The sexes found in the period's counts, in the order of the first entry (day, then id) that
 * has each. The first day is found for all at once; only sexes that share a first day need the
 * entry ids of that day to decide.
 */
async function sexesInOrderSeen(db: SqlExecutor, from: string, to: string): Promise<Sex[]> {
  const firstDays = await db.all<{ sex: Sex; day: string }>(
    `SELECT c.sex, MIN(e.day) AS day FROM activity_count c JOIN activity_entry e ON e.id = c.entry_id
     WHERE e.day BETWEEN ? AND ? GROUP BY c.sex`,
    [from, to],
  );
  const firstId = new Map<Sex, number>();
  for (const day of new Set(firstDays.map((row) => row.day))) {
    if (firstDays.filter((row) => row.day === day).length < 2) continue;
    const rows = await db.all<{ sex: Sex; id: number }>(
      `SELECT c.sex, MIN(e.id) AS id FROM activity_count c JOIN activity_entry e ON e.id = c.entry_id
       WHERE e.day = ? GROUP BY c.sex`,
      [day],
    );
    for (const row of rows) firstId.set(row.sex, row.id);
  }
  return firstDays
    .sort((a, b) => (a.day === b.day ? (firstId.get(a.sex) ?? 0) - (firstId.get(b.sex) ?? 0) : a.day < b.day ? -1 : 1))
    .map((row) => row.sex);
}
