import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { LANGUAGES, type ServiceEntry } from '../../main/contract/index.js';
import { startCentralSource, type CentralSourceServer } from '../directory/central-source-server.js';

import { KioskPage } from './fixtures.js';
import { layoutProblems } from './layout-checks.js';
import { SAMPLE_CONFIG_DIR, startKioskHost } from './kiosk-host.js';
import { message } from './locale-texts.js';
import { SHAPES } from './walk-screens.js';
import { expect, provisionSupervisor, test as base } from './staff-page.js';

interface CentralKiosk extends KioskPage {
  readonly source: CentralSourceServer;
  readonly shared: readonly ServiceEntry[];
}

/**
 * A kiosk whose directory.json names a shared source on 127.0.0.1 and holds no entry of its own.
 * Pathways and topics name sample services that only the shared copy has, so they are left out.
 */
const test = base.extend<{ centralKiosk: CentralKiosk }>({
  centralKiosk: async ({ page }, use) => {
    const source = await startCentralSource();
    const configDir = await mkdtemp(join(tmpdir(), 'redsafe-e2e-directory-central-'));
    await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
    await rm(join(configDir, 'pathways.json'));
    await rm(join(configDir, 'topics.json'));
    const file = join(configDir, 'directory.json');
    const sample = (JSON.parse(await readFile(file, 'utf8')) as { services: ServiceEntry[] }).services;
    await writeFile(
      file,
      JSON.stringify({ central: { url: source.url, format: 'kiosk', timeoutSeconds: 2 }, services: [] }, null, 2),
    );
    const host = await startKioskHost({ configDir, prepareDataDir: provisionSupervisor });
    await use(Object.assign(new KioskPage(page, host), { source, shared: sample.slice(0, 6) }));
    await host.stop();
    await source.close();
    await rm(configDir, { recursive: true, force: true });
  },
});

const rows = '[data-testid^="directory-row-"]';

test('a supervisor checks the shared directory now; visitors get it; a source down keeps the copy and says why', async ({
  centralKiosk: kiosk,
  staff,
  page,
}) => {
  kiosk.source.reply({ kind: 'document', body: JSON.stringify({ services: kiosk.shared }), etag: '"v1"' });
  await kiosk.open();
  await staff.pressChord();
  await staff.signIn();
  await page.getByTestId('language-es').click();
  await page.getByTestId('staff-open-directory').click();
  await expect(page.getByTestId('directory-central-synced')).toHaveText(
    message('es', 'directoryAdmin.central.neverSynced'),
  );
  await expect(page.locator(rows)).toHaveCount(0);

  await page.getByTestId('directory-central-sync').click();
  await expect(page.getByTestId('directory-central')).toHaveAttribute('data-outcome', 'changed');
  await expect(page.getByTestId('directory-central-outcome')).toHaveText(
    message('es', 'directoryAdmin.central.outcome.changed'),
  );
  await expect(page.locator(rows)).toHaveCount(6);

  kiosk.source.reply({ kind: 'status', status: 503 });
  await page.getByTestId('directory-central-sync').click();
  await expect(page.getByTestId('directory-central')).toHaveAttribute('data-outcome', 'source_down');
  await expect(page.getByTestId('directory-central-outcome')).toHaveText(
    `${message('es', 'directoryAdmin.central.outcome.source_down')} ${message('es', 'directoryAdmin.central.reason.http_status').replace('{{detail}}', '503')}`,
  );
  await expect(page.locator(rows)).toHaveCount(6);
  // The If-None-Match of the second request is the first answer's ETag.
  expect(kiosk.source.requests).toEqual([null, '"v1"']);

  const first = kiosk.shared[0];
  if (first === undefined) throw new Error('no shared entry');
  await kiosk.open();
  await kiosk.chooseLanguage('en');
  await kiosk.openService(first.id);
  await expect(kiosk.heading()).toContainText(first.name.en);
});

for (const shape of SHAPES) {
  test.describe(`shared directory block ${shape.name}`, () => {
    test.use({ viewport: shape.viewport });
    test('fits in every language, with a refusal shown', async ({ centralKiosk: kiosk, staff, page }) => {
      kiosk.source.reply({ kind: 'document', body: '{"services": [' });
      await kiosk.open();
      await staff.pressChord();
      await staff.signIn();
      await page.getByTestId('staff-open-directory').click();
      await page.getByTestId('directory-central-sync').click();
      await expect(page.getByTestId('directory-central')).toHaveAttribute('data-outcome', 'invalid');
      for (const language of LANGUAGES) {
        await page.getByTestId(`language-${language}`).click();
        await expect(page.getByTestId('directory-central-outcome')).toContainText(
          message(language, 'directoryAdmin.central.reason.not_json'),
        );
        expect(await layoutProblems(page), `shared directory block in ${language}`).toEqual([]);
      }
    });
  });
}
