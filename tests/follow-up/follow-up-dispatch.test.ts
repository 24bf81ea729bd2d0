// Recording outcomes through the contract, as the screens do: staff look a code up and record what
// became of it; a visitor reports their own without a session, rate-limited, codes and fixed lists
// only. Real services, real SQLite, the dispatcher's access checks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { referralSchema, type Result } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { openKioskDatabase } from '../../main/services/db/index.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { formatReferralCode, legacyCheckSymbol } from '../../main/services/referrals/referral-code.js';
import { connected } from '../services/db/connected.js';
import { sampleConfigCopy, tempDir } from '../services/temp-dirs.js';
import { typoCaughtByCheck } from '../support/referral-typo.js';
import { operatorToken } from '../support/staff-sessions.js';

const NOW = new Date('2026-11-22T16:00:00Z');
let services: KioskServices;
let dataDir: string;
let clock: ReturnType<typeof fixedClock>;
let logger: ReturnType<typeof createMemoryLogger>;

beforeEach(async () => {
  dataDir = await tempDir('kiosk-follow-up-');
  clock = fixedClock(NOW);
  logger = createMemoryLogger();
  services = await createKioskServices({
    configDir: await sampleConfigCopy(),
    dataDir,
    appVersion: '0.0.0-test',
    hostKind: 'web',
    clock,
    logger,
    watchConfig: false,
    printing: { statusPollMs: 0 },
  });
});
afterEach(async () => {
  await services.close();
});

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail ?? ''}`);
  return result.value;
}

async function newCode(serviceId = 'comar-asilo'): Promise<string> {
  return referralSchema.parse(value(await services.dispatch('showReferral', { serviceId, language: 'es' })))
    .referralCode;
}

/** One wrong symbol in the data part. */
/** A typo of a formatted code that the check symbol catches (never one the old check accepts). */
function typo(code: string): string {
  return typoCaughtByCheck(code.replace(/-/g, ''));
}

describe('staff follow-up', () => {
  it('looks a typed code up and shows the service and the day, never more', async () => {
    const token = await operatorToken(services.dispatch, dataDir);
    const code = await newCode();
    const typed = ` ${code.toLowerCase().replace(/-/g, '').replace(/0/g, 'O').replace(/1/g, 'l')} `;
    expect(value(await services.dispatch('lookupReferral', { token, code: typed }))).toEqual({
      status: 'found',
      code,
      serviceId: 'comar-asilo',
      day: '2026-11-22',
    });
    expect(value(await services.dispatch('lookupReferral', { token, code: typo(code) }))).toEqual({
      status: 'mistyped',
    });
    const old = formatReferralCode(`7KQ2M9XD${legacyCheckSymbol('7KQ2M9XD')}`);
    expect(value(await services.dispatch('lookupReferral', { token, code: old }))).toEqual({ status: 'before_ledger' });
  });

  it('records an outcome with its reason; a reason from the wrong list or free text is refused', async () => {
    const token = await operatorToken(services.dispatch, dataDir);
    const code = await newCode();
    const report = { outcome: 'went_not_served', reason: 'asked_documents' };
    expect(value(await services.dispatch('recordReferralOutcome', { token, code, report }))).toEqual({
      status: 'recorded',
    });
    for (const bad of [
      { outcome: 'went_not_served', reason: 'far' },
      { outcome: 'did_not_go', reason: 'le pidieron dinero' },
      { outcome: 'served', reason: 'closed' },
      { outcome: 'open' },
      { outcome: 'served', note: 'María' },
    ]) {
      const result = await services.dispatch('recordReferralOutcome', { token, code, report: bad });
      expect(result.ok ? 'accepted' : result.error.code, JSON.stringify(bad)).toBe('INVALID_PAYLOAD');
    }
    const db = await openKioskDatabase({ dataDir, clock, logger: createMemoryLogger() });
    try {
      expect(
        await connected(db).get('SELECT outcome, reason, outcome_source FROM referral WHERE code = ?', [code]),
      ).toEqual({
        outcome: 'went_not_served',
        reason: 'asked_documents',
        outcome_source: 'staff',
      });
    } finally {
      await db.close();
    }
    expect(JSON.stringify(logger.lines)).not.toContain(code);
  });

  it('needs a staff session', async () => {
    const code = await newCode();
    const result = await services.dispatch('lookupReferral', { token: 'x'.repeat(43), code });
    expect(result.ok ? 'ok' : result.error.code).toBe('NOT_AUTHORISED');
  });
});

describe("the visitor's own report", () => {
  it('checks the code first without naming the service, then records the answer', async () => {
    const code = await newCode('linea-nacional-contra-la-trata');
    const check = value(await services.dispatch('reportOwnReferralOutcome', { code }));
    expect(check).toEqual({ status: 'ready' });
    expect(JSON.stringify(check)).not.toContain('trata');
    expect(
      value(
        await services.dispatch('reportOwnReferralOutcome', {
          code,
          report: { outcome: 'did_not_go', reason: 'fear' },
        }),
      ),
    ).toEqual({ status: 'recorded' });
  });

  it('never overwrites what staff recorded', async () => {
    const token = await operatorToken(services.dispatch, dataDir);
    const code = await newCode();
    value(await services.dispatch('recordReferralOutcome', { token, code, report: { outcome: 'served' } }));
    expect(
      value(
        await services.dispatch('reportOwnReferralOutcome', { code, report: { outcome: 'did_not_go', reason: 'far' } }),
      ),
    ).toEqual({ status: 'kept' });
  });

  it('says mistyped or not found, and after ten misses in ten minutes asks to try later', async () => {
    const code = await newCode();
    expect(value(await services.dispatch('reportOwnReferralOutcome', { code: typo(code) }))).toEqual({
      status: 'mistyped',
    });
    for (let i = 1; i < 10; i += 1) await services.dispatch('reportOwnReferralOutcome', { code: 'ABCD' });
    // Even the right code waits now: the limit is on the screen, not on a code.
    expect(value(await services.dispatch('reportOwnReferralOutcome', { code }))).toEqual({ status: 'try_later' });
    clock.advance(10 * 60_000);
    expect(value(await services.dispatch('reportOwnReferralOutcome', { code }))).toEqual({ status: 'ready' });
  });
});
