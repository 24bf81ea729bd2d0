import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { ConfigStatus, SiteView } from '../../../main/contract/index.js';
import { fixedClock } from '../../../main/services/clock.js';
import { createConfigService } from '../../../main/services/config/index.js';
import { createKioskServices, type KioskServices } from '../../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../../main/services/logger.js';
import { nextEvent, readJson, sampleConfigCopy, tempDir, writeJson } from '../temp-dirs.js';

const NOW = new Date('2026-11-22T17:00:00Z');

/** Saves the way many editors do: write a temporary file, then rename it over the original. */
async function replaceByRename(file: string, text: string): Promise<void> {
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}

async function siteConfig(services: KioskServices): Promise<SiteView> {
  const result = await services.dispatch('getSiteConfig', {});
  if (!result.ok) throw new Error(`getSiteConfig failed: ${result.error.code}`);
  return result.value as SiteView;
}

async function configStatus(services: KioskServices): Promise<ConfigStatus> {
  const result = await services.dispatch('getConfigStatus', {});
  if (!result.ok) throw new Error(`getConfigStatus failed: ${result.error.code}`);
  return result.value as ConfigStatus;
}

async function startWatching(configDir: string): Promise<KioskServices> {
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

describe('configuration watching', () => {
  it('keeps the last good site.json when it is replaced by an invalid one, and takes the fix', async () => {
    const configDir = await sampleConfigCopy();
    const siteFile = join(configDir, 'site.json');
    const services = await startWatching(configDir);
    expect(await configStatus(services)).toEqual({ state: 'ok', loadedAt: NOW.toISOString(), issues: [] });

    const degraded = nextEvent(services.events, 'configChanged', (event) => event.status.state === 'degraded');
    const broken = await readJson(siteFile);
    broken.idleTimeoutSeconds = 'ninety';
    await replaceByRename(siteFile, JSON.stringify(broken));
    const event = await degraded;
    expect(event.status.issues).toEqual([
      {
        file: 'site.json',
        path: 'idleTimeoutSeconds',
        code: 'wrong_type',
        message: 'expected number, got the text "ninety"',
      },
    ]);
    expect(await configStatus(services)).toEqual(event.status);
    // The kiosk keeps serving the last valid site.json.
    expect(await siteConfig(services)).toMatchObject({ idleTimeoutSeconds: 90, id: 'par-centro-ejemplo' });

    const fixed = nextEvent(services.events, 'configChanged', (e) => e.status.state === 'ok');
    broken.idleTimeoutSeconds = 120;
    await replaceByRename(siteFile, JSON.stringify(broken));
    expect((await fixed).status.issues).toEqual([]);
    expect((await siteConfig(services)).idleTimeoutSeconds).toBe(120);
    await services.close();
  });

  it('keeps the last good directory when directory.json is written over with a syntax error', async () => {
    const dir = await sampleConfigCopy();
    let onDegraded: (status: ConfigStatus) => void = () => undefined;
    const changed = new Promise<ConfigStatus>((resolve) => {
      onDegraded = resolve;
    });
    const config = await createConfigService({
      dir,
      clock: fixedClock(NOW),
      logger: createMemoryLogger(),
      watch: true,
      debounceMs: 20,
      onChange: (status) => {
        if (status.state === 'degraded') onDegraded(status);
      },
    });
    const before = config.directory().services.length;
    expect(before).toBeGreaterThan(0);
    await writeFile(join(dir, 'directory.json'), '{ "services": [ ');
    const status = await changed;
    expect(status.issues).toMatchObject([{ file: 'directory.json', path: '', code: 'json_syntax' }]);
    expect(config.directory().services).toHaveLength(before);
    expect(config.site()?.id).toBe('par-centro-ejemplo');
    config.close();
  });
});

describe('configuration that was never valid', () => {
  it('runs with an empty directory (degraded) when directory.json has never been valid', async () => {
    const dir = await sampleConfigCopy();
    await rm(join(dir, 'directory.json'));
    const config = await createConfigService({
      dir,
      clock: fixedClock(NOW),
      logger: createMemoryLogger(),
      watch: false,
      onChange: () => undefined,
    });
    expect(config.status()).toMatchObject({
      state: 'degraded',
      loadedAt: null,
      issues: [{ file: 'directory.json', code: 'file_missing' }],
    });
    expect(config.directory()).toEqual({ services: [] });
    expect(config.site()?.timezone).toBe('America/Mexico_City');
    config.close();
  });

  it('is unavailable while site.json has never been valid, and recovers when it is fixed', async () => {
    const configDir = await sampleConfigCopy();
    const siteFile = join(configDir, 'site.json');
    const good = await readJson(siteFile);
    await writeJson(siteFile, { ...good, timezone: 'Mars/Olympus_Mons' });
    const services = await startWatching(configDir);

    expect(await configStatus(services)).toMatchObject({
      state: 'unavailable',
      loadedAt: null,
      issues: [{ file: 'site.json', path: 'timezone', code: 'invalid_value' }],
    });
    expect(await services.dispatch('getSiteConfig', {})).toMatchObject({
      ok: false,
      error: { code: 'CONFIG_UNAVAILABLE' },
    });
    expect(await services.dispatch('recordUsage', { metric: 'session_started' })).toMatchObject({
      ok: false,
      error: { code: 'CONFIG_UNAVAILABLE' },
    });
    expect(await services.dispatch('getKioskInfo', {})).toMatchObject({
      ok: true,
      value: { site: null, today: '2026-11-22', database: { state: 'ok' } },
    });

    const ok = nextEvent(services.events, 'configChanged', (event) => event.status.state === 'ok');
    await replaceByRename(siteFile, JSON.stringify(good));
    expect((await ok).status).toEqual({ state: 'ok', loadedAt: NOW.toISOString(), issues: [] });
    expect((await siteConfig(services)).id).toBe('par-centro-ejemplo');
    await services.close();
  });
});
