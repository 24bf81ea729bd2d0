import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { ConfigStatus, KioskEvent } from '../../../main/contract/index.js';
import { fixedClock } from '../../../main/services/clock.js';
import { createConfigService } from '../../../main/services/config/index.js';
import { createKioskServices, type KioskServices } from '../../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../../main/services/logger.js';
import { nextEvent, readJson, sampleConfigCopy, tempDir, writeJson } from '../temp-dirs.js';

import { saveAsWindows1252, UNCLOSED_BRACKETS } from './hostile-files.js';

const NOW = new Date('2026-11-22T17:00:00Z');

async function start(configDir: string): Promise<KioskServices> {
  return createKioskServices({
    configDir,
    dataDir: await tempDir('kiosk-data-'),
    appVersion: '1.2.3',
    hostKind: 'web',
    clock: fixedClock(NOW),
    logger: createMemoryLogger(),
    watchConfig: true,
  });
}

async function value(services: KioskServices, method: 'getConfigStatus' | 'getSiteConfig'): Promise<unknown> {
  const result = await services.dispatch(method, {});
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.value;
}

const degraded = (services: KioskServices): Promise<Extract<KioskEvent, { type: 'configChanged' }>> =>
  nextEvent(services.events, 'configChanged', (event) => event.status.state === 'degraded');

describe('a file that turns invalid while the kiosk runs is reported, and the last good one serves', () => {
  it('site.json re-saved as Windows-1252', async () => {
    const dir = await sampleConfigCopy();
    const services = await start(dir);
    expect(await value(services, 'getConfigStatus')).toMatchObject({ state: 'ok' });
    const changed = degraded(services);
    await saveAsWindows1252(dir, 'site.json');
    const status = (await changed).status;
    expect(status.issues).toMatchObject([{ file: 'site.json', path: '', code: 'not_utf8' }]);
    expect(await value(services, 'getConfigStatus')).toEqual(status);
    expect(await value(services, 'getSiteConfig')).toMatchObject({ city: 'Ciudad de México' });
    await services.close();
  });

  it('directory.json written over with 5,000 unclosed brackets', async () => {
    const dir = await sampleConfigCopy();
    const services = await start(dir);
    const changed = degraded(services);
    await writeFile(join(dir, 'directory.json'), UNCLOSED_BRACKETS);
    const status: ConfigStatus = (await changed).status;
    expect(status.issues).toMatchObject([{ file: 'directory.json', path: '', code: 'too_deep' }]);
    const directory = await services.dispatch('getDirectory', {});
    expect(directory.ok && (directory.value as { services: unknown[] }).services.length).toBeGreaterThan(0);
    await services.close();
  });
});

describe('reports.json activity roles checked against operations.json while running', () => {
  it('reports a typo, keeps the last good roles, and clears when operations.json gains the type', async () => {
    const dir = await sampleConfigCopy();
    const waiting: { accept: (status: ConfigStatus) => boolean; resolve: (status: ConfigStatus) => void }[] = [];
    const when = (accept: (status: ConfigStatus) => boolean): Promise<ConfigStatus> =>
      new Promise((resolve) => waiting.push({ accept, resolve }));
    const config = await createConfigService({
      dir,
      clock: fixedClock(NOW),
      logger: createMemoryLogger(),
      watch: true,
      debounceMs: 20,
      onChange: (status) => {
        for (const waiter of waiting.splice(0)) {
          if (waiter.accept(status)) waiter.resolve(status);
          else waiting.push(waiter);
        }
      },
    });
    expect(config.status().state).toBe('ok');
    const reportsPath = join(dir, 'reports.json');
    const reports = await readJson(reportsPath);
    const changed = when((status) => status.state === 'degraded');
    await writeJson(reportsPath, {
      ...reports,
      activityRoles: { ...(reports.activityRoles as object), referrals: 'referal' },
    });
    expect((await changed).issues).toEqual([
      {
        file: 'reports.json',
        path: 'activityRoles.referrals',
        code: 'inconsistent',
        message: 'unknown activity type "referal" (not in operations.json activityTypes)',
      },
    ]);
    expect(config.reports().activityRoles.referrals).toBe('referral');

    // The same file becomes right when operations.json starts recording that type.
    const operationsPath = join(dir, 'operations.json');
    const operations = await readJson(operationsPath);
    const types = operations.activityTypes as { id: string }[];
    const referral = types.find((type) => type.id === 'referral');
    if (referral === undefined) throw new Error('the sample operations.json has no "referral" type');
    const ok = when((status) => status.state === 'ok');
    await writeJson(operationsPath, { ...operations, activityTypes: [...types, { ...referral, id: 'referal' }] });
    await ok;
    expect(config.reports().activityRoles.referrals).toBe('referal');
    config.close();
  });
});

describe('activity roles while operations.json is itself invalid', () => {
  it('are checked against the operations that still serve', async () => {
    const dir = await sampleConfigCopy();
    const services = await start(dir);
    const reports = await readJson(join(dir, 'reports.json'));
    const changed = nextEvent(services.events, 'configChanged', (event) =>
      event.status.issues.some((issue) => issue.file === 'reports.json'),
    );
    await writeFile(join(dir, 'operations.json'), '{ "activityTypes": [');
    await writeJson(join(dir, 'reports.json'), {
      ...reports,
      activityRoles: { ...(reports.activityRoles as object), informed: 'informd' },
    });
    expect((await changed).status.issues).toMatchObject([
      { file: 'operations.json', code: 'json_syntax' },
      { file: 'reports.json', path: 'activityRoles.informed', code: 'inconsistent' },
    ]);
    await services.close();
  });
});

describe('a file that is invalid at start', () => {
  it('names site.json when it is too deep, instead of an empty problem list', async () => {
    const dir = await sampleConfigCopy();
    await writeFile(join(dir, 'site.json'), UNCLOSED_BRACKETS);
    const services = await start(dir);
    expect(await value(services, 'getConfigStatus')).toMatchObject({
      state: 'unavailable',
      issues: [{ file: 'site.json', code: 'too_deep' }],
    });
    await services.close();
  });
});
