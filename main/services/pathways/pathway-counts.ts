import type { PathwayReferralCount, Urgency } from '../../contract/index.js';
import type { SqlExecutor } from '../db/index.js';

/** One more referral for (day, profile, urgency). The row holds nothing else: no code, no steps. */
export async function countPathwayReferral(
  db: SqlExecutor,
  day: string,
  profile: string,
  urgency: Urgency,
): Promise<void> {
  await db.run(
    `INSERT INTO pathway_referral_count (day, profile, urgency, count) VALUES (?, ?, ?, 1)
     ON CONFLICT (day, profile, urgency) DO UPDATE SET count = count + 1`,
    [day, profile, urgency],
  );
}

/** Counts for the days in [from, to], for the reports and the operator screen. */
export async function readPathwayReferralCounts(
  db: SqlExecutor,
  from: string,
  to: string,
): Promise<PathwayReferralCount[]> {
  return db.all<PathwayReferralCount>(
    `SELECT day, profile, urgency, count FROM pathway_referral_count
     WHERE day BETWEEN ? AND ? ORDER BY day, profile, urgency`,
    [from, to],
  );
}
