import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from './fixtures.js';
import { SAMPLE_CONFIG_DIR, startKioskHost, type KioskHost } from './kiosk-host.js';

const NAME = '<img src=x onerror="window.__pwned=1">Albergue <b>seguro</b>';
const DESCRIPTION = '<script>window.__pwned=2</script><b>Negrita</b> & <i>cursiva</i>';

/** Texts from the configuration are shown as text: markup in a name or description does nothing. */
test.describe('markup in the configuration', () => {
  let host: KioskHost;
  let configDir: string;

  test.beforeAll(async () => {
    configDir = join(await mkdtemp(join(tmpdir(), 'kiosk-markup-')), 'config');
    await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
    const file = join(configDir, 'directory.json');
    const directory = JSON.parse(await readFile(file, 'utf8')) as {
      services: { id: string; name: Record<string, string>; description: Record<string, string> }[];
    };
    const first = directory.services[0];
    if (first === undefined) throw new Error('the sample directory is empty');
    first.name = { es: NAME, en: NAME, fr: NAME, ht: NAME };
    first.description = { es: DESCRIPTION, en: DESCRIPTION, fr: DESCRIPTION, ht: DESCRIPTION };
    await writeFile(file, JSON.stringify(directory));
    host = await startKioskHost({ configDir });
  });

  test.afterAll(async () => {
    await host.stop();
    await rm(join(configDir, '..'), { recursive: true, force: true });
  });

  test('stays inert text in the list and on the detail page', async ({ page }) => {
    await page.goto(host.url);
    await page.getByTestId('language-es').click();
    await page.getByTestId('tile-services').click();
    const card = page.getByTestId('service-comar-asilo');
    await expect(card.getByTestId('service-name')).toHaveText(NAME);
    await card.click();
    await expect(page.getByTestId('screen-heading')).toHaveText(NAME);
    await expect(page.getByTestId('detail-description')).toHaveText(DESCRIPTION);
    await expect(page.locator('main img, main b, main i, main script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as Window & { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
