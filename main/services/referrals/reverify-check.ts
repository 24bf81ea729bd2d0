import { isoDay } from '../../contract/index.js';
import type { ConfigService } from '../config/index.js';
import type { KioskDatabase, SqlExecutor } from '../db/index.js';
import { outcome, type CheckOutcome } from '../health/check-runner.js';

/** A service people went to and were not served by, `notServed` times in the window. */
export interface ReverifyFlag {
  readonly serviceId: string;
  readonly notServed: number;
}

const DAY_MS = 86_400_000;

/**
 * Services with at least `threshold` referrals given from `from` to `to` (days, inclusive) whose
 * outcome is "went, not served", from the ledger and from its folded daily totals alike: counts of
 * referrals per service, never anything about who. Pathway slips are left out: their "service" is a
 * route, not a place to call.
 */
export async function servicesToReverify(
  db: SqlExecutor,
  from: string,
  to: string,
  threshold: number,
): Promise<ReverifyFlag[]> {
  const rows = await db.all<{ service_id: string; n: number }>(
    `SELECT service_id, sum(n) AS n FROM (
       SELECT service_id, count(*) AS n FROM referral
         WHERE outcome = 'went_not_served' AND category <> 'pathway' AND day BETWEEN ? AND ? GROUP BY service_id
       UNION ALL
       SELECT service_id, sum(count) AS n FROM referral_outcome_daily
         WHERE outcome = 'went_not_served' AND category <> 'pathway' AND day BETWEEN ? AND ? GROUP BY service_id
     ) GROUP BY service_id HAVING sum(n) >= ? ORDER BY sum(n) DESC, service_id`,
    [from, to, from, to, threshold],
  );
  return rows.map((row) => ({ serviceId: row.service_id, notServed: row.n }));
}

/** The window's first and last site days, `days` of them ending today. */
export function reverifyWindow(now: Date, timeZone: string, days: number): { from: string; to: string } {
  return { from: isoDay(new Date(now.getTime() - (days - 1) * DAY_MS), timeZone), to: isoDay(now, timeZone) };
}

/**
 * The daily check's flag for services that fail people: a service that turned people away again
 * and again (closed, asked for payment or documents, full) may have changed since it was vetted, and
 * the next person sent there would go for nothing. A warning, as the directory's age check: the
 * kiosk still serves, staff call the organisation and correct the directory.
 */
export async function referralReverifyCheck(
  database: KioskDatabase,
  config: ConfigService,
  now: Date,
): Promise<CheckOutcome> {
  const { reverifyNotServed: threshold, reverifyWindowDays: days } = config.operations().followUp;
  const db = database.connection();
  if (db === undefined) return outcome('unknown', 'no_ledger', 'the database is not open');
  const { from, to } = reverifyWindow(now, config.site()?.timezone ?? 'UTC', days);
  const flags = await servicesToReverify(db, from, to, threshold);
  const measured = { value: flags.length, unit: 'services' };
  if (flags.length === 0) return outcome('pass', 'no_flags', null, measured, { threshold, days });
  const listed = flags.map((flag) => `${flag.serviceId} (${String(flag.notServed)})`).join(', ');
  return outcome(
    'warn',
    'reverify',
    `re-verify: ${listed}; ${String(threshold)}+ went not served in ${String(days)} days`.slice(0, 500),
    measured,
    // A check's figures are at most 300 characters (the contract's limit).
    { services: listed.slice(0, 300), threshold, days },
  );
}
