import type { SqlExecutor } from '../db/index.js';

import { suppressCount, type ShownCount } from './suppression.js';

/** Exact counts of one service's referrals given in a period, by what became of them. */
export interface ReferralOutcomeCounts {
  readonly category: string;
  readonly serviceId: string;
  /** Referrals given (every outcome, `open` included). */
  readonly made: number;
  /** Referrals whose outcome someone told us (anything but `open`; `unknown` counts as told). */
  readonly known: number;
  readonly served: number;
  readonly wentNotServed: number;
  readonly didNotGo: number;
}

export interface ReferralOutcomeFigure {
  readonly category: string;
  readonly serviceId: string;
  readonly made: ShownCount;
  readonly known: ShownCount;
  readonly served: ShownCount;
  readonly wentNotServed: ShownCount;
  readonly didNotGo: ShownCount;
  /** served ÷ known, 0–1; null when nothing is known or `known` is a suppressed small count. */
  readonly servedRate: number | null;
}

interface Row {
  category: string;
  service_id: string;
  outcome: string;
  n: number;
}

/**
 * Counts for referrals given from `from` to `to` (days, inclusive), from both places they live:
 * the ledger (recent referrals, by code) and the daily totals they are folded into after the
 * retention period. Either way a referral is counted once: folding moves it, it never copies it.
 */
export async function referralOutcomeCounts(
  db: SqlExecutor,
  from: string,
  to: string,
): Promise<ReferralOutcomeCounts[]> {
  const rows = await db.all<Row>(
    `SELECT category, service_id, outcome, sum(n) AS n FROM (
       SELECT category, service_id, outcome, count(*) AS n FROM referral WHERE day BETWEEN ? AND ?
         GROUP BY category, service_id, outcome
       UNION ALL
       SELECT category, service_id, outcome, sum(count) AS n FROM referral_outcome_daily WHERE day BETWEEN ? AND ?
         GROUP BY category, service_id, outcome
     ) GROUP BY category, service_id, outcome ORDER BY category, service_id`,
    [from, to, from, to],
  );
  const byService = new Map<string, { category: string; serviceId: string; counts: Map<string, number> }>();
  for (const row of rows) {
    const key = `${row.category}\u0000${row.service_id}`;
    const entry = byService.get(key) ?? {
      category: row.category,
      serviceId: row.service_id,
      counts: new Map<string, number>(),
    };
    entry.counts.set(row.outcome, (entry.counts.get(row.outcome) ?? 0) + row.n);
    byService.set(key, entry);
  }
  return [...byService.values()].map(({ category, serviceId, counts }) => {
    const of = (outcome: string): number => counts.get(outcome) ?? 0;
    const made = [...counts.values()].reduce((sum, n) => sum + n, 0);
    return {
      category,
      serviceId,
      made,
      known: made - of('open'),
      served: of('served'),
      wentNotServed: of('went_not_served'),
      didNotGo: of('did_not_go'),
    };
  });
}

/** Sums the counts of several services into one row per category (service id `*`). */
export function byCategory(counts: readonly ReferralOutcomeCounts[]): ReferralOutcomeCounts[] {
  const totals = new Map<string, ReferralOutcomeCounts>();
  for (const c of counts) {
    const t = totals.get(c.category);
    totals.set(
      c.category,
      t === undefined
        ? { ...c, serviceId: '*' }
        : {
            category: c.category,
            serviceId: '*',
            made: t.made + c.made,
            known: t.known + c.known,
            served: t.served + c.served,
            wentNotServed: t.wentNotServed + c.wentNotServed,
            didNotGo: t.didNotGo + c.didNotGo,
          },
    );
  }
  return [...totals.values()];
}

/**
 * The small-count rule applied (`reports.json` `suppressBelow`): each count through
 * `suppressCount`. The served rate is left out (null) whenever it could give back a hidden count:
 * when `known`, `served` or the not-served remainder is a small count (2 of 10 is 0.2, which says
 * "2" as plainly as the cell would).
 */
export function referralOutcomeFigures(
  counts: readonly ReferralOutcomeCounts[],
  threshold: number | undefined,
): ReferralOutcomeFigure[] {
  const hidden = (n: number): boolean => typeof suppressCount(n, threshold) !== 'number';
  return counts.map((c) => ({
    category: c.category,
    serviceId: c.serviceId,
    made: suppressCount(c.made, threshold),
    known: suppressCount(c.known, threshold),
    served: suppressCount(c.served, threshold),
    wentNotServed: suppressCount(c.wentNotServed, threshold),
    didNotGo: suppressCount(c.didNotGo, threshold),
    servedRate:
      c.known === 0 || hidden(c.known) || hidden(c.served) || hidden(c.known - c.served) ? null : c.served / c.known,
  }));
}
