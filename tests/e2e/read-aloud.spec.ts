import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { silentWav } from '../support/silent-wav.js';

import { expect, test } from './fixtures.js';
import { SAMPLE_CONFIG_DIR, startKioskHost, type KioskHost } from './kiosk-host.js';

/**
 * Recorded clips from kiosk-config/audio/<lang>/<message id>.wav: the speaker button appears where
 * the site has a clip for every part of the screen's text, plays them, and stays hidden in a
 * language without clips (headless Chromium has no system voice to fall back on).
 */
test.describe('read-aloud with recorded clips', () => {
  let host: KioskHost;
  let configDir: string;

  test.beforeAll(async () => {
    configDir = join(await mkdtemp(join(tmpdir(), 'kiosk-clips-')), 'config');
    await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
    await mkdir(join(configDir, 'audio', 'es'), { recursive: true });
    for (const id of ['privacy.keeps', 'privacy.slips']) {
      await writeFile(join(configDir, 'audio', 'es', `${id}.wav`), silentWav(0.3));
    }
    host = await startKioskHost({ configDir });
  });

  test.afterAll(async () => {
    await host.stop();
    await rm(join(configDir, '..'), { recursive: true, force: true });
  });

  test('plays the clips in Spanish and offers no button in Kreyòl', async ({ page }) => {
    const clipRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/getAudioClip')) clipRequests.push(request.postData() ?? '');
    });
    await page.goto(host.url);
    await page.getByTestId('language-es').click();
    await page.getByTestId('tile-privacy').click();

    const speaker = page.getByTestId('read-aloud');
    await expect(speaker).toHaveAttribute('data-source', 'clips');
    await expect(speaker).toHaveAttribute('aria-pressed', 'false');
    await speaker.click();
    await expect(speaker).toHaveAttribute('aria-pressed', 'true');
    // Both clips are fetched through the contract and played one after the other, then it stops.
    await expect(speaker).toHaveAttribute('aria-pressed', 'false', { timeout: 10_000 });
    expect(clipRequests.map((body) => (JSON.parse(body) as { messageId: string }).messageId)).toEqual([
      'privacy.keeps',
      'privacy.slips',
    ]);

    await page.getByTestId('language-switch').click();
    await page.getByTestId('language-ht').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ht');
    await expect(page.getByTestId('read-aloud')).toHaveCount(0);
  });
});
