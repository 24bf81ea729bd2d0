import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Page, TestInfo } from '@playwright/test';

import { LANGUAGES, type Language } from '../../main/contract/index.js';

import { KioskPage } from './fixtures.js';
import { SAMPLE_CONFIG_DIR, startKioskHost } from './kiosk-host.js';
import { layoutProblems, untranslatedTexts } from './layout-checks.js';
import { expect, GOOD_PIN, OPERATOR_PIN, provisionSupervisor, StaffPage, test } from './staff-page.js';
import { SHAPES } from './walk-screens.js';

async function check(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const shot = await page.screenshot();
  await testInfo.attach(name, { body: shot, contentType: 'image/png' });
  const dir = process.env.KIOSK_SHOTS_DIR;
  if (dir !== undefined && dir !== '') {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${name}.png`), shot);
  }
  expect(await layoutProblems(page), name).toEqual([]);
}

/** Any 12 digits but the right ones. */
function wrongCodeFor(code: string): string {
  return code.slice(0, 11) + String((Number(code.slice(11)) + 1) % 10);
}

/**
 * Every staff screen, with the longest content it can have: first-run setup with a wrong code, a
 * referral's categories, a full list, the staff accounts and their forms, the names to pick from.
 */
async function walkStaffScreens(
  staff: StaffPage,
  code: string,
  withActivity: boolean,
  onScreen: (name: string) => Promise<void>,
): Promise<void> {
  const { page } = staff;
  await expect(staff.screen('setup')).toBeVisible();
  await onScreen('setup-code');
  await staff.typePin(wrongCodeFor(code));
  await page.getByTestId('key-m').click();
  await onScreen('setup-name');
  await staff.typeName('Marie Josephine');
  await onScreen('setup-pin');
  await staff.typePin(GOOD_PIN);
  await staff.typePin(GOOD_PIN);
  await expect(page.getByTestId('setup-wrong-code')).toBeVisible();
  await onScreen('setup-wrong-code');
  await staff.typePin(code);
  await staff.typePin(GOOD_PIN);
  await staff.typePin(GOOD_PIN);
  await expect(staff.screen('home')).toBeVisible();
  await onScreen('home');
  if (withActivity) await walkActivityScreens(staff, onScreen);
  await page.getByTestId('staff-open-staff-accounts').click();
  await expect(page.getByTestId('staff-account')).toHaveCount(1);
  await onScreen('staff-accounts');
  await page.getByTestId('staff-account-new').click();
  await onScreen('staff-account-add');
  await staff.typeName('Jean Baptiste');
  await onScreen('staff-account-pin');
  await staff.typePin(OPERATOR_PIN);
  await staff.typePin(OPERATOR_PIN);
  await expect(page.getByTestId('staff-accounts-done')).toBeVisible();
  await onScreen('staff-accounts-added');
  await page
    .locator('[data-testid="staff-account"][data-name="Jean Baptiste"]')
    .getByTestId('staff-account-toggle')
    .click();
  await onScreen('staff-account-disable');
  await page.getByTestId('staff-account-cancel').click();
  await page.getByTestId('staff-back').click();
  await page.getByTestId('staff-open-audit').click();
  await expect(page.getByTestId('audit-event').first()).toBeVisible();
  await onScreen('audit');
  await staff.lock();
  await staff.pressChord();
  await expect(page.getByTestId('staff-account-choice')).toHaveCount(2);
  await onScreen('pin-names');
  await staff.chooseName('Jean Baptiste');
  await staff.typePin('000000');
  await expect(page.getByTestId('pin-wrong')).toBeVisible();
  await onScreen('pin-wrong');
  for (let i = 0; i < 4; i++) await staff.typePin('000000');
  await expect(page.getByTestId('pin-locked')).toBeVisible();
  await onScreen('pin-locked');
  await page.getByTestId('pin-other-name').click();
  await expect(page.getByTestId('staff-account-locked')).toBeVisible();
  await onScreen('pin-names-locked');
}

async function walkActivityScreens(staff: StaffPage, onScreen: (name: string) => Promise<void>): Promise<void> {
  const { page } = staff;
  await page.getByTestId('staff-open-activity').click();
  await expect(page.getByTestId('activity-none')).toBeVisible();
  await page.getByTestId('activity-new').click();
  await page.getByTestId('activity-type-referral').click();
  await page.getByTestId('activity-category-trafficking-violence').click();
  await staff.add('female', '12-17', 2);
  await onScreen('activity-form');
  await page.getByTestId('activity-save').click();
  await expect(page.getByTestId('activity-entry')).toHaveCount(1);
  await onScreen('activity-list');
  await page.getByTestId('activity-delete').click();
  await onScreen('activity-delete-confirm');
  await page.getByTestId('staff-back').click();
}

/** Lock returns to the site's language; staff choose theirs again. */
async function inLanguage(page: Page, language: Language): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) !== language) {
    await page.getByTestId(`language-${language}`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
  }
}

for (const shape of SHAPES) {
  test.describe(`staff screens ${shape.name} ${shape.viewport.width} × ${shape.viewport.height}`, () => {
    test.use({ viewport: shape.viewport });
    // Setup, the activity log, the staff accounts and the audit log in one walk: longer than most.
    test.setTimeout(120_000);

    for (const language of LANGUAGES) {
      test(`fit in ${language}`, async ({ firstRunKiosk: kiosk, staff, page }, testInfo) => {
        const code = await kiosk.setupCode();
        await kiosk.open();
        await staff.pressChord();
        // The activity log's count grid is laid out for the landscape screen only, so far.
        await walkStaffScreens(staff, code, shape.name === 'landscape', async (name) => {
          await inLanguage(page, language);
          await check(page, testInfo, `staff-${shape.name}-${language}-${name}`);
        });
      });
    }

    test('the administrator screen fits in every language', async ({ page }, testInfo) => {
      const host = await startKioskHost({
        configDir: SAMPLE_CONFIG_DIR,
        prepareDataDir: async (dataDir) => {
          await provisionSupervisor(dataDir);
          await writeFile(join(dataDir, 'staff.json'), '{ not json');
        },
      });
      try {
        const staff = new StaffPage(page);
        await new KioskPage(page, host).open();
        await staff.pressChord();
        await expect(staff.screen('needs-administrator')).toBeVisible();
        for (const language of LANGUAGES) {
          await inLanguage(page, language);
          await check(page, testInfo, `staff-${shape.name}-${language}-needs-administrator`);
        }
      } finally {
        await host.stop();
      }
    });
  });
}

test('the staff access screens have no hard-coded text (pseudo-locale)', async ({
  firstRunKiosk: kiosk,
  staff,
  page,
}) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    (window as Window & { __KIOSK_PSEUDO_LOCALE__?: boolean }).__KIOSK_PSEUDO_LOCALE__ = true;
  });
  const code = await kiosk.setupCode();
  await kiosk.open();
  await staff.pressChord();
  await walkStaffScreens(staff, code, false, async (name) => {
    // The run proves nothing unless the pseudo-locale is really on.
    await expect(page.locator('body')).toContainText('[!! ');
    expect(await untranslatedTexts(page), `untranslated text on ${name}`).toEqual([]);
  });
});
