import { cp } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type * as PinHash from '../../../main/services/operator/pin-hash.js';
import { createKioskServices, type KioskServices } from '../../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../../main/services/logger.js';
import { SAMPLE_CONFIG_DIR } from '../../support/kiosk-fixture.js';
import { supervisorToken } from '../../support/staff-sessions.js';
import { tempDir } from '../temp-dirs.js';

// Counts the slow hashes the staff area runs, to show which refusals come before any hashing.
const hashes = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../main/services/operator/pin-hash.js', async (importOriginal) => {
  const real = await importOriginal<typeof PinHash>();
  return {
    ...real,
    hashPin: (...args: Parameters<typeof real.hashPin>) => {
      hashes.count += 1;
      return real.hashPin(...args);
    },
    verifyPin: (...args: Parameters<typeof real.verifyPin>) => {
      hashes.count += 1;
      return real.verifyPin(...args);
    },
  };
});

let services: KioskServices;
let dataDir: string;

beforeEach(async () => {
  const base = await tempDir('kiosk-setup-');
  await cp(SAMPLE_CONFIG_DIR, join(base, 'config'), { recursive: true });
  dataDir = join(base, 'data');
  services = await createKioskServices({
    configDir: join(base, 'config'),
    dataDir,
    appVersion: 'test',
    hostKind: 'web',
    logger: createMemoryLogger(),
    watchConfig: false,
  });
});
afterEach(() => services.close());

describe('refusals that cost an unauthenticated caller nothing', () => {
  it('answers setup on a kiosk that is set up, a wrong code, a weak PIN and a locked account without hashing', async () => {
    const token = await supervisorToken(services.dispatch, dataDir);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    hashes.count = 0;
    const calls = Array.from({ length: 40 }, () =>
      services.dispatch('setupSupervisor', { setupCode: '123456789012', name: 'Eve', pin: '582047' }),
    );
    for (const result of await Promise.all(calls))
      expect(result).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP' } });
    expect(
      await services.dispatch('addStaffAccount', { token, name: 'Rosa', role: 'operator', pin: '000000' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'WEAK_PIN' },
    });
    expect(hashes.count).toBe(0);

    // Five wrong PINs are hashed; the guesses during the lockout are not.
    const access = (await services.dispatch('getOperatorAccess', {})) as {
      ok: true;
      value: { accounts: { id: string }[] };
    };
    const id = access.value.accounts[0]?.id ?? '';
    for (let i = 0; i < 25; i += 1) await services.dispatch('unlockOperator', { accountId: id, pin: '204917' });
    expect(hashes.count).toBe(5);
  });
});
