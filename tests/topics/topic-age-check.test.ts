// The daily check flags topics past the site's re-verification age ("re-verify"), on the site's
// calendar day, with a fake clock: no waiting for months.
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { isTopicStale, type EquipmentCheck } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { okValue } from '../support/result.js';
import { supervisorToken } from '../support/staff-sessions.js';
import { readJson, sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';

let kiosk: KioskServices | undefined;
afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

/** Runs the daily check at `now` on a copy of the sample, with topics.json edited, and returns the topics result. */
async function topicsCheckAt(now: string, edit: (file: Record<string, unknown>) => void = () => undefined) {
  const configDir = await sampleConfigCopy();
  const file = join(configDir, 'topics.json');
  const json = await readJson(file);
  edit(json);
  await writeJson(file, json);
  // No network endpoint: the check stays on this machine.
  const operations = await readJson(join(configDir, 'operations.json'));
  await writeJson(join(configDir, 'operations.json'), { ...operations, checks: { endpoints: [] } });
  const dataDir = await tempDir('kiosk-topic-age-');
  kiosk = await createKioskServices({
    configDir,
    dataDir,
    appVersion: '0.0.0-test',
    hostKind: 'web',
    clock: fixedClock(new Date(now)),
    logger: createMemoryLogger(),
    watchConfig: false,
  });
  const token = await supervisorToken(kiosk.dispatch, dataDir);
  const check = okValue(await kiosk.dispatch('runEquipmentCheck', { token })) as EquipmentCheck;
  return check.results.find((result) => result.id === 'topics');
}

describe('the re-verify flag of the daily check', () => {
  it('passes while every topic is younger than 180 days (the sample is verified on 2026-11-20)', async () => {
    // 2027-05-19 is day 180: not yet past the age.
    expect(await topicsCheckAt('2027-05-19T18:00:00Z')).toMatchObject({
      status: 'pass',
      code: 'verified',
      measured: 0,
      unit: 'topics',
    });
  });

  it('flags every topic from day 181, on the site’s day, not the machine’s', async () => {
    // 03:00 UTC on 20 May is still 19 May in Mexico City: not yet.
    expect(await topicsCheckAt('2027-05-20T03:00:00Z')).toMatchObject({ status: 'pass' });
    await kiosk?.close();
    kiosk = undefined;
    const late = await topicsCheckAt('2027-05-20T18:00:00Z');
    expect(late).toMatchObject({ status: 'warn', code: 'reverify', measured: 8 });
    expect(late?.detail).toContain('asylum (2026-11-20)');
    expect(late?.detail).toContain('older than 180 days');
  });

  it('follows the site’s own age and names only the stale topics', async () => {
    const result = await topicsCheckAt('2026-12-06T18:00:00Z', (file) => {
      file.reverifyAfterDays = 30;
      const topics = file.topics as { id: string; verifiedOn: string }[];
      for (const topic of topics) {
        if (topic.id === 'detention') topic.verifiedOn = '2026-10-01';
        if (topic.id === 'scams') topic.verifiedOn = '2026-11-06';
      }
    });
    // detention: 66 days; scams: exactly 30, not past; the others 16.
    expect(result).toMatchObject({ status: 'warn', code: 'reverify', measured: 1 });
    expect(result?.detail).toBe('re-verify: detention (2026-10-01); older than 30 days');
  });

  it('uses calendar days for the rule itself', () => {
    expect(isTopicStale('2026-01-01', 180, '2026-07-01')).toBe(true);
    expect(isTopicStale('2026-01-01', 180, '2026-06-30')).toBe(false);
    expect(isTopicStale('not-a-day', 180, '2026-06-29')).toBe(false);
  });
});
