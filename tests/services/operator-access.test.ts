import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Result } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { afterFailure, OPEN_LOCKOUT } from '../../main/services/operator/lockout-policy.js';
import { weakPinReason } from '../../main/services/operator/pin-policy.js';
import { SAMPLE_CONFIG_DIR } from '../support/kiosk-fixture.js';
import { okValue } from '../support/result.js';

const SUPERVISOR_PIN = '482916';
const OPERATOR_PIN = '739150';

let base: string;
let clock: ReturnType<typeof fixedClock>;
let logger: ReturnType<typeof createMemoryLogger>;
let services: KioskServices;

async function open(): Promise<KioskServices> {
  return createKioskServices({
    configDir: join(base, 'config'),
    dataDir: join(base, 'data'),
    appVersion: 'test',
    hostKind: 'web',
    clock,
    logger,
    watchConfig: false,
  });
}

async function call(method: string, payload: unknown): Promise<Result<unknown>> {
  return services.dispatch(method, payload);
}

async function unlock(pin: string): Promise<Record<string, unknown>> {
  return okValue(await call('unlockOperator', { pin })) as Record<string, unknown>;
}

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'kiosk-operator-'));
  await cp(SAMPLE_CONFIG_DIR, join(base, 'config'), { recursive: true });
  clock = fixedClock(new Date('2026-11-23T15:00:00Z'));
  logger = createMemoryLogger();
  services = await open();
});

afterEach(async () => {
  await services.close();
  await rm(base, { recursive: true, force: true });
});

describe('first run', () => {
  it('ships no PIN: setup is required and nothing unlocks', async () => {
    expect(await call('getOperatorAccess', {})).toEqual({
      ok: true,
      value: { setupRequired: true, lockedUntil: null },
    });
    expect(await unlock('958372')).toEqual({ outcome: 'setup_required' });
  });

  it.each(['111111', '123456', '987654', '121212', '123123', '890123'])('refuses the weak PIN %s', async (pin) => {
    expect(await call('setupSupervisorPin', { pin })).toMatchObject({ ok: false, error: { code: 'WEAK_PIN' } });
  });

  it.each(['12345', '1234567890123', 'abcdef', '48 2916', ''])('refuses the malformed PIN "%s"', async (pin) => {
    expect(await call('setupSupervisorPin', { pin })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });

  it('creates the supervisor PIN once and opens a supervisor session', async () => {
    const created = await call('setupSupervisorPin', { pin: SUPERVISOR_PIN });
    expect(created).toMatchObject({ ok: true, value: { role: 'supervisor' } });
    expect(await call('setupSupervisorPin', { pin: '604817' })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_SET_UP' },
    });
    expect(await call('getOperatorAccess', {})).toEqual({
      ok: true,
      value: { setupRequired: false, lockedUntil: null },
    });
  });
});

describe('unlocking', () => {
  beforeEach(async () => {
    const setup = await call('setupSupervisorPin', { pin: SUPERVISOR_PIN });
    const token = (okValue(setup) as { token: string }).token;
    expect(await call('setOperatorPin', { token, role: 'operator', pin: OPERATOR_PIN })).toEqual({
      ok: true,
      value: {},
    });
  });

  it('tells the roles apart by PIN', async () => {
    expect(await unlock(SUPERVISOR_PIN)).toMatchObject({ outcome: 'unlocked', session: { role: 'supervisor' } });
    expect(await unlock(OPERATOR_PIN)).toMatchObject({ outcome: 'unlocked', session: { role: 'operator' } });
  });

  it('counts down wrong PINs, then locks for longer each time, and the lock survives a restart', async () => {
    for (const left of [4, 3, 2, 1])
      expect(await unlock('205938')).toEqual({ outcome: 'wrong_pin', attemptsLeft: left });
    const locked = await unlock('205938');
    expect(locked).toEqual({ outcome: 'locked', lockedUntil: '2026-11-23T15:00:30.000Z' });
    // Even the right PIN is refused while locked.
    expect(await unlock(SUPERVISOR_PIN)).toEqual({ outcome: 'locked', lockedUntil: '2026-11-23T15:00:30.000Z' });

    // Switch the kiosk off and on: still locked.
    await services.close();
    services = await open();
    expect(await call('getOperatorAccess', {})).toEqual({
      ok: true,
      value: { setupRequired: false, lockedUntil: '2026-11-23T15:00:30.000Z' },
    });

    clock.advance(31_000);
    for (const left of [4, 3, 2, 1])
      expect(await unlock('205938')).toEqual({ outcome: 'wrong_pin', attemptsLeft: left });
    expect(await unlock('205938')).toEqual({ outcome: 'locked', lockedUntil: '2026-11-23T15:02:31.000Z' });

    clock.advance(121_000);
    expect(await unlock(OPERATOR_PIN)).toMatchObject({ outcome: 'unlocked' });
    // A success resets the count.
    expect(await unlock('205938')).toEqual({ outcome: 'wrong_pin', attemptsLeft: 4 });
  });

  it('ends a session on Lock and after the idle timeout; operators cannot manage PINs', async () => {
    const operator = (await unlock(OPERATOR_PIN)) as { session: { token: string } };
    expect(await call('getAuditLog', { token: operator.session.token })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORISED' },
    });
    expect(
      await call('setOperatorPin', { token: operator.session.token, role: 'operator', pin: '602948' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORISED' },
    });

    const supervisor = (await unlock(SUPERVISOR_PIN)) as { session: { token: string } };
    expect(await call('getAuditLog', { token: supervisor.session.token })).toMatchObject({ ok: true });
    clock.advance(5 * 60_000 + 1);
    expect(await call('getAuditLog', { token: supervisor.session.token })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORISED' },
    });

    const again = (await unlock(SUPERVISOR_PIN)) as { session: { token: string } };
    expect(await call('lockOperator', { token: again.session.token })).toEqual({ ok: true, value: {} });
    expect(await call('getAuditLog', { token: again.session.token })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORISED' },
    });
  });

  it('refuses the same PIN for both roles', async () => {
    const supervisor = (await unlock(SUPERVISOR_PIN)) as { session: { token: string } };
    expect(
      await call('setOperatorPin', { token: supervisor.session.token, role: 'operator', pin: SUPERVISOR_PIN }),
    ).toMatchObject({
      ok: false,
      error: { code: 'WEAK_PIN' },
    });
  });

  it('audits unlocks, failures, lockouts and PIN changes, and never stores a PIN', async () => {
    await unlock('205938');
    const supervisor = (await unlock(SUPERVISOR_PIN)) as { session: { token: string } };
    const log = await call('getAuditLog', { token: supervisor.session.token });
    const kinds = (okValue(log) as { events: { kind: string }[] }).events.map((e) => e.kind);
    expect(kinds).toEqual(['unlocked', 'unlock_failed', 'pin_changed', 'supervisor_pin_created']);
    const everything = JSON.stringify(log) + JSON.stringify(logger.lines);
    for (const pin of [SUPERVISOR_PIN, OPERATOR_PIN, '205938']) expect(everything).not.toContain(pin);
  });
});

describe('policies', () => {
  it('grows the lockout 30 s, 2 min, 5 min, 15 min, 60 min, then stays at 60 min', () => {
    let state = OPEN_LOCKOUT;
    const delays: number[] = [];
    for (let round = 0; round < 7; round += 1) {
      for (let i = 0; i < 5; i += 1) {
        const next = afterFailure(state, 0);
        state = next.state;
        if (next.lockedOut) delays.push(state.lockedUntil ?? -1);
      }
    }
    expect(delays).toEqual([30_000, 120_000, 300_000, 900_000, 3_600_000, 3_600_000, 3_600_000]);
  });

  it('accepts ordinary PINs', () => {
    for (const pin of ['482916', '739150', '20593847', '604817']) expect(weakPinReason(pin)).toBeNull();
  });
});
