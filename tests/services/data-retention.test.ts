// What the kiosk must not keep for long: checklist notes past their days, damaged database copies
// past theirs, and deleted rows left readable in the file (secure_delete).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { fixedClock } from '../../main/services/clock.js';
import { createConfigService } from '../../main/services/config/index.js';
import { startDataRetention } from '../../main/services/data-retention.js';
import { DATABASE_FILE, openKioskDatabase, type KioskDatabase } from '../../main/services/db/index.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { writeAnswers } from '../../main/services/operations/checklist-store.js';

import { readJson, sampleConfigCopy, tempDir, writeJson } from './temp-dirs.js';

const NOW = new Date('2026-11-22T15:00:00Z');
const DAY = 86_400_000;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function open(dataDir: string, clock = fixedClock(NOW)): Promise<KioskDatabase> {
  const database = await openKioskDatabase({ dataDir, clock, logger: createMemoryLogger() });
  cleanups.push(() => database.close());
  return database;
}

function connection(database: KioskDatabase) {
  const db = database.connection();
  if (db === undefined) throw new Error('no database');
  return db;
}

describe('secure_delete', () => {
  it('is on, so a deleted row is not left readable in the file', async () => {
    const dataDir = await tempDir('kiosk-secure-');
    const db = connection(await open(dataDir));
    expect(await db.get('PRAGMA secure_delete')).toEqual({ secure_delete: 1 });
    const marker = 'QQ-DELETED-NOTE-7731';
    await db.run(
      `INSERT INTO print_job (printer, service_id, language, referral_code, state, created_at, updated_at)
       VALUES ('p', 's', 'es', ?, 'printed', 'x', 'x')`,
      [marker],
    );
    await db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    expect((await readFile(join(dataDir, DATABASE_FILE))).includes(marker)).toBe(true);
    await db.run('DELETE FROM print_job');
    await db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    expect((await readFile(join(dataDir, DATABASE_FILE))).includes(marker)).toBe(false);
  });
});

describe('data retention', () => {
  it('clears checklist notes after notesDays and deletes old damaged copies, at start and on its timer', async () => {
    const configDir = await sampleConfigCopy();
    const operations = await readJson(join(configDir, 'operations.json'));
    operations.retention = { notesDays: 7, corruptCopiesDays: 10 };
    await writeJson(join(configDir, 'operations.json'), operations);
    const logger = createMemoryLogger();
    const clock = fixedClock(NOW);
    const config = await createConfigService({
      dir: configDir,
      clock,
      logger,
      watch: false,
      onChange: () => undefined,
    });
    cleanups.push(() => {
      config.close();
    });
    expect(config.operations().retention).toEqual({ notesDays: 7, corruptCopiesDays: 10, referralCodesDays: 90 });

    const dataDir = await tempDir('kiosk-retention-');
    const database = await open(dataDir, clock);
    const db = connection(database);
    await db.run(
      `INSERT INTO equipment_check (id, started_at, finished_at, summary, results) VALUES (1, 'a', 'b', 'fail', '[]')`,
    );
    await writeAnswers(db, 1, [{ item: 'cable', answer: 'fail', note: 'cable loose' }], NOW, 'operator');
    await writeAnswers(
      db,
      1,
      [{ item: 'screen', answer: 'pass', note: 'recent note' }],
      new Date(NOW.getTime() + 3 * DAY),
      'operator',
    );
    const stamp = (date: Date) =>
      date
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
        .replace(/:/g, '-');
    const old = `${DATABASE_FILE}.corrupt-${stamp(new Date(NOW.getTime() - 3 * DAY))}`;
    const recent = `${DATABASE_FILE}.corrupt-${stamp(new Date(NOW.getTime() + 5 * DAY))}-2`;
    for (const name of [old, `${old}-wal`, recent, 'notes.txt']) await writeFile(join(dataDir, name), 'x');

    const retention = startDataRetention({ dataDir, database, config, clock, logger, everyMs: 20 });
    cleanups.push(() => {
      retention.stop();
    });
    const notes = () => db.all('SELECT item, answer, note FROM checklist_answer ORDER BY item');
    await retention.run();
    expect(await notes()).toEqual([
      { item: 'cable', answer: 'fail', note: 'cable loose' },
      { item: 'screen', answer: 'pass', note: 'recent note' },
    ]);

    // Eight days on: the first note goes (its answer stays); the copy moved 11 days ago goes.
    clock.advance(8 * DAY);
    await expect.poll(notes, { timeout: 3000 }).toEqual([
      { item: 'cable', answer: 'fail', note: null },
      { item: 'screen', answer: 'pass', note: 'recent note' },
    ]);
    await expect
      .poll(async () =>
        (await readdir(dataDir)).filter((name) => name.includes('corrupt') || name.endsWith('.txt')).sort(),
      )
      .toEqual([recent, 'notes.txt'].sort());
  });
});
