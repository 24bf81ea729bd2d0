// Writes tests/fixtures/db-v1.sqlite: a kiosk database as the first released schema (version 1)
// left it, with a few counters, so that a test can prove later migrations keep old data.
// Run with `npx tsx scripts/make-db-fixture.ts` only when a new "old version" fixture is wanted;
// the committed file is the fixture, and regenerating it must not be needed for a schema change.
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { openDatabase } from '../main/services/db/database.js';
import { migrate } from '../main/services/db/migrate.js';
import { migration0001 } from '../main/services/db/migrations/0001-usage-counters.js';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'db-v1.sqlite');

await rm(file, { force: true });
const db = await openDatabase(file);
await migrate(db, [migration0001], { now: new Date('2026-03-02T18:00:00Z') });
const rows: [string, string, string, number][] = [
  ['2026-03-01', 'session_started', '', 14],
  ['2026-03-01', 'language_chosen', 'es', 9],
  ['2026-03-01', 'language_chosen', 'ht', 5],
  ['2026-03-02', 'topic_opened', 'asylum-refuge', 3],
  ['2026-03-02', 'slip_printed', '', 2],
];
for (const row of rows) await db.run('INSERT INTO usage_counter (day, metric, key, count) VALUES (?, ?, ?, ?)', row);
// One self-contained file (no -wal beside it), compacted, so the committed fixture is small.
await db.exec('PRAGMA journal_mode = DELETE; VACUUM;');
await db.close();
console.log(`wrote ${file}`);
