import { describe, expect, it } from 'vitest';

import { fixedClock } from '../../main/services/clock.js';
import { openKioskDatabase, type KioskDatabase } from '../../main/services/db/index.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { createUsageCounters } from '../../main/services/usage/usage-counters.js';

import { connected } from './db/connected.js';
import { tempDir } from './temp-dirs.js';

// Mexico City has had no daylight saving time since 2022: UTC−6 all year.
const LAST_SECOND_OF_FEB_28 = new Date('2026-03-01T05:59:59Z');

async function setup(start: Date, timeZone: () => string | undefined = () => 'America/Mexico_City') {
  const clock = fixedClock(start);
  const database: KioskDatabase = await openKioskDatabase({
    dataDir: await tempDir('kiosk-data-'),
    clock,
    logger: createMemoryLogger(),
  });
  const usage = createUsageCounters({ database, clock, logger: createMemoryLogger(), timeZone });
  return { clock, database, usage };
}

describe('usage counters', () => {
  it("files counts under the site's day, switching at local midnight, not UTC midnight", async () => {
    const { clock, database, usage } = await setup(LAST_SECOND_OF_FEB_28);
    expect(await usage.record('session_started')).toEqual({ ok: true, value: { day: '2026-02-28', count: 1 } });
    expect(await usage.record('session_started')).toEqual({ ok: true, value: { day: '2026-02-28', count: 2 } });
    clock.advance(1_000); // 00:00:00 local on 1 March
    expect(await usage.record('session_started')).toEqual({ ok: true, value: { day: '2026-03-01', count: 1 } });
    clock.set(new Date('2026-03-01T23:30:00Z')); // 17:30 local: same local day although UTC is not
    expect(await usage.record('session_started')).toEqual({ ok: true, value: { day: '2026-03-01', count: 2 } });
    clock.set(new Date('2026-03-02T05:59:59Z'));
    expect(await usage.record('session_started')).toEqual({ ok: true, value: { day: '2026-03-01', count: 3 } });
    await database.close();
  });

  it('counts each key separately and stores no more than day, metric, key and count', async () => {
    const { database, usage } = await setup(new Date('2026-11-22T17:00:00Z'));
    await usage.record('topic_opened', 'asylum-refuge');
    await usage.record('topic_opened', 'asylum-refuge');
    await usage.record('topic_opened', 'legal-aid');
    await usage.record('slip_printed');
    const db = connected(database);
    expect(await db.all('SELECT * FROM usage_counter ORDER BY metric, key')).toEqual([
      { day: '2026-11-22', metric: 'slip_printed', key: '', count: 1 },
      { day: '2026-11-22', metric: 'topic_opened', key: 'asylum-refuge', count: 2 },
      { day: '2026-11-22', metric: 'topic_opened', key: 'legal-aid', count: 1 },
    ]);
    const columns = await db.all<{ name: string }>("SELECT name FROM pragma_table_info('usage_counter')");
    expect(columns.map((c) => c.name)).toEqual(['day', 'metric', 'key', 'count']);
    // The schema itself refuses anything finer than a day.
    await expect(
      db.run("INSERT INTO usage_counter (day, metric, count) VALUES ('2026-11-22T17:00', 'idle_reset', 1)"),
    ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT' });
    await database.close();
  });

  it('answers CONFIG_UNAVAILABLE without a site timezone and DATABASE_UNAVAILABLE without a database', async () => {
    const noSite = await setup(new Date(), () => undefined);
    expect(await noSite.usage.record('session_started')).toMatchObject({
      ok: false,
      error: { code: 'CONFIG_UNAVAILABLE' },
    });
    await noSite.database.close();
    const closed = await setup(new Date());
    await closed.database.close();
    expect(await closed.usage.record('session_started')).toMatchObject({
      ok: false,
      error: { code: 'DATABASE_UNAVAILABLE' },
    });
  });
});
