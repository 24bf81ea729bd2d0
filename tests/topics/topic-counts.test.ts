// What visitors do with the rights topics ends up as anonymous daily counts, filed under the
// topics' own ids, and reaches the reports' usage table.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import type { CliIo } from '../../main/cli/cli-io.js';
import { runKioskctl } from '../../main/cli/kioskctl.js';
import { fixedClock } from '../../main/services/clock.js';
import { DATABASE_FILE, openDatabase } from '../../main/services/db/index.js';
import { storeOnServices } from '../renderer/store-on-services.js';
import { SAMPLE_CONFIG_DIR, tempDir } from '../services/temp-dirs.js';
import { testServices } from '../support/test-services.js';

describe('counts of the rights topics', () => {
  it('counts the list, each topic and each sheet per day, and shows them in the usage table', async () => {
    const clock = fixedClock(new Date('2026-12-04T17:00:00Z')); // 11:00 in Mexico City
    const dataDir = await tempDir('kiosk-topic-counts-');
    const services = await testServices({
      configDir: SAMPLE_CONFIG_DIR,
      dataDir,
      clock,
    });
    const store = await storeOnServices(services);
    expect(store.getState().topicsView?.topics).toHaveLength(8);

    for (const [language, second] of [
      ['es', 'detention'],
      ['ht', 'family-links'],
    ] as const) {
      const state = store.getState;
      state().chooseLanguage(language);
      state().open({ screen: 'topics' });
      state().open({ screen: 'topic', topicId: 'asylum' });
      // The sample prints to the on-screen preview: a sheet shown, counted as such.
      expect(await state().printTopicSheet('asylum', language)).toMatchObject({
        ok: true,
        value: { outcome: 'previewed' },
      });
      state().open({ screen: 'topic', topicId: second });
      // A topic id the configuration does not know counts nothing.
      state().open({ screen: 'topic', topicId: 'made-up' });
      state().expireSession();
    }
    const db = await openDatabase(join(dataDir, DATABASE_FILE), { readOnly: true });
    await expect
      .poll(
        async () =>
          (await db.get<{ n: number }>("SELECT count AS n FROM usage_counter WHERE metric = 'idle_reset'"))?.n,
      )
      .toBe(2);
    const rows = await db.all(
      "SELECT day, metric, key, count FROM usage_counter WHERE metric IN ('topic_opened', 'slip_shown', 'slip_printed', 'slip_failed') ORDER BY metric, key",
    );
    expect(rows).toEqual([
      { day: '2026-12-04', metric: 'slip_shown', key: 'sheet.asylum', count: 2 },
      { day: '2026-12-04', metric: 'topic_opened', key: 'asylum', count: 2 },
      { day: '2026-12-04', metric: 'topic_opened', key: 'detention', count: 1 },
      { day: '2026-12-04', metric: 'topic_opened', key: 'family-links', count: 1 },
      { day: '2026-12-04', metric: 'topic_opened', key: 'topics', count: 2 },
    ]);
    await db.close();
    await services.close();

    const out = join(dataDir, 'report.zip');
    const lines: string[] = [];
    const io: CliIo = { out: (line) => lines.push(line), err: (line) => lines.push(line), env: {} };
    const args = ['report', '--from', '2026-12-04', '--to', '2026-12-04', '--format', 'csv', '--out', out];
    expect(await runKioskctl([...args, '--config', SAMPLE_CONFIG_DIR, '--data', dataDir], io), lines.join('\n')).toBe(
      0,
    );
    const usage = Object.entries(unzipSync(await readFile(out)))
      .filter(([name]) => name.includes('usage'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    expect(usage).toContain('sheet.asylum');
    expect(usage).toMatch(/topic_opened\W+asylum\W+2/);
  });
});
