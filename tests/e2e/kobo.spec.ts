import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startFakeOpenRosaServer, type FakeOpenRosaServer } from '../support/fake-openrosa-server.js';

import { LANGUAGES } from '../../main/contract/index.js';

import { KioskPage } from './fixtures.js';
import { SAMPLE_CONFIG_DIR, startKioskHost, type KioskHost } from './kiosk-host.js';
import { layoutProblems } from './layout-checks.js';
import { message } from './locale-texts.js';
import {
  expect,
  OPERATOR,
  OPERATOR_PIN,
  provisionOperator,
  provisionSupervisor,
  StaffPage,
  test as base,
} from './staff-page.js';

const COLLECTOR_TOKEN = 'e2eCollectorTokenZ9x8';

interface KoboFixtures {
  openRosa: FakeOpenRosaServer;
  koboKiosk: KioskPage;
}

/** The kiosk on its own web host, its kobo.json pointing at a fake OpenRosa server on 127.0.0.1. */
const test = base.extend<KoboFixtures>({
  // Playwright reads the fixtures a function needs from its first parameter's pattern.
  // eslint-disable-next-line no-empty-pattern
  openRosa: async ({}, use) => {
    const server = await startFakeOpenRosaServer({ collectorToken: COLLECTOR_TOKEN });
    await use(server);
    await server.close();
  },
  koboKiosk: async ({ page, openRosa }, use) => {
    const configDir = join(await mkdtemp(join(tmpdir(), 'redsafe-e2e-kobo-')), 'config');
    await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
    const kobo = JSON.parse(await readFile(join(configDir, 'kobo.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(configDir, 'kobo.json'), JSON.stringify({ ...kobo, serverUrl: openRosa.url }));
    const host: KioskHost = await startKioskHost({
      configDir,
      prepareDataDir: async (dataDir) => {
        await provisionSupervisor(dataDir);
        await provisionOperator(dataDir);
      },
    });
    await use(new KioskPage(page, host));
    await host.stop();
    await rm(join(configDir, '..'), { recursive: true, force: true });
  },
});

test.describe('KoboToolbox screen', () => {
  test('a supervisor enters the credential, queues last month, sees a captive portal, retries', async ({
    koboKiosk: kiosk,
    openRosa,
    page,
  }) => {
    const staff = new StaffPage(page);
    await kiosk.open();
    await staff.longPressCorner();
    await staff.signIn();
    await page.getByTestId('staff-open-kobo').click();
    await expect(staff.screen('kobo')).toBeVisible();
    await expect(page.getByTestId('kobo-credential')).toHaveText(message('es', 'kobo.credential.none'));
    await expect(page.getByTestId('kobo-waiting')).toBeVisible();
    await expect(page.getByTestId('kobo-empty')).toBeVisible();

    // The credential is typed once and only its end comes back.
    await page.getByTestId('kobo-credential-change').click();
    await expect(page.getByTestId('kobo-credential-secret')).toHaveAttribute('type', 'password');
    await page.getByTestId('kobo-credential-secret').fill(COLLECTOR_TOKEN);
    await page.getByTestId('kobo-credential-save').click();
    await expect(page.getByTestId('kobo-notice')).toHaveText(message('es', 'kobo.credential.saved'));
    await expect(page.getByTestId('kobo-credential')).toHaveText('••••Z9x8');
    await expect(page.getByTestId('kobo-waiting')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText(COLLECTOR_TOKEN);

    // Behind a captive portal the attempt fails, and the screen says why in the supervisor's language.
    openRosa.mode = 'captive-portal';
    await page.getByTestId('kobo-queue').click();
    await expect(page.getByTestId('kobo-notice')).toHaveAttribute('data-kind', 'queued');
    const row = page.getByTestId('kobo-submission');
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute('data-problem', 'captive_portal');
    await expect(row).toHaveAttribute('data-state', 'pending');
    await expect(row.getByTestId('kobo-submission-state')).toHaveText(message('es', 'kobo.states.pending'));
    await expect(row.getByTestId('kobo-submission-answer')).toHaveText(message('es', 'kobo.problems.captive_portal'));
    await page.getByTestId('language-ht').click();
    await expect(row.getByTestId('kobo-submission-answer')).toHaveText(message('ht', 'kobo.problems.captive_portal'));

    // Back on the real network, "retry now" sends the same instance, and it is accepted.
    const instanceId = await row.getAttribute('data-instance');
    openRosa.mode = 'accept';
    await page.getByTestId('kobo-retry').click();
    await expect(row).toHaveAttribute('data-state', 'sent');
    await expect(row.getByTestId('kobo-submission-state')).toHaveText(message('ht', 'kobo.states.sent'));
    expect(openRosa.stored.map((s) => s.instanceId)).toEqual([instanceId]);

    // The same figures again: nothing new is queued.
    await page.getByTestId('kobo-queue').click();
    await expect(page.getByTestId('kobo-notice')).toHaveAttribute('data-kind', 'unchanged');
    await expect(row).toHaveCount(1);
  });

  test('operators do not see it', async ({ koboKiosk: kiosk, page }) => {
    const staff = new StaffPage(page);
    await kiosk.open();
    await staff.longPressCorner();
    await staff.signIn(OPERATOR, OPERATOR_PIN);
    await expect(page.getByTestId('staff-role')).toHaveText(message('es', 'staff.roles.operator'));
    await expect(page.getByTestId('staff-open-activity')).toBeVisible();
    await expect(page.getByTestId('staff-open-kobo')).toHaveCount(0);
  });

  for (const language of LANGUAGES) {
    test(`fits at 1920 × 1080 in ${language}, with a failed attempt and the credential form`, async ({
      koboKiosk: kiosk,
      openRosa,
      page,
    }) => {
      const staff = new StaffPage(page);
      await kiosk.open();
      await staff.pressChord();
      await staff.signIn();
      await page.getByTestId(`language-${language}`).click();
      await page.getByTestId('staff-open-kobo').click();
      await page.getByTestId('kobo-credential-change').click();
      await page.getByTestId('kobo-credential-secret').fill(COLLECTOR_TOKEN);
      await page.getByTestId('kobo-credential-save').click();
      openRosa.mode = 'too-large';
      await page.getByTestId('kobo-queue').click();
      await expect(page.getByTestId('kobo-submission')).toHaveAttribute('data-state', 'failed');
      await expect(page.getByTestId('kobo-submission-answer')).toHaveText(message(language, 'kobo.problems.too_large'));
      expect(await layoutProblems(page), `kobo-${language}`).toEqual([]);
      await page.getByTestId('kobo-credential-change').click();
      await expect(page.getByTestId('kobo-credential-form')).toBeVisible();
      expect(await layoutProblems(page), `kobo-${language}-credential`).toEqual([]);
    });
  }
});
