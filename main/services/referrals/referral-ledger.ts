import type {
  Language,
  OutcomeReason,
  OutcomeReport,
  OutcomeSource,
  ReferralKind,
  ReferralOutcome,
} from '../../contract/index.js';
import type { SqlExecutor } from '../db/index.js';

import { validateReferralCode } from './referral-code.js';

/** One referral as the ledger holds it: the code, where it sent the person, and the day only. */
export interface LedgerEntry {
  readonly code: string;
  readonly kind: ReferralKind;
  readonly serviceId: string;
  readonly category: string;
  readonly language: Language;
  /** `YYYY-MM-DD` in the site's time zone; never a time. */
  readonly day: string;
}

export interface LedgerRecord extends LedgerEntry {
  readonly outcome: ReferralOutcome;
  readonly reason: OutcomeReason | null;
  readonly outcomeDay: string | null;
  readonly outcomeSource: OutcomeSource | null;
}

/**
 * What a typed code turns out to be. The ledger cannot tell a code that was folded away after the
 * retention period from one that never existed: that is the point of deleting it. `before_ledger`
 * is a real code printed before the follow-up began (the old check symbol), so it has no record.
 */
export type LedgerLookup =
  | { readonly status: 'found'; readonly record: LedgerRecord }
  | { readonly status: 'mistyped' }
  | { readonly status: 'before_ledger'; readonly code: string }
  | { readonly status: 'not_found'; readonly code: string };

interface Row {
  code: string;
  kind: ReferralKind;
  service_id: string;
  category: string;
  language: Language;
  day: string;
  outcome: ReferralOutcome;
  reason: OutcomeReason | null;
  outcome_day: string | null;
  outcome_source: OutcomeSource | null;
}

const fromRow = (row: Row): LedgerRecord => ({
  code: row.code,
  kind: row.kind,
  serviceId: row.service_id,
  category: row.category,
  language: row.language,
  day: row.day,
  outcome: row.outcome,
  reason: row.reason,
  outcomeDay: row.outcome_day,
  outcomeSource: row.outcome_source,
});

/**
 * Adds a referral with outcome `open`. A code already there is left as it is: a pathway's slips
 * may be printed again with the same code, and that is still one referral.
 */
export async function recordReferral(db: SqlExecutor, entry: LedgerEntry): Promise<void> {
  await db.run(
    `INSERT INTO referral (code, kind, service_id, category, language, day) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (code) DO NOTHING`,
    [entry.code, entry.kind, entry.serviceId, entry.category, entry.language, entry.day],
  );
}

/** Finds a referral by what a person typed or scanned (any case, spaces, O/0, I/L/1). */
export async function lookupReferral(db: SqlExecutor, typed: string): Promise<LedgerLookup> {
  const check = validateReferralCode(typed);
  if (!check.valid) return { status: 'mistyped' };
  // The ledger only ever stores `gf32` codes: an old-scheme code cannot be in it.
  if (check.scheme === 'mod37') return { status: 'before_ledger', code: check.code };
  const row = await db.get<Row>('SELECT * FROM referral WHERE code = ?', [check.code]);
  return row === undefined ? { status: 'not_found', code: check.code } : { status: 'found', record: fromRow(row) };
}

export type OutcomeWrite = 'recorded' | 'not_found' | 'kept';

/**
 * Sets the outcome of a referral. Staff and partners may correct any earlier answer; a visitor's
 * own answer is taken only while no staff member or partner has recorded one, so a public screen
 * cannot overwrite what the service itself reported. Returns `kept` when the answer was not taken.
 */
export async function recordOutcome(
  db: SqlExecutor,
  code: string,
  report: OutcomeReport,
  source: OutcomeSource,
  today: string,
): Promise<OutcomeWrite> {
  const reason = 'reason' in report ? report.reason : null;
  const visitorGuard = source === 'visitor' ? ` AND (outcome_source IS NULL OR outcome_source = 'visitor')` : '';
  const result = await db.run(
    `UPDATE referral SET outcome = ?, reason = ?, outcome_day = ?, outcome_source = ? WHERE code = ?${visitorGuard}`,
    [report.outcome, reason, today, source, code],
  );
  if (result.changes > 0) return 'recorded';
  const exists = await db.get<{ one: number }>('SELECT 1 AS one FROM referral WHERE code = ?', [code]);
  return exists === undefined ? 'not_found' : 'kept';
}

/**
 * Folds every referral issued before `cutoffDay` into the daily totals and deletes it, code and
 * all, in one transaction-sized step (the caller runs it inside a transaction). Returns how many
 * referrals were folded.
 */
export async function foldReferralsBefore(db: SqlExecutor, cutoffDay: string): Promise<number> {
  await db.run(
    `INSERT INTO referral_outcome_daily (day, kind, service_id, category, language, outcome, reason, count)
       SELECT day, kind, service_id, category, language, outcome, coalesce(reason, ''), count(*)
       FROM referral WHERE day < ?
       GROUP BY day, kind, service_id, category, language, outcome, coalesce(reason, '')
     ON CONFLICT (day, kind, service_id, category, language, outcome, reason)
       DO UPDATE SET count = count + excluded.count`,
    [cutoffDay],
  );
  const deleted = await db.run('DELETE FROM referral WHERE day < ?', [cutoffDay]);
  return deleted.changes;
}
