// The referral ledger through the real kiosk services: every referral given (shown on screen,
// printed, pathway slip) becomes one record with the day only; outcomes from the fixed lists; and
// after the retention period the purge timer folds records into daily totals and no code is left
// anywhere in the database file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { referralSchema } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { createConfigService } from '../../main/services/config/index.js';
import { DATABASE_FILE, openKioskDatabase, type Database, type KioskDatabase } from '../../main/services/db/index.js';
import type { KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { legacyCheckSymbol, formatReferralCode } from '../../main/services/referrals/referral-code.js';
import {
  foldReferralsBefore,
  lookupReferral,
  recordOutcome,
  recordReferral,
} from '../../main/services/referrals/referral-ledger.js';
import { createReferralLedger } from '../../main/services/referrals/referral-ledger-service.js';
import { connected } from '../services/db/connected.js';
import { readJson, sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';
import { typoCaughtByCheck } from '../support/referral-typo.js';
import { testServices } from '../support/test-services.js';

// 10:00 on Sunday 22 November 2026 in Mexico City (16:00 UTC).
const NOW = new Date('2026-11-22T16:00:00Z');
const DAY_MS = 86_400_000;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Kiosk {
  services: KioskServices;
  clock: ReturnType<typeof fixedClock>;
  dataDir: string;
  db: Database;
}

async function kiosk(retention?: Record<string, number>): Promise<Kiosk> {
  const configDir = await sampleConfigCopy();
  if (retention !== undefined) {
    const operations = await readJson(join(configDir, 'operations.json'));
    operations.retention = retention;
    await writeJson(join(configDir, 'operations.json'), operations);
  }
  const dataDir = await tempDir('kiosk-ledger-');
  const clock = fixedClock(NOW);
  const services = await testServices({
    configDir,
    dataDir,
    clock,
    retentionEveryMs: 20,
  });
  cleanups.push(() => services.close());
  // The ledger's rows, read the way a forensic look at the file would.
  const reader = await openKioskDatabase({ dataDir, clock, logger: createMemoryLogger() });
  cleanups.push(() => reader.close());
  return { services, clock, dataDir, db: connected(reader) };
}

async function show(k: Kiosk, serviceId: string, language: 'es' | 'en' | 'fr' | 'ht'): Promise<string> {
  const result = await k.services.dispatch('showReferral', { serviceId, language });
  if (!result.ok) throw new Error(result.error.code);
  return referralSchema.parse(result.value).referralCode;
}

describe('the ledger', () => {
  it('holds one record per referral given, with the day only and outcome open', async () => {
    const k = await kiosk();
    const shown = await show(k, 'comar-asilo', 'ht');
    const printed = await k.services.dispatch('printReferral', {
      serviceId: 'inm-visitante-humanitario',
      language: 'fr',
    });
    expect(printed.ok).toBe(true);
    const rows = await k.db.all<Record<string, unknown>>('SELECT * FROM referral ORDER BY kind');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      code: shown,
      kind: 'screen',
      service_id: 'comar-asilo',
      category: 'asylum-refuge',
      language: 'ht',
      day: '2026-11-22',
      outcome: 'open',
      reason: null,
      outcome_day: null,
      outcome_source: null,
    });
    expect(rows[1]).toMatchObject({ kind: 'slip', service_id: 'inm-visitante-humanitario', language: 'fr' });
    // Nothing in any column looks like a time (the random code may hold "T0", so it is left out).
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (column !== 'code') expect(String(value)).not.toMatch(/\d:\d\d|T\d/);
      }
    }
  });

  it('refuses by schema an outcome with the wrong reason, free text as a reason, and a time as the day', async () => {
    const k = await kiosk();
    const code = await show(k, 'comar-asilo', 'es');
    const bad = [
      `UPDATE referral SET outcome = 'served', reason = 'closed' WHERE code = '${code}'`,
      `UPDATE referral SET outcome = 'did_not_go', reason = 'full' WHERE code = '${code}'`,
      `UPDATE referral SET outcome = 'went_not_served', reason = 'le pidieron su nombre' WHERE code = '${code}'`,
      `UPDATE referral SET outcome = 'went_not_served', reason = NULL WHERE code = '${code}'`,
      `UPDATE referral SET day = '2026-11-22T10:00' WHERE code = '${code}'`,
      `UPDATE referral SET outcome_day = '2026-11-22 10:00' WHERE code = '${code}'`,
    ];
    const accepted: string[] = [];
    for (const sql of bad) {
      const refused = await k.db.run(sql).then(
        () => false,
        (error: unknown) => String(error).includes('CHECK constraint'),
      );
      if (!refused) accepted.push(sql);
    }
    expect(accepted).toEqual([]);
  });

  it('looks codes up as people type them, and tells mistyped, old and unknown codes apart', async () => {
    const k = await kiosk();
    const code = await show(k, 'comar-asilo', 'es');
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(await lookupReferral(k.db, typed)).toMatchObject({
      status: 'found',
      record: { code, serviceId: 'comar-asilo', day: '2026-11-22', outcome: 'open' },
    });
    const compact = code.replace(/-/g, '');
    const wrongSymbol = typoCaughtByCheck(compact);
    expect(await lookupReferral(k.db, wrongSymbol)).toEqual({ status: 'mistyped' });
    const oldCode = formatReferralCode(`7KQ2M9XD${legacyCheckSymbol('7KQ2M9XD')}`);
    expect(await lookupReferral(k.db, oldCode)).toEqual({ status: 'before_ledger', code: oldCode });
    const other = await show(k, 'comar-asilo', 'es');
    await k.db.run('DELETE FROM referral WHERE code = ?', [other]);
    expect(await lookupReferral(k.db, other)).toEqual({ status: 'not_found', code: other });
  });

  it('records outcomes from the fixed lists; a visitor never overwrites staff or a partner', async () => {
    const k = await kiosk();
    const code = await show(k, 'comar-asilo', 'es');
    expect(await recordOutcome(k.db, code, { outcome: 'did_not_go', reason: 'far' }, 'visitor', '2026-11-25')).toBe(
      'recorded',
    );
    expect(
      await recordOutcome(k.db, code, { outcome: 'went_not_served', reason: 'asked_payment' }, 'staff', '2026-11-26'),
    ).toBe('recorded');
    expect(await recordOutcome(k.db, code, { outcome: 'served' }, 'visitor', '2026-11-27')).toBe('kept');
    expect(await recordOutcome(k.db, 'ZZZZ-ZZZZ-Z', { outcome: 'served' }, 'staff', '2026-11-27')).toBe('not_found');
    expect(
      await k.db.get('SELECT outcome, reason, outcome_day, outcome_source FROM referral WHERE code = ?', [code]),
    ).toEqual({
      outcome: 'went_not_served',
      reason: 'asked_payment',
      outcome_day: '2026-11-26',
      outcome_source: 'staff',
    });
  });
});

describe('retention', () => {
  it('defaults to 90 days in operations.json', async () => {
    const k = await kiosk();
    await show(k, 'comar-asilo', 'es');
    k.clock.advance(89 * DAY_MS);
    const config = await createConfigService({
      dir: await sampleConfigCopy(),
      clock: k.clock,
      logger: createMemoryLogger(),
      watch: false,
      onChange: () => undefined,
    });
    cleanups.push(() => {
      config.close();
      return Promise.resolve();
    });
    expect(config.operations().retention.referralCodesDays).toBe(90);
    const database = { connection: () => k.db } as unknown as KioskDatabase;
    const ledger = createReferralLedger({ database, config, clock: k.clock, logger: createMemoryLogger() });
    expect(await ledger.fold()).toBe(0);
    k.clock.advance(2 * DAY_MS);
    expect(await ledger.fold()).toBe(1);
  });

  it('folds records past the period into daily totals on the purge timer, and leaves no code in the file', async () => {
    const k = await kiosk({ notesDays: 30, corruptCopiesDays: 30, referralCodesDays: 30 });
    const codes = [
      await show(k, 'comar-asilo', 'es'),
      await show(k, 'comar-asilo', 'es'),
      await show(k, 'comar-asilo', 'ht'),
      await show(k, 'inm-visitante-humanitario', 'fr'),
    ];
    await recordOutcome(k.db, codes[0] ?? '', { outcome: 'served' }, 'staff', '2026-11-24');
    await recordOutcome(k.db, codes[1] ?? '', { outcome: 'served' }, 'partner', '2026-11-25');
    await recordOutcome(k.db, codes[3] ?? '', { outcome: 'went_not_served', reason: 'closed' }, 'staff', '2026-11-25');
    k.clock.advance(10 * DAY_MS);
    const recent = await show(k, 'comar-asilo', 'en');

    // 31 days after the first four: they go, the one from day 10 stays.
    k.clock.advance(21 * DAY_MS);
    await waitFor(async () => (await k.db.get<{ n: number }>('SELECT count(*) AS n FROM referral'))?.n === 1);
    expect(await k.db.all('SELECT code FROM referral')).toEqual([{ code: recent }]);
    expect(
      await k.db.all(
        'SELECT day, kind, service_id, category, language, outcome, reason, count FROM referral_outcome_daily ORDER BY service_id, language, outcome',
      ),
    ).toEqual([
      {
        day: '2026-11-22',
        kind: 'screen',
        service_id: 'comar-asilo',
        category: 'asylum-refuge',
        language: 'es',
        outcome: 'served',
        reason: '',
        count: 2,
      },
      {
        day: '2026-11-22',
        kind: 'screen',
        service_id: 'comar-asilo',
        category: 'asylum-refuge',
        language: 'ht',
        outcome: 'open',
        reason: '',
        count: 1,
      },
      {
        day: '2026-11-22',
        kind: 'screen',
        service_id: 'inm-visitante-humanitario',
        category: 'documents-regularisation',
        language: 'fr',
        outcome: 'went_not_served',
        reason: 'closed',
        count: 1,
      },
    ]);

    // And later the last one too; then not one code, in any table or in the file's bytes.
    k.clock.advance(40 * DAY_MS);
    await waitFor(async () => (await k.db.get<{ n: number }>('SELECT count(*) AS n FROM referral'))?.n === 0);
    await k.services.close();
    await k.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const bytes = await readFile(join(k.dataDir, DATABASE_FILE));
    for (const code of [...codes, recent]) {
      expect(bytes.includes(code), code).toBe(false);
      expect(bytes.includes(code.replace(/-/g, '')), code).toBe(false);
    }
    const total = await k.db.get<{ n: number }>('SELECT sum(count) AS n FROM referral_outcome_daily');
    expect(total?.n).toBe(5);
  });

  it('folds into existing totals when a day is folded in two steps', async () => {
    const k = await kiosk();
    const entry = { kind: 'slip', serviceId: 's', category: 'c', language: 'es', day: '2026-01-01' } as const;
    await recordReferral(k.db, { ...entry, code: 'AAAA-AAAA-A' });
    expect(await foldReferralsBefore(k.db, '2026-01-02')).toBe(1);
    await recordReferral(k.db, { ...entry, code: 'BBBB-BBBB-B' });
    expect(await foldReferralsBefore(k.db, '2026-01-02')).toBe(1);
    expect(await k.db.all('SELECT count FROM referral_outcome_daily')).toEqual([{ count: 2 }]);
  });
});

async function waitFor(condition: () => Promise<boolean>, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
