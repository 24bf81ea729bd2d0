import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { KioskInfo } from '../../../main/contract/index.js';
import { fixedClock } from '../../../main/services/clock.js';
import { LATEST_SCHEMA_VERSION, openDatabase, openKioskDatabase } from '../../../main/services/db/index.js';
import { createKioskServices, type KioskServices } from '../../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../../main/services/logger.js';
import { sampleConfigCopy, tempDir } from '../temp-dirs.js';

import { connected } from './connected.js';

const NOW = new Date('2026-11-22T17:00:00Z');

async function startServices(dataDir: string): Promise<KioskServices> {
  return createKioskServices({
    configDir: await sampleConfigCopy(),
    dataDir,
    appVersion: '1.2.3',
    hostKind: 'web',
    clock: fixedClock(NOW),
    logger: createMemoryLogger(),
    watchConfig: false,
  });
}

async function kioskInfo(services: KioskServices): Promise<KioskInfo> {
  const result = await services.dispatch('getKioskInfo', {});
  if (!result.ok) throw new Error(`getKioskInfo failed: ${result.error.code}`);
  return result.value as KioskInfo;
}

const sha256 = async (file: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

describe('corrupt database recovery', () => {
  it('moves a file that is not a database aside, with its -wal and -shm, and keeps serving', async () => {
    const dataDir = await tempDir('kiosk-data-');
    const garbage = 'this is not a SQLite database\n'.repeat(200);
    await writeFile(join(dataDir, 'kiosk.sqlite'), garbage);
    await writeFile(join(dataDir, 'kiosk.sqlite-wal'), 'stale wal');
    await writeFile(join(dataDir, 'kiosk.sqlite-shm'), 'stale shm');

    const services = await startServices(dataDir);
    const info = await kioskInfo(services);
    expect(info.database.state).toBe('recovered');
    expect(info.database.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(info.database.notices).toHaveLength(1);
    const [notice] = info.database.notices;
    expect(notice).toMatchObject({ code: 'corrupt_moved_aside', at: NOW.toISOString() });

    const moved = join(dataDir, 'kiosk.sqlite.corrupt-2026-11-22T17-00-00Z');
    expect(notice?.detail).toContain(moved);
    expect(await readFile(moved, 'utf8')).toBe(garbage);
    expect(await readFile(`${moved}-wal`, 'utf8')).toBe('stale wal');
    // The -shm is SQLite's shared-memory index of the -wal, rebuilt by any reader: it moves along,
    // but its bytes are not evidence.
    expect(existsSync(`${moved}-shm`)).toBe(true);
    expect(existsSync(join(dataDir, 'kiosk.sqlite-wal'))).toBe(true); // the new database's own

    // The new database works: the kiosk keeps counting.
    expect(await services.dispatch('recordUsage', { metric: 'session_started' })).toEqual({
      ok: true,
      value: { day: '2026-11-22', count: 1 },
    });
    await services.close();
  });

  it('recovers from a real database with an overwritten page', async () => {
    const dataDir = await tempDir('kiosk-data-');
    const first = await openKioskDatabase({ dataDir, clock: fixedClock(NOW), logger: createMemoryLogger() });
    await connected(first).transaction(async (tx) => {
      for (let i = 0; i < 3000; i += 1) {
        await tx.run('INSERT INTO usage_counter (day, metric, key, count) VALUES (?, ?, ?, ?)', [
          '2026-11-01',
          'topic_opened',
          `topic-${i}`,
          i + 1,
        ]);
      }
    });
    await first.close();

    const file = join(dataDir, 'kiosk.sqlite');
    const handle = await open(file, 'r+');
    const header = Buffer.alloc(100);
    await handle.read(header, 0, 100, 0);
    const pageSize = header.readUInt16BE(16);
    // Page 2 is the root of usage_counter (the first table created): garbage there breaks the b-tree.
    await handle.write(Buffer.alloc(pageSize, 0x5a), 0, pageSize, pageSize);
    await handle.close();
    const damaged = await sha256(file);

    const services = await startServices(dataDir);
    const info = await kioskInfo(services);
    expect(info.database).toMatchObject({ state: 'recovered', notices: [{ code: 'corrupt_moved_aside' }] });
    const aside = (await readdir(dataDir)).filter((name) => name.startsWith('kiosk.sqlite.corrupt-'));
    expect(aside).toEqual(['kiosk.sqlite.corrupt-2026-11-22T17-00-00Z']);
    expect(await sha256(join(dataDir, aside[0] ?? ''))).toBe(damaged);
    expect(await services.dispatch('recordUsage', { metric: 'topic_opened', key: 'privacy' })).toEqual({
      ok: true,
      value: { day: '2026-11-22', count: 1 },
    });
    await services.close();
  });

  it('uses a new name when a file from an earlier recovery already has the same timestamp', async () => {
    const dataDir = await tempDir('kiosk-data-');
    await writeFile(join(dataDir, 'kiosk.sqlite.corrupt-2026-11-22T17-00-00Z'), 'earlier');
    await writeFile(join(dataDir, 'kiosk.sqlite'), 'garbage '.repeat(100));
    const kiosk = await openKioskDatabase({ dataDir, clock: fixedClock(NOW), logger: createMemoryLogger() });
    expect(kiosk.status().state).toBe('recovered');
    expect(await readFile(join(dataDir, 'kiosk.sqlite.corrupt-2026-11-22T17-00-00Z'), 'utf8')).toBe('earlier');
    expect(existsSync(join(dataDir, 'kiosk.sqlite.corrupt-2026-11-22T17-00-00Z-2'))).toBe(true);
    await kiosk.close();
  });
});

describe('databases the kiosk cannot use', () => {
  it('refuses a database from a newer version without touching or moving it', async () => {
    const dataDir = await tempDir('kiosk-data-');
    const file = join(dataDir, 'kiosk.sqlite');
    const newer = await openDatabase(file);
    await newer.exec('CREATE TABLE from_the_future (x INTEGER) STRICT; PRAGMA user_version = 99;');
    await newer.close();
    const before = await sha256(file);

    const services = await startServices(dataDir);
    const info = await kioskInfo(services);
    expect(info.database.state).toBe('unavailable');
    expect(info.database.schemaVersion).toBe(99);
    expect(info.database.notices).toMatchObject([{ code: 'newer_schema' }]);
    expect(info.database.notices[0]?.detail).toMatch(
      new RegExp(`schema version 99; this kiosk knows up to ${LATEST_SCHEMA_VERSION}`),
    );

    expect(await services.dispatch('recordUsage', { metric: 'session_started' })).toMatchObject({
      ok: false,
      error: { code: 'DATABASE_UNAVAILABLE' },
    });
    // Changing the language does not depend on the counter being stored.
    expect(await services.dispatch('setLanguage', { language: 'fr' })).toEqual({ ok: true, value: { language: 'fr' } });
    await services.close();

    expect(await sha256(file)).toBe(before);
    // Nothing was moved aside or created beside it; staff access keeps its own files.
    expect((await readdir(dataDir)).filter((name) => name.startsWith('kiosk.sqlite'))).toEqual(['kiosk.sqlite']);
  });

  it('reports open_failed when the data folder cannot be created, and answers DATABASE_UNAVAILABLE', async () => {
    const base = await tempDir('kiosk-data-');
    await writeFile(join(base, 'not-a-folder'), 'a file where the data folder should be');
    const services = await startServices(join(base, 'not-a-folder', 'data'));
    const info = await kioskInfo(services);
    expect(info.database).toMatchObject({ state: 'unavailable', schemaVersion: 0, notices: [{ code: 'open_failed' }] });
    expect(info.site?.id).toBe('par-centro-ejemplo');
    expect(await services.dispatch('recordUsage', { metric: 'help_requested' })).toMatchObject({
      ok: false,
      error: { code: 'DATABASE_UNAVAILABLE' },
    });
    await services.close();
  });
});
