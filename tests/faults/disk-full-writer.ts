// Child process for the disk-full test. It runs inside its own mount namespace on a small tmpfs
// (see disk-full.test.ts): writes through the whole service stack, fills the disk, keeps writing,
// frees the disk, writes again, then checks the database — and prints one JSON line with what it saw.
import { cp, mkdir, rm } from 'node:fs/promises';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

import { fixedClock } from '../../main/services/clock.js';
import { inspectDatabase, openDatabase } from '../../main/services/db/index.js';
import { createKioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { REPO_ROOT } from '../support/kiosk-fixture.js';
import { supervisorToken } from '../support/staff-sessions.js';

const disk = process.argv[2];
if (disk === undefined) throw new Error('usage: disk-full-writer DIR');

const configDir = join(disk, 'config');
await cp(join(REPO_ROOT, 'kiosk-config'), configDir, { recursive: true });
await rm(join(configDir, 'audio'), { recursive: true, force: true });
const dataDir = join(disk, 'data');
await mkdir(dataDir);

const services = await createKioskServices({
  configDir,
  dataDir,
  appVersion: 'fault',
  hostKind: 'web',
  clock: fixedClock(new Date('2026-11-23T18:00:00Z')),
  logger: createMemoryLogger(),
  watchConfig: false,
});
const token = await supervisorToken(services.dispatch, dataDir);

const entry = {
  day: '2026-11-23',
  type: 'talk-group',
  language: 'es',
  counts: [{ sex: 'female', age: '18-59', count: 3 }],
};

/** One round of the writes a working day makes; returns the result code of each. */
async function writeRound(): Promise<string[]> {
  const codes: string[] = [];
  for (const [method, payload] of [
    ['recordUsage', { metric: 'topic_opened', key: 'privacy' }],
    ['saveActivityEntry', { token, entry }],
    ['printReferral', { serviceId: 'comar-asilo', language: 'es' }],
  ] as const) {
    const result = await services.dispatch(method, payload);
    codes.push(result.ok ? 'ok' : result.error.code);
  }
  return codes;
}

const before = (await Promise.all([writeRound(), writeRound()])).flat();

// Fill every free byte: big blocks first, then small ones down to a single byte.
const filler = join(disk, 'filler');
const fd = openSync(filler, 'w');
for (const size of [65_536, 4_096, 512, 1]) {
  const block = Buffer.alloc(size, 0x55);
  try {
    for (;;) writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
}
closeSync(fd);

const whileFull: string[] = [];
for (let i = 0; i < 20; i += 1) whileFull.push(...(await writeRound()));

await rm(filler);
const after: string[] = [];
for (let i = 0; i < 3; i += 1) after.push(...(await writeRound()));
await services.close();

const report = await inspectDatabase(dataDir);
// What the database holds, to compare with the writes that were answered "ok".
const db = await openDatabase(join(dataDir, 'kiosk.sqlite'), { readOnly: true });
const stored = {
  recordUsage: (
    await db.get<{ n: number }>(
      "SELECT COALESCE(SUM(count), 0) AS n FROM usage_counter WHERE metric = 'topic_opened' AND key = 'privacy'",
    )
  )?.n,
  saveActivityEntry: (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM activity_entry'))?.n,
};
await db.close();
process.stdout.write(`${JSON.stringify({ before, whileFull, after, report, stored })}\n`);
