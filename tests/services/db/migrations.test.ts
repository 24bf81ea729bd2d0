import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { fixedClock } from '../../../main/services/clock.js';
import {
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  migrate,
  openDatabase,
  openKioskDatabase,
  readSchemaVersion,
} from '../../../main/services/db/index.js';
import { assertMigrationOrder, type Migration } from '../../../main/services/db/migrations/migration.js';
import { createMemoryLogger } from '../../../main/services/logger.js';
import { FIXTURES_DIR, tempDir } from '../temp-dirs.js';

import { connected } from './connected.js';

const NOW = new Date('2026-11-22T17:00:00Z');

const step = (version: number, name = `step-${version}`): Migration => ({
  version,
  name,
  up: () => Promise.resolve(),
});

describe('migration list', () => {
  it('is ascending and contiguous from 1, and the latest version is its length', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: MIGRATIONS.length }, (_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(13);
  });

  it('rejects gaps, duplicates, wrong order and a start other than 1', () => {
    expect(() => assertMigrationOrder([step(1), step(3)])).toThrow(/version 3; expected 2/);
    expect(() => assertMigrationOrder([step(1), step(1, 'again')])).toThrow(/"again" has version 1; expected 2/);
    expect(() => assertMigrationOrder([step(2), step(1)])).toThrow(/expected 1/);
    expect(() => assertMigrationOrder([step(0)])).toThrow(/expected 1/);
    expect(assertMigrationOrder([step(1), step(2)])).toHaveLength(2);
  });
});

describe('migrating', () => {
  it('creates the current schema from an empty data folder', async () => {
    const dataDir = await tempDir('kiosk-data-');
    const kiosk = await openKioskDatabase({ dataDir, clock: fixedClock(NOW), logger: createMemoryLogger() });
    const db = connected(kiosk);
    expect(kiosk.status()).toEqual({ state: 'ok', schemaVersion: LATEST_SCHEMA_VERSION, notices: [] });
    expect(await readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const tables = await db.all<{ name: string; strict: number }>(
      "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    );
    expect(tables).toEqual([
      { name: 'activity_count', strict: 1 },
      { name: 'activity_entry', strict: 1 },
      { name: 'audit_event', strict: 1 },
      { name: 'checklist_answer', strict: 1 },
      { name: 'equipment_check', strict: 1 },
      { name: 'incident', strict: 1 },
      { name: 'kiosk_meta', strict: 1 },
      { name: 'kobo_submission', strict: 1 },
      { name: 'maintenance_entry', strict: 1 },
      { name: 'operator_lockout', strict: 1 },
      { name: 'operator_pin', strict: 1 },
      { name: 'pathway_referral_count', strict: 1 },
      { name: 'print_job', strict: 1 },
      { name: 'referral', strict: 1 },
      { name: 'referral_outcome_daily', strict: 1 },
      { name: 'turn', strict: 1 },
      { name: 'turn_daily', strict: 1 },
      { name: 'turn_wait_daily', strict: 1 },
      { name: 'usage_counter', strict: 1 },
    ]);
    expect(await db.get('SELECT value FROM kiosk_meta WHERE key = ?', ['installed_on'])).toEqual({
      value: '2026-11-22',
    });
    await kiosk.close();
  });

  it('migrates the version-1 fixture forward and keeps its rows', async () => {
    const dataDir = await tempDir('kiosk-data-');
    await copyFile(join(FIXTURES_DIR, 'db-v1.sqlite'), join(dataDir, 'kiosk.sqlite'));
    const before = await openDatabase(join(dataDir, 'kiosk.sqlite'), { readOnly: true });
    expect(await readSchemaVersion(before)).toBe(1);
    const fixtureRows = await before.all('SELECT * FROM usage_counter ORDER BY day, metric, key');
    await before.close();
    expect(fixtureRows.length).toBeGreaterThan(0);

    const logger = createMemoryLogger();
    const kiosk = await openKioskDatabase({ dataDir, clock: fixedClock(NOW), logger });
    const db = connected(kiosk);
    expect(kiosk.status()).toMatchObject({ state: 'ok', schemaVersion: LATEST_SCHEMA_VERSION });
    expect(await db.all('SELECT * FROM usage_counter ORDER BY day, metric, key')).toEqual(fixtureRows);
    // 0002 dates the install from the oldest counter, not from the day of the upgrade.
    expect(await db.get('SELECT value FROM kiosk_meta WHERE key = ?', ['installed_on'])).toEqual({
      value: '2026-03-01',
    });
    expect(logger.lines).toContainEqual({
      level: 'info',
      event: 'database_migrated',
      fields: { from: 1, to: LATEST_SCHEMA_VERSION },
    });
    await kiosk.close();
  });

  it('applies nothing to a database that is already current', async () => {
    const dataDir = await tempDir('kiosk-data-');
    const first = await openKioskDatabase({ dataDir, clock: fixedClock(NOW), logger: createMemoryLogger() });
    await connected(first).run("INSERT INTO usage_counter (day, metric, count) VALUES ('2026-11-22', 'idle_reset', 3)");
    await first.close();
    const logger = createMemoryLogger();
    const again = await openKioskDatabase({ dataDir, clock: fixedClock(NOW), logger });
    expect(again.status().state).toBe('ok');
    expect(await connected(again).get('SELECT count FROM usage_counter')).toEqual({ count: 3 });
    expect(logger.lines.some((line) => line.event === 'database_migrated')).toBe(false);
    await again.close();
  });

  it('rolls every step back, user_version included, when one migration fails', async () => {
    const db = await openDatabase(join(await tempDir('kiosk-db-'), 'kiosk.sqlite'));
    const failing: Migration = {
      version: 3,
      name: 'broken',
      up: (tx) => tx.exec('CREATE TABLE half_done (x INTEGER) STRICT; SELECT * FROM no_such_table;'),
    };
    await expect(migrate(db, [...MIGRATIONS, failing], { now: NOW })).rejects.toThrow(/no such table/);
    expect(await readSchemaVersion(db)).toBe(0);
    expect(await db.all("SELECT name FROM sqlite_schema WHERE type = 'table'")).toEqual([]);
    await db.close();
  });

  it('reports a failed migration as open_failed and keeps serving without a database', async () => {
    const dataDir = await tempDir('kiosk-data-');
    const broken: Migration = { version: 1, name: 'broken', up: (tx) => tx.exec('NOT SQL AT ALL') };
    const kiosk = await openKioskDatabase({
      dataDir,
      clock: fixedClock(NOW),
      logger: createMemoryLogger(),
      migrations: [broken],
    });
    expect(kiosk.connection()).toBeUndefined();
    expect(kiosk.status()).toMatchObject({ state: 'unavailable', notices: [{ code: 'open_failed' }] });
    await kiosk.close();
  });
});
