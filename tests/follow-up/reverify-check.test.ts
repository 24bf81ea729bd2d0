// The daily check flags a service that keeps turning referred people away: N "went, not served" in
// the window (operations.json), counted per service from the ledger and its folded daily totals.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { referralSchema, type CheckResult, type Result } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { DEFAULT_OPERATIONS, operationsFileSchema } from '../../main/services/config/operations-schema.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { readJson, sampleConfigCopy, tempDir } from '../services/temp-dirs.js';
import { operatorToken } from '../support/staff-sessions.js';

// 2026-11-22 10:00 in Mexico City.
const NOW = new Date('2026-11-22T16:00:00Z');
const DAY_MS = 86_400_000;
let services: KioskServices | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail ?? ''}`);
  return result.value;
}

async function start(operations: Record<string, unknown> = {}) {
  const configDir = await sampleConfigCopy();
  const file = join(configDir, 'operations.json');
  await writeFile(file, JSON.stringify({ ...(await readJson(file)), ...operations }));
  const dataDir = await tempDir('kiosk-reverify-');
  const clock = fixedClock(NOW);
  const open = () =>
    createKioskServices({
      configDir,
      dataDir,
      appVersion: '0.0.0-test',
      hostKind: 'web',
      clock,
      logger: createMemoryLogger(),
      watchConfig: false,
      printing: { statusPollMs: 0 },
    });
  let kiosk = await open();
  services = kiosk;
  const token = await operatorToken(kiosk.dispatch, dataDir);
  /** A restart: the purge runs at start, so referrals past their retention are folded then. */
  const restart = async (): Promise<void> => {
    await kiosk.close();
    kiosk = await open();
    services = kiosk;
  };
  /** Gives `times` referrals to a service today and records each outcome as staff would. */
  const refer = async (serviceId: string, report: Record<string, string> | null, times = 1): Promise<void> => {
    for (let i = 0; i < times; i += 1) {
      const code = referralSchema.parse(
        value(await kiosk.dispatch('showReferral', { serviceId, language: 'fr' })),
      ).referralCode;
      if (report !== null) value(await kiosk.dispatch('recordReferralOutcome', { token, code, report }));
    }
  };
  const flag = async (): Promise<CheckResult | undefined> =>
    value(await kiosk.equipment.run(null)).results.find((r) => r.id === 'follow_up');
  return { clock, refer, flag, restart };
}

const closed = { outcome: 'went_not_served', reason: 'closed' };
const payment = { outcome: 'went_not_served', reason: 'asked_payment' };

describe('re-verify flag for services that turn people away', () => {
  it('passes below the threshold, warns with the services and their counts at 3 in 30 days', async () => {
    const { refer, flag } = await start();
    await refer('comar-asilo', closed, 2);
    await refer('comar-asilo', { outcome: 'served' }, 4);
    await refer('comar-asilo', { outcome: 'did_not_go', reason: 'far' }, 3);
    expect(await flag()).toMatchObject({
      status: 'pass',
      code: 'no_flags',
      measured: 0,
      params: { threshold: 3, days: 30 },
    });

    await refer('comar-asilo', payment);
    await refer('sin-fronteras-asesoria-legal', closed, 4);
    await refer('cafemin-albergue', null, 5);
    expect(await flag()).toMatchObject({
      status: 'warn',
      code: 'reverify',
      measured: 2,
      params: { services: 'sin-fronteras-asesoria-legal (4), comar-asilo (3)', threshold: 3, days: 30 },
    });
  });

  it('forgets what is older than the window, and takes its threshold and window from operations.json', async () => {
    const { refer, flag, clock } = await start({ followUp: { reverifyNotServed: 2, reverifyWindowDays: 7 } });
    await refer('comar-asilo', closed, 2);
    expect(await flag()).toMatchObject({
      status: 'warn',
      params: { services: 'comar-asilo (2)', threshold: 2, days: 7 },
    });
    clock.set(new Date(NOW.getTime() + 6 * DAY_MS));
    expect((await flag())?.status).toBe('warn');
    clock.set(new Date(NOW.getTime() + 7 * DAY_MS));
    expect(await flag()).toMatchObject({ status: 'pass', code: 'no_flags', params: { threshold: 2, days: 7 } });
  });

  it('still counts referrals folded into daily totals, whose codes are gone', async () => {
    const { refer, flag, clock, restart } = await start({
      retention: { notesDays: 30, corruptCopiesDays: 30, referralCodesDays: 7 },
      followUp: { reverifyNotServed: 3, reverifyWindowDays: 60 },
    });
    await refer('comar-asilo', closed, 3);
    clock.set(new Date(NOW.getTime() + 20 * DAY_MS));
    // The purge at start folds them: they are older than the 7 days codes are kept.
    await restart();
    expect(await flag()).toMatchObject({ status: 'warn', params: { services: 'comar-asilo (3)' } });
  });

  it('refuses a threshold or window out of range in operations.json, and defaults to 3 in 30 days', () => {
    const bad = operationsFileSchema.safeParse({
      ...DEFAULT_OPERATIONS,
      followUp: { reverifyNotServed: 0, reverifyWindowDays: 400 },
    });
    expect(bad.success ? [] : bad.error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'followUp.reverifyNotServed',
      'followUp.reverifyWindowDays',
    ]);
    const without: Partial<typeof DEFAULT_OPERATIONS> = { ...DEFAULT_OPERATIONS };
    delete without.followUp;
    expect(operationsFileSchema.parse(without).followUp).toEqual({ reverifyNotServed: 3, reverifyWindowDays: 30 });
  });
});
