import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from './fixtures.js';
import { SAMPLE_CONFIG_DIR, startKioskHost, type KioskHost } from './kiosk-host.js';
import { message } from './locale-texts.js';

// Someone replaces configuration files with broken ones while the kiosk is serving. Visitors must
// not notice (the last good version keeps serving); staff must see which file is wrong and why;
// and the fixed file must be taken without a restart.
test.describe('configuration replaced by invalid files while running', () => {
  let host: KioskHost | undefined;
  let configDir = '';

  test.beforeEach(async () => {
    configDir = await mkdtemp(join(tmpdir(), 'redsafe-e2e-config-'));
    await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
    host = await startKioskHost({ configDir });
  });

  test.afterEach(async () => {
    await host?.stop();
    await rm(configDir, { recursive: true, force: true });
  });

  test('the last good configuration keeps serving and staff see why', async ({ page }) => {
    if (host === undefined) throw new Error('no host');
    await page.goto(host.url);
    await page.getByTestId('language-fr').click();
    await expect(page.getByTestId('screen-home')).toBeVisible();
    await expect(page.getByTestId('operator-notice-indicator')).toHaveCount(0);

    const directoryFile = join(configDir, 'directory.json');
    const siteFile = join(configDir, 'site.json');
    const goodDirectory = await readFile(directoryFile, 'utf8');
    const site = JSON.parse(await readFile(siteFile, 'utf8')) as Record<string, unknown>;
    // A half-saved file and a value of the wrong type, as an editor or a copy gone wrong leaves them.
    await writeFile(directoryFile, goodDirectory.slice(0, goodDirectory.length / 2));
    await writeFile(siteFile, JSON.stringify({ ...site, timezone: 42 }));

    const indicator = page.getByTestId('operator-notice-indicator');
    await expect(indicator).toBeVisible();

    // The visitor still has the whole directory and the site's name.
    await page.getByTestId('tile-services').click();
    await expect(page.getByTestId('service-comar-asilo')).toBeVisible();
    await expect(page.getByTestId('screen-out-of-service')).toHaveCount(0);

    await indicator.click();
    const issues = page.getByTestId('operator-config-issues');
    await expect(issues).toContainText(message('fr', 'operator.configIssues'));
    await expect(issues.getByTestId('config-issue').filter({ hasText: 'directory.json' })).toContainText(
      message('fr', 'configIssues.json_syntax'),
    );
    await expect(issues.getByTestId('config-issue').filter({ hasText: 'site.json' })).toContainText('timezone');
    await page.getByRole('button', { name: message('fr', 'operator.close') }).click();

    // Fixed files are taken while running; the notice goes away by itself.
    await writeFile(directoryFile, goodDirectory);
    await writeFile(siteFile, JSON.stringify(site));
    await expect(indicator).toHaveCount(0);
    await expect(page.getByTestId('service-comar-asilo')).toBeVisible();
  });

  test('files that must be refused are reported to staff in their language, and visitors keep the last good ones', async ({
    page,
  }) => {
    if (host === undefined) throw new Error('no host');
    await page.goto(host.url);
    await page.getByTestId('language-ht').click();
    await expect(page.getByTestId('screen-home')).toBeVisible();

    const path = (file: string): string => join(configDir, file);
    const json = async (file: string): Promise<Record<string, unknown>> =>
      JSON.parse(await readFile(path(file), 'utf8')) as Record<string, unknown>;
    // Saved as Windows-1252 ("ANSI"): é becomes the single byte 0xE9.
    await writeFile(path('site.json'), Buffer.from(await readFile(path('site.json'), 'utf8'), 'latin1'));
    // Thousands of unclosed brackets: this once overflowed the validator's stack.
    await writeFile(path('directory.json'), `{ "services": ${'['.repeat(5000)}`);
    // A 10 MB title.
    const pathways = await json('pathways.json');
    const [pathway] = pathways.pathways as { title: Record<string, string> }[];
    if (pathway === undefined) throw new Error('the sample has no pathway');
    pathway.title.ht = 'a'.repeat(10 * 1024 * 1024);
    await writeFile(path('pathways.json'), JSON.stringify(pathways));
    // A serial port path that climbs out of /dev.
    await writeFile(
      path('printers.json'),
      JSON.stringify({
        printer: 'slips',
        printers: [{ id: 'slips', transport: { kind: 'serial', path: '/dev/../etc/shadow' } }],
      }),
    );
    // An activity role that operations.json does not have.
    const reports = await json('reports.json');
    await writeFile(
      path('reports.json'),
      JSON.stringify({ ...reports, activityRoles: { ...(reports.activityRoles as object), referrals: 'referal' } }),
    );

    const indicator = page.getByTestId('operator-notice-indicator');
    await expect(indicator).toBeVisible();
    await page.getByTestId('tile-services').click();
    await expect(page.getByTestId('service-comar-asilo')).toBeVisible();
    await expect(page.getByTestId('screen-out-of-service')).toHaveCount(0);

    await indicator.click();
    const issues = page.getByTestId('operator-config-issues').getByTestId('config-issue');
    const expected: [string, string][] = [
      ['site.json', 'configIssues.not_utf8'],
      ['directory.json', 'configIssues.too_deep'],
      ['pathways.json', 'configIssues.too_big'],
      ['printers.json', 'configIssues.invalid_value'],
      ['reports.json', 'configIssues.inconsistent'],
    ];
    for (const [file, key] of expected) {
      await expect(issues.filter({ hasText: file })).toContainText(message('ht', key));
    }
    await expect(issues.filter({ hasText: 'site.json' })).toContainText('save the file as UTF-8');
    await expect(issues.filter({ hasText: 'pathways.json' })).toContainText('at most 2000 characters');
  });
});
