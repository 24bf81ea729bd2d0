// Renderer crashes and hangs as incidents (migration 0007), on a real SQLite file: one open row
// for the screen, repeats raise `occurrences`, a closed incident lets the next crash open a new one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { fixedClock } from '../../main/services/clock.js';
import { openKioskDatabase, type KioskDatabase } from '../../main/services/db/index.js';
import { createRendererCrashes, type RendererCrashes } from '../../main/services/hardening/renderer-crashes.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { okValue } from '../support/result.js';

import { tempDir } from './temp-dirs.js';

// 23:30 on 21 November in Mexico City, already the 22nd in UTC: the incident's day is the site's.
const NOW = new Date('2026-11-22T05:30:00Z');

let database: KioskDatabase;
let clock: ReturnType<typeof fixedClock>;
let crashes: RendererCrashes;

interface IncidentRow {
  id: number;
  kind: string;
  subject: string;
  opened_at: string;
  opened_day: string;
  closed_at: string | null;
  occurrences: number;
  detail: string | null;
}

async function rows(): Promise<IncidentRow[]> {
  const db = database.connection();
  if (db === undefined) throw new Error('no database');
  return db.all<IncidentRow>('SELECT * FROM incident ORDER BY id');
}

beforeEach(async () => {
  clock = fixedClock(NOW);
  database = await openKioskDatabase({ dataDir: await tempDir('kiosk-crashes-'), clock, logger: createMemoryLogger() });
  crashes = createRendererCrashes({
    database,
    clock,
    logger: createMemoryLogger(),
    timeZone: () => 'America/Mexico_City',
  });
});

afterEach(async () => {
  await database.close();
});

describe('renderer crash incidents', () => {
  it('opens one renderer_crash incident on the site’s day, with what happened', async () => {
    expect(okValue(await crashes.open())).toBeNull();
    const incident = okValue(await crashes.record({ kind: 'gone', reason: 'crashed', exitCode: 139 }));
    expect(incident).toMatchObject({ occurrences: 1, detail: 'gone: crashed (exit 139)', openedAt: NOW.toISOString() });
    expect(await rows()).toMatchObject([
      {
        kind: 'renderer_crash',
        subject: 'renderer',
        opened_day: '2026-11-21',
        closed_at: null,
        occurrences: 1,
      },
    ]);
  });

  it('counts repeats (crashes and hangs) on the open incident instead of opening more', async () => {
    await crashes.record({ kind: 'gone', reason: 'oom', exitCode: 0 });
    clock.advance(60_000);
    await crashes.record({ kind: 'hung', source: 'heartbeat' });
    clock.advance(60_000);
    const third = okValue(await crashes.record({ kind: 'hung', source: 'unresponsive' }));
    expect(third).toMatchObject({ occurrences: 3, detail: 'hung: unresponsive', openedAt: NOW.toISOString() });
    const all = await rows();
    expect(all).toHaveLength(1);
    expect(okValue(await crashes.open())).toEqual(third);
  });

  it('opens a new incident once staff closed the last one', async () => {
    const first = okValue(await crashes.record({ kind: 'gone', reason: 'killed', exitCode: 9 }));
    const db = database.connection();
    await db?.run(`UPDATE incident SET closed_at = ?, closed_by = 'operator' WHERE id = ?`, [
      new Date(NOW.getTime() + 3_600_000).toISOString(),
      first.id,
    ]);
    expect(okValue(await crashes.open())).toBeNull();
    clock.advance(2 * 3_600_000);
    const second = okValue(await crashes.record({ kind: 'gone', reason: 'crashed', exitCode: 11 }));
    expect(second.id).not.toBe(first.id);
    expect(second.occurrences).toBe(1);
    expect((await rows()).map((row) => [row.id, row.closed_at === null, row.occurrences])).toEqual([
      [first.id, false, 1],
      [second.id, true, 1],
    ]);
  });

  it('keeps only a short word of an unexpected reason in the detail', async () => {
    const incident = okValue(
      await crashes.record({
        kind: 'gone',
        reason: "weird'; DROP TABLE incident; --" + 'x'.repeat(100),
        exitCode: 1.5,
      }),
    );
    expect(incident.detail).toMatch(/^gone: [a-z-]{1,32} \(exit 1\)$/);
    expect(await rows()).toHaveLength(1);
  });

  it('answers DATABASE_UNAVAILABLE without throwing when there is no database', async () => {
    await database.close();
    const closedDb: KioskDatabase = { ...database, connection: () => undefined };
    const without = createRendererCrashes({
      database: closedDb,
      clock,
      logger: createMemoryLogger(),
      timeZone: () => undefined,
    });
    expect(await without.record({ kind: 'hung', source: 'heartbeat' })).toMatchObject({
      ok: false,
      error: { code: 'DATABASE_UNAVAILABLE' },
    });
    database = await openKioskDatabase({
      dataDir: await tempDir('kiosk-crashes-'),
      clock,
      logger: createMemoryLogger(),
    });
  });
});
