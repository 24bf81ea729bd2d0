import { describe, expect, it } from 'vitest';

import { fixedClock } from '../../main/services/clock.js';

import { join } from 'node:path';

import { DATABASE_FILE, openDatabase } from '../../main/services/db/index.js';
import { SAMPLE_CONFIG_DIR, tempDir } from '../services/temp-dirs.js';

import { storeOnServices } from './store-on-services.js';
import { testServices } from '../support/test-services.js';

/**
 * The store driven against the real services and a real SQLite file: what two visitors do ends up
 * as counters per day, metric and key, and nothing else.
 */
describe('usage counted by the journey', () => {
  it('is a daily aggregate: no visitor, no time of day, only counts', async () => {
    const clock = fixedClock(new Date('2026-11-23T17:00:00Z')); // 11:00 in Mexico City
    const dataDir = await tempDir('kiosk-usage-');
    const services = await testServices({
      configDir: SAMPLE_CONFIG_DIR,
      dataDir,
      clock,
    });
    const store = await storeOnServices(services);
    const settle = () => new Promise((resolve) => setImmediate(resolve));

    for (const language of ['ht', 'fr'] as const) {
      const state = store.getState;
      state().chooseLanguage(language);
      state().open({ screen: 'services' });
      state().open({ screen: 'service', serviceId: 'comar-asilo' });
      state().open({ screen: 'urgent-help' });
      state().expireSession();
      await settle();
    }
    // Counts go out without waiting for their answers; poll the file until the last one is in.
    // A second, read-only look at the file the services write.
    const db = await openDatabase(join(dataDir, DATABASE_FILE), { readOnly: true });
    await expect
      .poll(
        async () =>
          (await db.get<{ n: number }>("SELECT count AS n FROM usage_counter WHERE metric = 'idle_reset'"))?.n,
      )
      .toBe(2);
    const rows = await db.all('SELECT day, metric, key, count FROM usage_counter ORDER BY metric, key');
    expect(rows).toEqual([
      { day: '2026-11-23', metric: 'help_requested', key: 'urgent-help', count: 2 },
      { day: '2026-11-23', metric: 'idle_reset', key: '', count: 2 },
      { day: '2026-11-23', metric: 'language_chosen', key: 'fr', count: 1 },
      { day: '2026-11-23', metric: 'language_chosen', key: 'ht', count: 1 },
      { day: '2026-11-23', metric: 'service_viewed', key: 'asylum-refuge', count: 2 },
      { day: '2026-11-23', metric: 'session_started', key: 'fr', count: 1 },
      { day: '2026-11-23', metric: 'session_started', key: 'ht', count: 1 },
      { day: '2026-11-23', metric: 'topic_opened', key: 'services', count: 2 },
    ]);
    await db.close();
    await services.close();
  });
});
