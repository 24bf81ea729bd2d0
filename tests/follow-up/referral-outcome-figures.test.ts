// Report figures for referral outcomes: counted from the ledger and from the folded daily totals
// alike, cross-checked against the ledger's own rows, with the small-count rule applied.
import { afterEach, describe, expect, it } from 'vitest';

import type { OutcomeReport } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { openKioskDatabase, type Database } from '../../main/services/db/index.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { newReferralCode } from '../../main/services/referrals/referral-code.js';
import { foldReferralsBefore, recordOutcome, recordReferral } from '../../main/services/referrals/referral-ledger.js';
import {
  byCategory,
  referralOutcomeCounts,
  referralOutcomeFigures,
} from '../../main/services/reports/referral-outcome-figures.js';
import { connected } from '../services/db/connected.js';
import { tempDir } from '../services/temp-dirs.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function database(): Promise<Database> {
  const kiosk = await openKioskDatabase({
    dataDir: await tempDir('kiosk-figures-'),
    clock: fixedClock(new Date('2026-12-01T12:00:00Z')),
    logger: createMemoryLogger(),
  });
  cleanups.push(() => kiosk.close());
  return connected(kiosk);
}

/** A seeded mix of referrals over November, a few outcomes each. */
async function seed(db: Database): Promise<void> {
  const services = [
    ['comar-asilo', 'asylum-refuge'],
    ['sin-fronteras', 'legal-advice'],
    ['asylum-access', 'legal-advice'],
  ] as const;
  const reports: (OutcomeReport | null)[] = [
    null,
    { outcome: 'served' },
    { outcome: 'served' },
    { outcome: 'went_not_served', reason: 'closed' },
    { outcome: 'did_not_go', reason: 'far' },
    { outcome: 'unknown' },
    { outcome: 'served' },
  ];
  let n = 0;
  for (let day = 1; day <= 30; day += 1) {
    for (const [serviceId, category] of services) {
      if ((day + serviceId.length) % 3 === 0) continue;
      const code = newReferralCode();
      const iso = `2026-11-${String(day).padStart(2, '0')}`;
      await recordReferral(db, { code, kind: 'slip', serviceId, category, language: 'es', day: iso });
      const report = reports[n % reports.length] ?? null;
      if (report !== null) await recordOutcome(db, code, report, 'staff', iso);
      n += 1;
    }
  }
}

describe('referral outcome figures', () => {
  it('match the ledger row for row, before and after half the month is folded', async () => {
    const db = await database();
    await seed(db);
    const fromLedger = await db.all<{
      category: string;
      service_id: string;
      made: number;
      known: number;
      served: number;
    }>(
      `SELECT category, service_id, count(*) AS made, sum(outcome <> 'open') AS known, sum(outcome = 'served') AS served
       FROM referral WHERE day BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY category, service_id ORDER BY category, service_id`,
    );
    const expected = fromLedger.map((r) => ({
      category: r.category,
      serviceId: r.service_id,
      made: r.made,
      known: r.known,
      served: r.served,
    }));
    const pick = (counts: Awaited<ReturnType<typeof referralOutcomeCounts>>) =>
      counts.map(({ category, serviceId, made, known, served }) => ({ category, serviceId, made, known, served }));

    expect(pick(await referralOutcomeCounts(db, '2026-11-01', '2026-11-30'))).toEqual(expected);
    expect(await foldReferralsBefore(db, '2026-11-16')).toBeGreaterThan(0);
    expect(pick(await referralOutcomeCounts(db, '2026-11-01', '2026-11-30'))).toEqual(expected);

    // Outcomes add up: every referral is open, served, not served, did not go or unknown.
    for (const c of await referralOutcomeCounts(db, '2026-11-01', '2026-11-30')) {
      expect(c.known).toBeLessThanOrEqual(c.made);
      expect(c.served + c.wentNotServed + c.didNotGo).toBeLessThanOrEqual(c.known);
    }
    // A period is a period: the first week alone counts only its own days.
    const week = await referralOutcomeCounts(db, '2026-11-01', '2026-11-07');
    const weekMade = week.reduce((sum, c) => sum + c.made, 0);
    const all = await referralOutcomeCounts(db, '2026-11-01', '2026-11-30');
    expect(weekMade).toBeGreaterThan(0);
    expect(weekMade).toBeLessThan(all.reduce((sum, c) => sum + c.made, 0));
    // By category: legal advice is the sum of its two services.
    const legal = byCategory(all).find((c) => c.category === 'legal-advice');
    const legalServices = all.filter((c) => c.category === 'legal-advice');
    expect(legal?.made).toBe(legalServices.reduce((sum, c) => sum + c.made, 0));
  });

  it('apply the small-count rule, and give no served rate that would reveal a hidden count', () => {
    const counts = [
      { category: 'a', serviceId: 'big', made: 40, known: 20, served: 15, wentNotServed: 5, didNotGo: 0 },
      { category: 'a', serviceId: 'few-served', made: 40, known: 20, served: 2, wentNotServed: 10, didNotGo: 8 },
      { category: 'a', serviceId: 'small', made: 3, known: 2, served: 1, wentNotServed: 1, didNotGo: 0 },
    ];
    const [big, fewServed, small] = referralOutcomeFigures(counts, 5);
    expect(big).toMatchObject({ made: 40, known: 20, served: 15, wentNotServed: 5, didNotGo: 0, servedRate: 0.75 });
    expect(fewServed).toMatchObject({ served: '<5', servedRate: null });
    expect(small).toMatchObject({ made: '<5', known: '<5', served: '<5', wentNotServed: '<5', servedRate: null });
    // Without a threshold (internal exports) every count and rate is exact.
    expect(referralOutcomeFigures(counts, undefined)[2]).toMatchObject({ made: 3, servedRate: 0.5 });
  });
});
