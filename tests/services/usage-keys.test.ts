// recordUsage files counts under the kiosk's own ids only: a free-text key is refused, logged
// without its content, and never reaches an export.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';

import type { CliIo } from '../../main/cli/cli-io.js';
import { runKioskctl } from '../../main/cli/kioskctl.js';
import { SERVICE_CATEGORIES, isKnownUsageKey, isoDay } from '../../main/contract/index.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { SCREEN_NAMES, usageForRoute, type Route } from '../../renderer/src/navigation/routes.js';

import { SAMPLE_CONFIG_DIR, tempDir } from './temp-dirs.js';

let services: KioskServices | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

const routeOf = (screen: (typeof SCREEN_NAMES)[number]): Route =>
  screen === 'service'
    ? { screen, serviceId: 'any' }
    : screen === 'topic'
      ? { screen, topicId: 'detention' }
      : { screen };

describe('usage keys', () => {
  it('accept every key the screens count', () => {
    for (const screen of SCREEN_NAMES)
      for (const category of SERVICE_CATEGORIES) {
        const usage = usageForRoute(routeOf(screen), () => category);
        if (usage !== null) expect(isKnownUsageKey(usage.metric, usage.key), `${screen} ${category}`).toBe(true);
      }
  });

  it('refuse a free-text key, log it without its content, and keep it out of the exports', async () => {
    const dataDir = await tempDir('kiosk-usage-keys-');
    const logger = createMemoryLogger();
    services = await createKioskServices({
      configDir: SAMPLE_CONFIG_DIR,
      dataDir,
      appVersion: '0.0.0-test',
      hostKind: 'web',
      logger,
      watchConfig: false,
    });
    expect(
      await services.dispatch('recordUsage', { metric: 'topic_opened', key: 'maria-lopez-tapachula' }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(await services.dispatch('recordUsage', { metric: 'topic_opened', key: 'privacy' })).toMatchObject({
      ok: true,
    });
    const logged = JSON.stringify(logger.lines);
    expect(logged).toContain('bad_request');
    expect(logged).not.toContain('tapachula');
    await services.close();
    services = undefined;

    const today = isoDay(new Date(), 'America/Mexico_City');
    const out = join(dataDir, 'report.zip');
    const lines: string[] = [];
    const io: CliIo = { out: (line) => lines.push(line), err: (line) => lines.push(line), env: {} };
    const args = ['report', '--from', today, '--to', today, '--format', 'csv', '--out', out];
    expect(await runKioskctl([...args, '--config', SAMPLE_CONFIG_DIR, '--data', dataDir], io), lines.join('\n')).toBe(
      0,
    );
    const files = unzipSync(await readFile(out));
    const text = Object.values(files)
      .map((bytes) => strFromU8(bytes))
      .join('\n');
    expect(text).toContain('privacy');
    expect(text).not.toContain('tapachula');
  });
});
