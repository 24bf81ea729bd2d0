import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { createMemoryLogger } from '../../../main/services/logger.js';
import { openDatabase, openKioskDatabase, useDatabase, type Database } from '../../../main/services/db/index.js';
import { fixedClock } from '../../../main/services/clock.js';
import { tempDir } from '../temp-dirs.js';

import { connected } from './connected.js';

async function scratchDatabase(): Promise<Database> {
  const db = await openDatabase(join(await tempDir('kiosk-db-'), 'scratch.sqlite'));
  await db.exec('CREATE TABLE item (id INTEGER PRIMARY KEY, label TEXT NOT NULL) STRICT;');
  return db;
}

const labels = async (db: Database): Promise<string[]> =>
  (await db.all<{ label: string }>('SELECT label FROM item ORDER BY id')).map((row) => row.label);

/** A promise with its resolve function, to hold a transaction open at a chosen point. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('database wrapper', () => {
  it('runs, gets and lists rows with bound parameters', async () => {
    const db = await scratchDatabase();
    const first = await db.run('INSERT INTO item (label) VALUES (?)', ['alpha']);
    await db.run('INSERT INTO item (label) VALUES (?)', ["it's; DROP TABLE item; --"]);
    expect(first).toEqual({ changes: 1, lastID: 1 });
    expect(await db.get<{ label: string }>('SELECT label FROM item WHERE id = ?', [1])).toEqual({ label: 'alpha' });
    expect(await db.get('SELECT label FROM item WHERE id = ?', [99])).toBeUndefined();
    expect(await labels(db)).toEqual(['alpha', "it's; DROP TABLE item; --"]);
    await db.close();
  });

  it('enforces STRICT column types', async () => {
    const db = await scratchDatabase();
    await expect(db.run('INSERT INTO item (id, label) VALUES (?, ?)', ['not a number', 'x'])).rejects.toMatchObject({
      code: 'SQLITE_MISMATCH',
    });
    await db.close();
  });

  it('commits a transaction and returns its value', async () => {
    const db = await scratchDatabase();
    const value = await db.transaction(async (tx) => {
      await tx.run('INSERT INTO item (label) VALUES (?)', ['one']);
      await tx.run('INSERT INTO item (label) VALUES (?)', ['two']);
      return 'done';
    });
    expect(value).toBe('done');
    expect(await labels(db)).toEqual(['one', 'two']);
    await db.close();
  });

  it('rolls the whole transaction back when its work throws, and rethrows', async () => {
    const db = await scratchDatabase();
    await db.run('INSERT INTO item (label) VALUES (?)', ['before']);
    await expect(
      db.transaction(async (tx) => {
        await tx.run('INSERT INTO item (label) VALUES (?)', ['inside']);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await labels(db)).toEqual(['before']);
    // The connection is usable again after the rollback.
    await db.transaction((tx) => tx.run('INSERT INTO item (label) VALUES (?)', ['after']));
    expect(await labels(db)).toEqual(['before', 'after']);
    await db.close();
  });

  it('keeps statements from elsewhere out of an open transaction (they wait for it)', async () => {
    const db = await scratchDatabase();
    const held = gate();
    const insideDone = gate();
    const transaction = db.transaction(async (tx) => {
      await tx.run('INSERT INTO item (label) VALUES (?)', ['transaction']);
      insideDone.open();
      await held.promise;
      throw new Error('roll back');
    });
    await insideDone.promise;
    // Issued while the transaction is open: on a bare shared connection this would run inside it
    // and vanish with its rollback.
    const outside = db.run('INSERT INTO item (label) VALUES (?)', ['outside']);
    held.open();
    await expect(transaction).rejects.toThrow('roll back');
    await expect(outside).resolves.toMatchObject({ changes: 1 });
    // The rollback took only the transaction's own row.
    expect(await labels(db)).toEqual(['outside']);
    await db.close();
  });

  it('serialises concurrent writers in call order', async () => {
    const db = await scratchDatabase();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0
          ? db.run('INSERT INTO item (label) VALUES (?)', [`w${i}`])
          : db.transaction((tx) => tx.run('INSERT INTO item (label) VALUES (?)', [`w${i}`])),
      ),
    );
    expect(await labels(db)).toEqual(Array.from({ length: 20 }, (_, i) => `w${i}`));
    await db.close();
  });

  it('fails fast when transaction work calls the database instead of its handle', async () => {
    const db = await scratchDatabase();
    await expect(
      db.transaction(async () => {
        await db.run('INSERT INTO item (label) VALUES (?)', ['wrong handle']);
      }),
    ).rejects.toThrow(/use its handle/);
    expect(await labels(db)).toEqual([]);
    await db.close();
  });

  it('refuses a transaction handle used after the transaction ended', async () => {
    const db = await scratchDatabase();
    let leaked: Parameters<Parameters<Database['transaction']>[0]>[0] | undefined;
    await db.transaction((tx) => {
      leaked = tx;
      return Promise.resolve();
    });
    await expect(leaked?.run('INSERT INTO item (label) VALUES (?)', ['late'])).rejects.toThrow(/already ended/);
    await db.close();
  });

  it('finishes queued work before closing and refuses calls afterwards', async () => {
    const db = await scratchDatabase();
    const pending = db.run('INSERT INTO item (label) VALUES (?)', ['queued']);
    const closing = db.close();
    await expect(pending).resolves.toMatchObject({ changes: 1 });
    await closing;
    await expect(db.get('SELECT 1')).rejects.toThrow(/closed/);
    await expect(db.close()).resolves.toBeUndefined();
  });
});

describe('kiosk database settings and errors', () => {
  it('opens kiosk.sqlite in WAL mode with foreign keys on and a busy timeout', async () => {
    const dataDir = join(await tempDir('kiosk-data-'), 'nested', 'data');
    const kiosk = await openKioskDatabase({ dataDir, clock: fixedClock(new Date()), logger: createMemoryLogger() });
    const db = connected(kiosk);
    expect(db.file).toBe(join(dataDir, 'kiosk.sqlite'));
    expect(await db.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(await db.get('PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 });
    expect(await db.get('PRAGMA busy_timeout')).toEqual({ timeout: 5000 });
    await kiosk.close();
  });

  it('answers STORAGE_FULL when SQLite reports a full disk, and logs no parameters', async () => {
    const logger = createMemoryLogger();
    const kiosk = await openKioskDatabase({
      dataDir: await tempDir('kiosk-data-'),
      clock: fixedClock(new Date()),
      logger,
    });
    const db = connected(kiosk);
    // A database capped at its current size behaves exactly like a full disk (SQLITE_FULL).
    const { page_count: pages } = (await db.get<{ page_count: number }>('PRAGMA page_count')) ?? { page_count: 0 };
    await db.exec(`PRAGMA max_page_count = ${pages}`);
    const result = await useDatabase(kiosk, logger, 'fill', async (conn) => {
      for (let i = 0; i < 200; i += 1) {
        await conn.run('INSERT INTO usage_counter (day, metric, key, count) VALUES (?, ?, ?, 1)', [
          '2026-01-01',
          'topic_opened',
          `secret-key-${i}-${'x'.repeat(50)}`,
        ]);
      }
    });
    expect(result).toEqual({ ok: false, error: { code: 'STORAGE_FULL' } });
    expect(logger.lines).toContainEqual({
      level: 'error',
      event: 'database_error',
      fields: { operation: 'fill', sqlite: 'SQLITE_FULL', code: 'STORAGE_FULL' },
    });
    expect(JSON.stringify(logger.lines)).not.toContain('secret-key');
    await kiosk.close();
  });
});
