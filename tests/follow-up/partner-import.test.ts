// A receiving partner's CSV of codes and outcomes, imported by a supervisor through the contract:
// checked first, bad rows listed with their line and why; applied only when every row is good, all
// in one go; nothing else from the file kept.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PARTNER_CSV_MAX_CHARS, referralSchema, type Result } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { DATABASE_FILE, openKioskDatabase } from '../../main/services/db/index.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { connected } from '../services/db/connected.js';
import { sampleConfigCopy, tempDir } from '../services/temp-dirs.js';
import { operatorToken, supervisorToken } from '../support/staff-sessions.js';

const NOW = new Date('2026-11-22T16:00:00Z');
let services: KioskServices;
let dataDir: string;

beforeEach(async () => {
  dataDir = await tempDir('kiosk-partner-');
  services = await createKioskServices({
    configDir: await sampleConfigCopy(),
    dataDir,
    appVersion: '0.0.0-test',
    hostKind: 'web',
    clock: fixedClock(NOW),
    logger: createMemoryLogger(),
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

async function newCode(): Promise<string> {
  return referralSchema.parse(
    value(await services.dispatch('showReferral', { serviceId: 'comar-asilo', language: 'es' })),
  ).referralCode;
}

describe('partner CSV import', () => {
  it('lists each bad row with its line number and reason, changes nothing until every row is good', async () => {
    const token = await supervisorToken(services.dispatch, dataDir);
    const [a, b, c, d, e] = [await newCode(), await newCode(), await newCode(), await newCode(), await newCode()];
    const typo = `${a.slice(0, 5)}${a[5] === 'A' ? 'B' : 'A'}${a.slice(6)}`;
    const csv = [
      '\uFEFFcode;outcome;reason',
      `${a};served;`,
      `"${b.toLowerCase()}";went_not_served;asked_payment`,
      `${c};did_not_go;closed`,
      `${d};atendido;`,
      `${typo};served;`,
      `ZZZZ-ZZZZ-Z;served;`,
      `${a};unknown;`,
      `${c};served;far`,
      '',
      `${c};unknown;;María`,
      `${d};did_not_go;fear`,
      `${e};unknown;`,
    ].join('\r\n');
    const rejected = {
      imported: 0,
      ready: 4,
      rejected: [
        { line: 4, problem: 'reason' },
        { line: 5, problem: 'outcome' },
        { line: 6, problem: 'code_mistyped' },
        { line: 7, problem: expect.stringMatching(/^code_(mistyped|unknown)$/) as unknown },
        { line: 8, problem: 'duplicate' },
        { line: 9, problem: 'reason_not_expected' },
        { line: 11, problem: 'columns' },
      ],
    };
    expect(value(await services.dispatch('importPartnerOutcomes', { token, csv, apply: false }))).toEqual(rejected);
    // Applying a file with bad rows changes nothing: no half-imported file.
    expect(value(await services.dispatch('importPartnerOutcomes', { token, csv, apply: true }))).toEqual(rejected);

    // The partner's corrected file: checked, then applied, all rows at once.
    const fixed = [
      '\uFEFFcode;outcome;reason',
      `${a};served;`,
      `"${b.toLowerCase()}";went_not_served;asked_payment`,
      `${d};did_not_go;fear`,
    ].join('\r\n');
    expect(value(await services.dispatch('importPartnerOutcomes', { token, csv: fixed, apply: false }))).toEqual({
      imported: 0,
      ready: 3,
      rejected: [],
    });
    expect(value(await services.dispatch('importPartnerOutcomes', { token, csv: fixed, apply: true }))).toEqual({
      imported: 3,
      ready: 3,
      rejected: [],
    });
    await services.close();
    const kiosk = await openKioskDatabase({ dataDir, clock: fixedClock(NOW), logger: createMemoryLogger() });
    try {
      const rows = await connected(kiosk).all(
        'SELECT code, outcome, reason, outcome_source FROM referral ORDER BY code',
      );
      expect(rows).toEqual(
        expect.arrayContaining([
          { code: a, outcome: 'served', reason: null, outcome_source: 'partner' },
          { code: b, outcome: 'went_not_served', reason: 'asked_payment', outcome_source: 'partner' },
          { code: c, outcome: 'open', reason: null, outcome_source: null },
          { code: d, outcome: 'did_not_go', reason: 'fear', outcome_source: 'partner' },
          // Good in the first file, which had bad rows and changed nothing; not in the corrected one.
          { code: e, outcome: 'open', reason: null, outcome_source: null },
        ]),
      );
    } finally {
      await kiosk.close();
    }
    // Nothing else from the file is kept: not the rejected name, not the file.
    expect((await readFile(join(dataDir, DATABASE_FILE))).includes('María')).toBe(false);
  });

  it('refuses a file with any column beyond code, outcome and reason, and one over the size limit', async () => {
    const token = await supervisorToken(services.dispatch, dataDir);
    const code = await newCode();
    expect(
      value(
        await services.dispatch('importPartnerOutcomes', {
          token,
          csv: `code,outcome,reason,name\n${code},served,,Ana\n`,
          apply: true,
        }),
      ),
    ).toEqual({ imported: 0, ready: 0, rejected: [{ line: 1, problem: 'header' }] });
    const huge = `code,outcome,reason\n${`${code},served,\n`.repeat(PARTNER_CSV_MAX_CHARS / 10)}`;
    const result = await services.dispatch('importPartnerOutcomes', { token, csv: huge, apply: false });
    expect(result.ok ? 'accepted' : result.error.code).toMatch(/INVALID_PAYLOAD|PAYLOAD_TOO_LARGE/);
  });

  it('is for supervisors only', async () => {
    const token = await operatorToken(services.dispatch, dataDir);
    const result = await services.dispatch('importPartnerOutcomes', {
      token,
      csv: 'code,outcome,reason\n',
      apply: false,
    });
    expect(result.ok ? 'accepted' : result.error.code).toBe('NOT_AUTHORISED');
  });
});
