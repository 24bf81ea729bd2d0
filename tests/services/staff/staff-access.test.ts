import { cp, copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { OperatorAccess, Result, SetupResult, UnlockResult } from '../../../main/contract/index.js';
import { runKioskctl } from '../../../main/cli/kioskctl.js';
import { fixedClock } from '../../../main/services/clock.js';
import { openDatabase, openKioskDatabase } from '../../../main/services/db/index.js';
import { createKioskServices, type KioskServices } from '../../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../../main/services/logger.js';
import { hashPinUnpeppered } from '../../../main/services/operator/pin-hash.js';
import { readSetupCode } from '../../../main/services/operator/setup-code.js';
import { SAMPLE_CONFIG_DIR } from '../../support/kiosk-fixture.js';
import { okValue } from '../../support/result.js';
import { tempDir } from '../temp-dirs.js';

const ANA_PIN = '482916';
const LUIS_PIN = '739150';

let base: string;
let clock: ReturnType<typeof fixedClock>;
let logger: ReturnType<typeof createMemoryLogger>;
let services: KioskServices;

const dataDir = (): string => join(base, 'data');

function open(data = dataDir()): Promise<KioskServices> {
  return createKioskServices({
    configDir: join(base, 'config'),
    dataDir: data,
    appVersion: 'test',
    hostKind: 'web',
    clock,
    logger,
    watchConfig: false,
  });
}

const call = (method: string, payload: unknown = {}): Promise<Result<unknown>> => services.dispatch(method, payload);
const access = async (): Promise<OperatorAccess> => okValue(await call('getOperatorAccess')) as OperatorAccess;
const setup = async (setupCode: string, name = 'Ana', pin = ANA_PIN): Promise<Result<SetupResult>> =>
  (await call('setupSupervisor', { setupCode, name, pin })) as Result<SetupResult>;
const unlock = async (accountId: string, pin: string): Promise<UnlockResult> =>
  okValue(await call('unlockOperator', { accountId, pin })) as UnlockResult;

/** First-run setup with the code from the data folder; answers the new supervisor's token and id. */
async function setUpAna(): Promise<{ token: string; id: string }> {
  const code = await readSetupCode(dataDir());
  const created = okValue(await setup(code ?? 'none'));
  if (created.outcome !== 'created') throw new Error(created.outcome);
  return { token: created.session.token, id: created.session.accountId };
}

async function addLuis(token: string): Promise<string> {
  const added = okValue(await call('addStaffAccount', { token, name: 'Luis', role: 'operator', pin: LUIS_PIN })) as {
    id: string;
  };
  return added.id;
}

async function auditKinds(token: string): Promise<string[]> {
  const log = okValue(await call('getAuditLog', { token, limit: 1000 })) as { events: { kind: string }[] };
  return log.events.map((e) => e.kind).reverse();
}

beforeEach(async () => {
  base = await tempDir('kiosk-staff-');
  await cp(SAMPLE_CONFIG_DIR, join(base, 'config'), { recursive: true });
  clock = fixedClock(new Date('2026-12-01T15:00:00Z'));
  logger = createMemoryLogger();
  services = await open();
});

afterEach(async () => {
  await services.close();
});

describe('a visitor can never become staff', () => {
  it('offers setup only with the one-time code that the administrator reads from an owner-only file', async () => {
    expect(await access()).toEqual({ state: 'setup', accounts: [], setupLockedUntil: null });
    const code = await readSetupCode(dataDir());
    expect(code).toMatch(/^\d{12}$/);
    expect((await stat(join(dataDir(), 'staff-setup-code.txt'))).mode & 0o777).toBe(0o600);
    const wrong = code === '000000000000' ? '000000000001' : '000000000000';

    for (let left = 4; left >= 1; left -= 1) {
      expect(okValue(await setup(wrong))).toEqual({ outcome: 'wrong_code', attemptsLeft: left });
    }
    const locked = okValue(await setup(wrong));
    expect(locked.outcome).toBe('locked');
    // While locked, even the right code waits.
    expect(okValue(await setup(code ?? '')).outcome).toBe('locked');
    clock.advance(31_000);

    const created = okValue(await setup(code ?? ''));
    expect(created).toMatchObject({ outcome: 'created', session: { role: 'supervisor', name: 'Ana' } });
    expect(await readSetupCode(dataDir())).toBeUndefined();
    expect((await access()).state).toBe('ready');
    expect((await setup(code ?? '')).ok).toBe(false);
    expect(await setup(code ?? '')).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP' } });
  });

  it('offers nothing from the screen when there is no code: the administrator must act', async () => {
    await services.close();
    const fresh = join(base, 'fresh');
    await mkdir(fresh);
    services = await open(fresh);
    await (await import('node:fs/promises')).unlink(join(fresh, 'staff-setup-code.txt'));
    expect(await access()).toEqual({ state: 'needs_administrator', accounts: [], setupLockedUntil: null });
    expect(await setup('123456789012')).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORISED' } });
  });

  it('keeps the accounts and never reopens setup when the database is recovered from corruption', async () => {
    await setUpAna();
    await services.close();
    const file = join(dataDir(), 'kiosk.sqlite');
    const bytes = await readFile(file);
    bytes.fill(0x5a, 100, Math.min(bytes.length, 8192));
    await writeFile(file, bytes);
    services = await open();
    expect((okValue(await call('getKioskInfo')) as { database: { state: string } }).database.state).toBe('recovered');
    const after = await access();
    expect(after.state).toBe('ready');
    expect(after.accounts.map((a) => a.name)).toEqual(['Ana']);
    expect(await readSetupCode(dataDir())).toBeUndefined();
    const id = after.accounts[0]?.id ?? '';
    expect((await unlock(id, ANA_PIN)).outcome).toBe('unlocked');
  });

  it('creates the data folder owner-only and its files 0600', async () => {
    await setUpAna();
    expect((await stat(dataDir())).mode & 0o777).toBe(0o700);
    for (const name of ['kiosk.sqlite', 'staff.json', 'machine.key']) {
      expect(`${name} ${((await stat(join(dataDir(), name))).mode & 0o777).toString(8)}`).toBe(`${name} 600`);
    }
  });
});

describe('named accounts', () => {
  it('unlock is per account, and a visitor guessing locks one account for minutes, never the others', async () => {
    const ana = await setUpAna();
    const luisId = await addLuis(ana.token);
    const list = await access();
    expect(list.accounts.map((a) => [a.name, a.role])).toEqual([
      ['Ana', 'supervisor'],
      ['Luis', 'operator'],
    ]);

    for (let i = 0; i < 4; i += 1)
      expect(await unlock(ana.id, '204917')).toEqual({ outcome: 'wrong_pin', attemptsLeft: 4 - i });
    const locked = await unlock(ana.id, '204917');
    expect(locked.outcome).toBe('locked');
    // Luis is not affected.
    expect((await unlock(luisId, LUIS_PIN)).outcome).toBe('unlocked');
    // Ana's right PIN waits out the lock, and that try is counted for her too.
    expect((await unlock(ana.id, ANA_PIN)).outcome).toBe('locked');

    // Round after round the lock grows, never beyond five minutes.
    let longest = 0;
    for (let round = 0; round < 4; round += 1) {
      clock.advance(5 * 60_000 + 1);
      let last: UnlockResult = { outcome: 'unavailable' };
      for (let i = 0; i < 5; i += 1) last = await unlock(ana.id, '204917');
      if (last.outcome !== 'locked') throw new Error(last.outcome);
      longest = Math.max(longest, Date.parse(last.lockedUntil) - clock.now().getTime());
    }
    expect(longest).toBe(5 * 60_000);
    expect((await access()).accounts.find((a) => a.id === ana.id)?.lockedUntil).not.toBeNull();

    clock.advance(5 * 60_000 + 1);
    const back = await unlock(ana.id, ANA_PIN);
    expect(back).toMatchObject({ outcome: 'unlocked', failedAttempts: 26 });
    if (back.outcome !== 'unlocked') return;
    const kinds = await auditKinds(back.session.token);
    expect(kinds.filter((k) => k === 'unlock_refused_locked')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'locked_out')).toHaveLength(5);
    // The next unlock has nothing to report.
    expect(await unlock(ana.id, ANA_PIN)).toMatchObject({ outcome: 'unlocked', failedAttempts: 0 });
  }, 60_000);

  it('supervisors add, rename, disable and reset operators; the audit log says who', async () => {
    const ana = await setUpAna();
    const luisId = await addLuis(ana.token);
    expect(
      await call('addStaffAccount', { token: ana.token, name: 'luis', role: 'supervisor', pin: '604917' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NAME_TAKEN' },
    });
    expect(
      await call('addStaffAccount', { token: ana.token, name: 'Rosa', role: 'operator', pin: '111111' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'WEAK_PIN' },
    });
    const renamed = okValue(await call('updateStaffAccount', { token: ana.token, accountId: luisId, name: 'Luis M.' }));
    expect(renamed).toMatchObject({ name: 'Luis M.', role: 'operator', disabled: false, pinSet: true });
    expect(await call('updateStaffAccount', { token: ana.token, accountId: ana.id, disabled: true })).toMatchObject({
      ok: false,
      error: { code: 'LAST_SUPERVISOR' },
    });

    const luis = await unlock(luisId, LUIS_PIN);
    if (luis.outcome !== 'unlocked') throw new Error(luis.outcome);
    expect(luis.session.name).toBe('Luis M.');
    // An operator cannot manage staff.
    expect(await call('listStaffAccounts', { token: luis.session.token })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORISED' },
    });
    // A new PIN ends Luis's session at once.
    expect((await call('setStaffPin', { token: ana.token, accountId: luisId, pin: '604917' })).ok).toBe(true);
    expect(await call('getActivityTypes', { token: luis.session.token })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORISED' },
    });
    expect((await unlock(luisId, LUIS_PIN)).outcome).toBe('wrong_pin');
    const again = await unlock(luisId, '604917');
    if (again.outcome !== 'unlocked') throw new Error(again.outcome);
    // Disabling ends it too, and the account no longer signs in.
    expect((await call('updateStaffAccount', { token: ana.token, accountId: luisId, disabled: true })).ok).toBe(true);
    expect(await call('getActivityTypes', { token: again.session.token })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORISED' },
    });
    expect(await unlock(luisId, '604917')).toEqual({ outcome: 'unavailable' });
    expect((await access()).accounts.map((a) => a.name)).toEqual(['Ana']);

    const log = okValue(await call('getAuditLog', { token: ana.token, limit: 50 })) as {
      events: { kind: string; actor: string | null; detail: string | null }[];
    };
    expect(log.events.find((e) => e.kind === 'staff_disabled')).toMatchObject({
      actor: 'Ana',
      detail: 'operator Luis M.',
    });
    expect(log.events.find((e) => e.kind === 'pin_changed')).toMatchObject({ actor: 'Ana' });
    expect(log.events.find((e) => e.kind === 'unlocked')).toMatchObject({ actor: 'Luis M.' });
  });

  it('carries the PINs of a kiosk from before named accounts over to two accounts, and deletes the old hashes', async () => {
    await services.close();
    const old = join(base, 'old');
    const db = await openKioskDatabase({ dataDir: old, clock, logger });
    const conn = db.connection();
    if (conn === undefined) throw new Error('no database');
    await conn.run('INSERT INTO operator_pin (role, hash, updated_at) VALUES (?, ?, ?), (?, ?, ?)', [
      'supervisor',
      await hashPinUnpeppered(ANA_PIN),
      '2026-01-01T00:00:00Z',
      'operator',
      await hashPinUnpeppered(LUIS_PIN),
      '2026-01-01T00:00:00Z',
    ]);
    await db.close();

    services = await open(old);
    const list = await access();
    expect(list.state).toBe('ready');
    expect(list.accounts.map((a) => [a.name, a.role])).toEqual([
      ['Supervisor', 'supervisor'],
      ['Operator', 'operator'],
    ]);
    expect((await unlock(list.accounts[0]?.id ?? '', ANA_PIN)).outcome).toBe('unlocked');
    expect((await unlock(list.accounts[1]?.id ?? '', LUIS_PIN)).outcome).toBe('unlocked');
    await services.close();
    const raw = await openDatabase(join(old, 'kiosk.sqlite'));
    expect(await raw.all('SELECT * FROM operator_pin')).toEqual([]);
    await raw.close();
    services = await open(old);
  });
});

describe('the audit log says who', () => {
  it("names the staff member for the other areas' actions too", async () => {
    const ana = await setUpAna();
    expect((await call('openIncident', { token: ana.token, subject: 'printer' })).ok).toBe(true);
    expect((await call('runEquipmentCheck', { token: ana.token })).ok).toBe(true);
    const log = okValue(await call('getAuditLog', { token: ana.token })) as {
      events: { kind: string; actor: string | null }[];
    };
    expect(log.events.find((e) => e.kind === 'incident_opened')).toMatchObject({ actor: 'Ana' });
    expect(log.events.find((e) => e.kind === 'equipment_check')).toMatchObject({ actor: 'Ana' });
  });
});

describe('secrets bound to the machine', () => {
  it('a copied database and staff file cannot unlock in another data folder', async () => {
    const ana = await setUpAna();
    await services.close();
    const copy = join(base, 'copy');
    await mkdir(copy);
    await copyFile(join(dataDir(), 'kiosk.sqlite'), join(copy, 'kiosk.sqlite'));
    await copyFile(join(dataDir(), 'staff.json'), join(copy, 'staff.json'));
    services = await open(copy);
    expect(await access()).toEqual({ state: 'needs_administrator', accounts: [], setupLockedUntil: null });
    expect(await unlock(ana.id, ANA_PIN)).toEqual({ outcome: 'unavailable' });
  });

  it('no PIN, hash or key reaches the log or the audit trail', async () => {
    const ana = await setUpAna();
    const luisId = await addLuis(ana.token);
    await unlock(luisId, '204917');
    const staff = await readFile(join(dataDir(), 'staff.json'), 'utf8');
    const key = (await readFile(join(dataDir(), 'machine.key'), 'utf8')).trim();
    const hashes = [...staff.matchAll(/"pinHash": "([^"]+)"/g)].map((m) => m[1] ?? '');
    const everything =
      JSON.stringify(logger.lines) + JSON.stringify(okValue(await call('getAuditLog', { token: ana.token })));
    for (const secret of [ANA_PIN, LUIS_PIN, '204917', key, ...hashes.map((h) => h.split('$')[5] ?? h)]) {
      expect(everything).not.toContain(secret);
    }
  });
});

describe('sessions', () => {
  it('end after a working day whatever the activity, and the expiry is audited', async () => {
    const ana = await setUpAna();
    for (let minutes = 0; minutes < 12 * 60 - 4; minutes += 4) {
      clock.advance(4 * 60_000);
      expect((await call('getActivityTypes', { token: ana.token })).ok).toBe(true);
    }
    clock.advance(5 * 60_000);
    expect(await call('getActivityTypes', { token: ana.token })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORISED' },
    });
    const back = await unlock(ana.id, ANA_PIN);
    if (back.outcome !== 'unlocked') throw new Error(back.outcome);
    expect(await auditKinds(back.session.token)).toContain('session_expired');
  });

  it("an administrator reset with kioskctl ends the account's sessions and is audited as kioskctl", async () => {
    const ana = await setUpAna();
    const run = { out: [] as string[], err: [] as string[] };
    const answers = ['604917', '604917'];
    const code = await runKioskctl(['staff', 'reset', '--name', 'Ana', '--data', dataDir()], {
      out: (l) => run.out.push(l),
      err: (l) => run.err.push(l),
      env: {},
      readSecret: () => Promise.resolve(answers.shift() ?? ''),
    });
    expect(code).toBe(0);
    expect(await call('getActivityTypes', { token: ana.token })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORISED' },
    });
    const back = await unlock(ana.id, '604917');
    if (back.outcome !== 'unlocked') throw new Error(back.outcome);
    const log = okValue(await call('getAuditLog', { token: back.session.token })) as {
      events: { kind: string; actor: string | null }[];
    };
    expect(log.events.find((e) => e.kind === 'staff_reset_by_administrator')).toMatchObject({ actor: 'kioskctl' });
  });
});
