import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { expect, test } from './fixtures.js';
import { SAMPLE_CONFIG_DIR, startKioskHost, type KioskHost } from './kiosk-host.js';
import { message } from './locale-texts.js';

/** The database file the services keep in their data folder. */
const DATABASE_FILE = 'kiosk.sqlite';

test.describe('a database that had to be recovered', () => {
  let host: KioskHost | undefined;

  test.beforeEach(async () => {
    host = await startKioskHost({
      configDir: SAMPLE_CONFIG_DIR,
      prepareDataDir: (dataDir) => writeFile(join(dataDir, DATABASE_FILE), 'not a database '.repeat(1_000)),
    });
  });

  test.afterEach(async () => {
    await host?.stop();
  });

  test('shows a quiet staff indicator that opens the notice, while the kiosk keeps serving', async ({ page }) => {
    if (host === undefined) throw new Error('no host');
    await page.goto(host.url);
    await page.getByTestId('language-en').click();
    await expect(page.getByTestId('screen-home')).toBeVisible();

    const indicator = page.getByTestId('operator-notice-indicator');
    await expect(indicator).toHaveText(message('en', 'operator.indicator'));
    await indicator.click();

    const details = page.getByTestId('operator-notice-details');
    await expect(details).toBeVisible();
    await expect(details.getByTestId('operator-notice')).toContainText(
      message('en', 'operator.notices.corrupt_moved_aside'),
    );
    await details.getByRole('button', { name: message('en', 'operator.close') }).click();
    await expect(details).toHaveCount(0);
    await expect(page.getByTestId('screen-home')).toBeVisible();
  });
});
