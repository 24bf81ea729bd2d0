import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { KoboStatus } from '../../main/contract/index.js';
import { openDatabase } from '../../main/services/db/index.js';
import { createKioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { okValue } from '../support/result.js';
import { supervisorToken } from '../support/staff-sessions.js';

import { COLLECTOR_TOKEN, startKoboHarness, type KoboHarness } from './kobo-harness.js';

let harness: KoboHarness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

async function storedValue(dataDir: string): Promise<string | undefined> {
  const db = await openDatabase(join(dataDir, 'kiosk.sqlite'), { readOnly: true });
  try {
    return (await db.get<{ value: string }>("SELECT value FROM kiosk_meta WHERE key = 'kobo_credential'"))?.value;
  } finally {
    await db.close();
  }
}

describe('the KoboToolbox credential at rest', () => {
  it('is stored encrypted with the machine key, and a copied database cannot read it', async () => {
    const k = await startKoboHarness();
    harness = k;
    okValue(
      await k.call('setKoboCredential', {
        token: k.token,
        credential: { kind: 'collector-token', token: COLLECTOR_TOKEN },
      }),
    );
    expect((await k.status()).credential?.masked).toBe(`••••${COLLECTOR_TOKEN.slice(-4)}`);
    await k.services.close();
    const value = await storedValue(k.dataDir);
    expect(value).toMatch(/^box1\./);
    expect(value).not.toContain(COLLECTOR_TOKEN);
    const file = await readFile(join(k.dataDir, 'kiosk.sqlite'));
    expect(file.includes(Buffer.from(COLLECTOR_TOKEN))).toBe(false);
    await k.restart();
    // Same machine: the credential is still there after a restart.
    expect((await k.status()).credential).not.toBeNull();
  });

  it('encrypts a credential that an earlier version stored in the clear', async () => {
    const k = await startKoboHarness();
    harness = k;
    await k.services.close();
    const db = await openDatabase(join(k.dataDir, 'kiosk.sqlite'));
    await db.run("INSERT INTO kiosk_meta (key, value) VALUES ('kobo_credential', ?), ('kobo_credential_set_at', ?)", [
      JSON.stringify({ kind: 'collector-token', token: COLLECTOR_TOKEN }),
      '2026-11-01T10:00:00.000Z',
    ]);
    await db.close();
    await k.restart();
    const status = okValue(await k.call('getKoboStatus', { token: k.token })) as KoboStatus;
    expect(status.credential?.masked).toBe(`••••${COLLECTOR_TOKEN.slice(-4)}`);
    await k.services.close();
    expect(await storedValue(k.dataDir)).toMatch(/^box1\./);
    await k.restart();
  });

  it('is unreadable in another data folder, where it counts as not set', async () => {
    const k = await startKoboHarness();
    harness = k;
    okValue(
      await k.call('setKoboCredential', {
        token: k.token,
        credential: { kind: 'collector-token', token: COLLECTOR_TOKEN },
      }),
    );
    await k.services.close();
    const elsewhere = join(k.dataDir, '..', 'elsewhere');
    await mkdir(elsewhere);
    await copyFile(join(k.dataDir, 'kiosk.sqlite'), join(elsewhere, 'kiosk.sqlite'));
    const other = await createKioskServices({
      configDir: k.configDir,
      dataDir: elsewhere,
      appVersion: 'test',
      hostKind: 'web',
      clock: k.clock,
      logger: createMemoryLogger(),
      watchConfig: false,
    });
    try {
      const token = await supervisorToken(other.dispatch, elsewhere);
      const status = okValue(await other.dispatch('getKoboStatus', { token })) as KoboStatus;
      expect(status.credential).toBeNull();
    } finally {
      await other.close();
    }
    await k.restart();
  });
});
