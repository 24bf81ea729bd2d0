// Generated activity for report tests and benchmarks: a busy attention point, written straight
// into a real kiosk database with the kiosk's own migrations. Deterministic (seeded), so a test
// that fails fails the same way again.
import { addDays, AGE_BRACKETS, SERVICE_CATEGORIES, USAGE_METRICS } from '../main/contract/index.js';
import type { SqlExecutor } from '../main/services/db/index.js';
import { mulberry32 } from '../tests/support/seeded-random.js';

export interface GeneratedPeriod {
  readonly from: string;
  readonly days: number;
  readonly entriesPerDay: number;
  readonly types: readonly { readonly id: string; readonly needsCategory: boolean }[];
  readonly sexes: readonly string[];
  readonly seed?: number;
}

const SUBJECTS = ['printer', 'network', 'disk', 'screen'] as const;
const KINDS = ['check_failed', 'printer_fault', 'renderer_crash', 'manual'] as const;
const URGENCIES = ['immediate', '24h', '72h', '2w'] as const;
const PROFILES = ['unaccompanied-child', 'gbv-survivor', 'trafficking', 'asylum-seeker'] as const;
const LANGS = ['es', 'en', 'fr', 'ht', 'other'] as const;

/** Every counter every day, `entriesPerDay` activity entries a day, checks, incidents and maintenance. */
export async function generateReportData(db: SqlExecutor, period: GeneratedPeriod): Promise<void> {
  const next = mulberry32(period.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const int = (max: number): number => Math.floor(next() * (max + 1));
  await db.exec('BEGIN');
  try {
    for (let d = 0; d < period.days; d += 1) {
      const day = addDays(period.from, d);
      for (let e = 0; e < period.entriesPerDay; e += 1) {
        const type = pick(period.types);
        const row = await db.get<{ id: number }>(
          'INSERT INTO activity_entry (day, type, category, language, recorded_on) VALUES (?, ?, ?, ?, ?) RETURNING id',
          [day, type.id, type.needsCategory ? pick(SERVICE_CATEGORIES) : null, pick(LANGS), day],
        );
        for (const sex of period.sexes) {
          for (const age of AGE_BRACKETS) {
            // Many small cells (1–4) and zeros, as on a real day, so suppression has work to do.
            const count = next() < 0.4 ? 0 : int(next() < 0.8 ? 4 : 30);
            if (count === 0) continue;
            await db.run('INSERT INTO activity_count (entry_id, sex, age, count) VALUES (?, ?, ?, ?)', [
              row?.id ?? 0,
              sex,
              age,
              count,
            ]);
          }
        }
      }
      for (const metric of USAGE_METRICS) {
        await db.run('INSERT INTO usage_counter (day, metric, key, count) VALUES (?, ?, ?, ?)', [
          day,
          metric,
          metric === 'language_chosen' ? pick(LANGS.slice(0, 4)) : '',
          1 + int(60),
        ]);
      }
      const morning = new Date(`${day}T14:05:00Z`);
      await db.run('INSERT INTO equipment_check (started_at, finished_at, summary, results) VALUES (?, ?, ?, ?)', [
        morning.toISOString(),
        new Date(morning.getTime() + 9_000).toISOString(),
        pick(['pass', 'pass', 'pass', 'warn', 'fail'] as const),
        '[]',
      ]);
      await db.run('INSERT INTO maintenance_entry (day, kind, role, recorded_at) VALUES (?, ?, ?, ?)', [
        day,
        pick(['paper-roll', 'cleaning', 'restart'] as const),
        pick(['operator', 'supervisor'] as const),
        morning.toISOString(),
      ]);
      for (const urgency of URGENCIES) {
        await db.run('INSERT INTO pathway_referral_count (day, profile, urgency, count) VALUES (?, ?, ?, ?)', [
          day,
          pick(PROFILES),
          urgency,
          int(3),
        ]);
      }
      if (d % 5 === 0) {
        const opened = new Date(`${day}T16:00:00Z`);
        // Closed within hours, except the last one, still open at the end.
        const closed = d + 5 < period.days ? new Date(opened.getTime() + (20 + int(200)) * 60_000).toISOString() : null;
        await db.run(
          `INSERT INTO incident (kind, subject, opened_at, opened_day, closed_at, closed_by, occurrences)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
          [
            pick(KINDS),
            `${pick(SUBJECTS)}-${d}`,
            opened.toISOString(),
            day,
            closed,
            closed === null ? null : 'operator',
            1 + int(3),
          ],
        );
      }
    }
    await db.exec('COMMIT');
  } catch (error) {
    await db.exec('ROLLBACK');
    throw error;
  }
}
