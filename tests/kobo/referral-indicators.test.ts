// Referral outcomes as KoboToolbox indicator sources: the columns a month sends, counted from the
// ledger (and from its folded daily totals), submitted to the fake OpenRosa server; a mapping that
// names a service the directory lacks, or a reason of the wrong outcome, is refused.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { referralSchema } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { koboFile } from '../../main/services/config/index.js';
import { openKioskDatabase } from '../../main/services/db/index.js';
import { referralIndicatorValue } from '../../main/services/kobo/referral-indicators.js';
import { loadConfigFile } from '../../main/services/config/load-config.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { newReferralCode } from '../../main/services/referrals/referral-code.js';
import { foldReferralsBefore, recordOutcome, recordReferral } from '../../main/services/referrals/referral-ledger.js';
import { connected } from '../services/db/connected.js';
import { readJson, sampleConfigCopy, tempDir } from '../services/temp-dirs.js';
import { okValue } from '../support/result.js';
import { supervisorToken } from '../support/staff-sessions.js';

import { COLLECTOR_TOKEN, NOW, startKoboHarness, type KoboHarness } from './kobo-harness.js';

let h: KoboHarness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

/** The text of one column in the submitted instance. */
const column = (xml: string, name: string): string | undefined =>
  new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

describe('referral outcomes in the Kobo mapping', () => {
  it("sends October's referrals made, known, served, not served (and for payment), did not go and the served %", async () => {
    const k = (h = await startKoboHarness());
    // Referrals given on slips shown on screen in October, then told by staff what became of them.
    k.clock.set(new Date('2026-10-14T17:00:00Z'));
    const given: string[] = [];
    const give = async (): Promise<string> => {
      const code = referralSchema.parse(
        okValue(await k.call('showReferral', { serviceId: 'comar-asilo', language: 'ht' })),
      ).referralCode;
      given.push(code);
      return code;
    };
    const token = await supervisorToken(k.call);
    const reports = [
      { outcome: 'served' },
      { outcome: 'served' },
      { outcome: 'served' },
      { outcome: 'went_not_served', reason: 'asked_payment' },
      { outcome: 'did_not_go', reason: 'far' },
      null,
    ];
    for (const report of reports) {
      const code = await give();
      if (report !== null) okValue(await k.call('recordReferralOutcome', { token, code, report }));
    }
    // November's referral is November's: not in October's figures.
    k.clock.set(NOW);
    await give();
    k.token = await supervisorToken(k.call);

    okValue(await k.call('queueKoboMonth', { token: k.token, month: '2026-10' }));
    okValue(
      await k.call('setKoboCredential', {
        token: k.token,
        credential: { kind: 'collector-token', token: COLLECTOR_TOKEN },
      }),
    );
    await k.services.kobo.sendDue();
    const xml = k.server.stored[0]?.xml ?? '';
    expect(column(xml, 'mes_reporte')).toBe('2026-10');
    expect(
      Object.fromEntries(
        [
          'canalizaciones_dadas',
          'canalizaciones_resultado_conocido',
          'canalizaciones_atendidas',
          'canalizaciones_no_atendidas',
          'canalizaciones_no_atendidas_cobro',
          'canalizaciones_no_acudieron',
          'porcentaje_canalizaciones_atendidas',
          'canalizaciones_asilo_atendidas',
        ].map((name) => [name, column(xml, name)]),
      ),
    ).toEqual({
      canalizaciones_dadas: '6',
      canalizaciones_resultado_conocido: '5',
      canalizaciones_atendidas: '3',
      canalizaciones_no_atendidas: '1',
      canalizaciones_no_atendidas_cobro: '1',
      canalizaciones_no_acudieron: '1',
      porcentaje_canalizaciones_atendidas: '60',
      canalizaciones_asilo_atendidas: '3',
    });
    // Counts only: no referral code is ever sent, with or without its dashes. The instance's own
    // id (a random UUID in <meta>) can look like a code by chance, so the shape is checked without it.
    for (const code of given) {
      expect(xml).not.toContain(code);
      expect(xml).not.toContain(code.replace(/-/g, ''));
    }
    const columns = xml.replace(/<meta>[\s\S]*<\/meta>/, '');
    expect(columns).not.toBe(xml);
    expect(columns).not.toMatch(/[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/);
  });

  it('counts a referral once whether it is still in the ledger or folded into daily totals', async () => {
    const kiosk = await openKioskDatabase({
      dataDir: await tempDir('kiosk-referral-indicators-'),
      clock: fixedClock(NOW),
      logger: createMemoryLogger(),
    });
    try {
      const db = connected(kiosk);
      const outcomes = ['served', 'served', 'did_not_go', 'open', 'went_not_served'] as const;
      for (let day = 1; day <= 30; day += 1) {
        const outcome = outcomes[day % outcomes.length] ?? 'open';
        const iso = `2026-09-${String(day).padStart(2, '0')}`;
        const code = newReferralCode();
        const category = day % 2 === 0 ? 'legal-aid' : 'asylum-refuge';
        await recordReferral(db, {
          code,
          kind: 'slip',
          serviceId: `s-${category}`,
          category,
          language: 'es',
          day: iso,
        });
        if (outcome === 'went_not_served') await recordOutcome(db, code, { outcome, reason: 'closed' }, 'staff', iso);
        else if (outcome === 'did_not_go') await recordOutcome(db, code, { outcome, reason: 'fear' }, 'staff', iso);
        else if (outcome !== 'open') await recordOutcome(db, code, { outcome }, 'staff', iso);
      }
      const sources = [
        { kind: 'referralOutcomes', measure: 'made' },
        { kind: 'referralOutcomes', measure: 'known' },
        { kind: 'referralOutcomes', measure: 'served', category: 'legal-aid' },
        { kind: 'referralOutcomes', measure: 'went_not_served', reason: 'closed' },
        { kind: 'referralOutcomes', measure: 'did_not_go', reason: 'fear', serviceId: 's-asylum-refuge' },
        { kind: 'referralOutcomes', measure: 'servedPercent' },
      ] as const;
      const values = async (): Promise<number[]> => {
        const out: number[] = [];
        for (const source of sources) out.push(await referralIndicatorValue(db, '2026-09-01', '2026-09-30', source));
        return out;
      };
      // 30 referrals: 12 served, 6 did not go, 6 open, 6 went but were not served.
      const before = await values();
      expect(before).toEqual([30, 24, 6, 6, 3, 50]);
      expect(await foldReferralsBefore(db, '2026-09-20')).toBe(19);
      expect(await values()).toEqual(before);
      expect(await referralIndicatorValue(db, '2026-10-01', '2026-10-31', sources[0])).toBe(0);
    } finally {
      await kiosk.close();
    }
  });

  it('refuses a service the directory lacks, and a reason that belongs to another outcome', async () => {
    const k = (h = await startKoboHarness({
      indicators: [
        { column: 'atendidas_x', from: { kind: 'referralOutcomes', measure: 'served', serviceId: 'no-such-service' } },
        {
          column: 'ruta',
          from: { kind: 'referralOutcomes', measure: 'made', category: 'pathway', serviceId: 'unaccompanied-child' },
        },
      ],
    }));
    expect((await k.status()).problems).toEqual([
      'atendidas_x: unknown service "no-such-service" (not in directory.json)',
    ]);
    expect(await k.call('queueKoboMonth', { token: k.token })).toMatchObject({
      ok: false,
      error: { code: 'CONFIG_UNAVAILABLE' },
    });

    const dir = await sampleConfigCopy();
    const sample = await readJson(join(dir, 'kobo.json'));
    await writeFile(
      join(dir, 'kobo.json'),
      JSON.stringify({
        ...sample,
        indicators: [
          { column: 'a', from: { kind: 'referralOutcomes', measure: 'served', reason: 'closed' } },
          { column: 'b', from: { kind: 'referralOutcomes', measure: 'did_not_go', reason: 'asked_payment' } },
          { column: 'c', from: { kind: 'referralOutcomes', measure: 'went_not_served', reason: 'asked_payment' } },
        ],
      }),
    );
    const outcome = await loadConfigFile(dir, koboFile);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: 'indicators[0].from.reason',
        message: 'a reason goes with measure went_not_served or did_not_go, not served',
      },
      { path: 'indicators[1].from.reason', message: '"asked_payment" is not a reason of did_not_go' },
    ]);
  });
});
