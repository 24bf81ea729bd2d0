import type { IndicatorSource } from '../config/kobo-schema.js';
import type { SqlExecutor, SqlValue } from '../db/index.js';

type ReferralSource = Extract<IndicatorSource, { kind: 'referralOutcomes' }>;

/**
 * One referral-outcome column over the referrals given from `first` to `last`: counted in the
 * ledger and in the daily totals it is folded into (folding moves a referral, so it counts once).
 * Exact counts, as every indicator: the small-count rule is for files people read, and the form's
 * own owner decides what to publish.
 */
export async function referralIndicatorValue(
  db: SqlExecutor,
  first: string,
  last: string,
  source: ReferralSource,
): Promise<number> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (source.category !== undefined) {
    where.push('category = ?');
    params.push(source.category);
  }
  if (source.serviceId !== undefined) {
    where.push('service_id = ?');
    params.push(source.serviceId);
  }
  if (source.reason !== undefined) {
    where.push('reason = ?');
    params.push(source.reason);
  }
  const filter = where.map((clause) => ` AND ${clause}`).join('');
  const rows = await db.all<{ outcome: string; n: number }>(
    `SELECT outcome, sum(n) AS n FROM (
       SELECT outcome, count(*) AS n FROM referral WHERE day BETWEEN ? AND ?${filter} GROUP BY outcome
       UNION ALL
       SELECT outcome, sum(count) AS n FROM referral_outcome_daily WHERE day BETWEEN ? AND ?${filter} GROUP BY outcome
     ) GROUP BY outcome`,
    [first, last, ...params, first, last, ...params],
  );
  const of = (outcome: string): number => rows.find((row) => row.outcome === outcome)?.n ?? 0;
  const made = rows.reduce((sum, row) => sum + row.n, 0);
  const known = made - of('open');
  switch (source.measure) {
    case 'made':
      return made;
    case 'known':
      return known;
    case 'servedPercent':
      return known === 0 ? 0 : Math.round((100 * of('served')) / known);
    default:
      return of(source.measure);
  }
}
