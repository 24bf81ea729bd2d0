import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { LANGUAGES } from '../../main/contract/index.js';

import { expect, test } from './fixtures.js';
import { SAMPLE_CONFIG_DIR, startKioskHost, type KioskHost } from './kiosk-host.js';
import { message } from './locale-texts.js';

test.describe('a configuration that was never valid', () => {
  let configDir = '';
  let host: KioskHost | undefined;
  let goodSite = '';

  test.beforeEach(async () => {
    configDir = await mkdtemp(join(tmpdir(), 'redsafe-e2e-config-'));
    await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
    goodSite = await readFile(join(configDir, 'site.json'), 'utf8');
    // Cut in the middle: a JSON syntax error, whatever the schema of the file becomes later.
    await writeFile(join(configDir, 'site.json'), goodSite.slice(0, Math.floor(goodSite.length / 2)));
    host = await startKioskHost({ configDir });
  });

  test.afterEach(async () => {
    await host?.stop();
    await rm(configDir, { recursive: true, force: true });
  });

  test('shows "out of service" in four languages with the broken file for staff, then recovers', async ({ page }) => {
    if (host === undefined) throw new Error('no host');
    await page.goto(host.url);

    const screen = page.getByTestId('screen-out-of-service');
    await expect(screen).toBeVisible();
    for (const language of LANGUAGES) {
      await expect(screen.locator(`h1 [lang="${language}"]`)).toHaveText(message(language, 'outOfService.heading'));
    }
    const issues = page.getByTestId('config-issue');
    await expect(issues.first()).toBeVisible();
    await expect(issues.filter({ hasText: 'site.json' })).not.toHaveCount(0);

    // Repairing the file is enough: the configChanged event brings the kiosk back by itself.
    await writeFile(join(configDir, 'site.json'), goodSite);
    await expect(page.getByTestId('screen-language')).toBeVisible({ timeout: 20_000 });
  });
});
