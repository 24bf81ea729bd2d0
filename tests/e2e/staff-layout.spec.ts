import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Page, TestInfo } from '@playwright/test';

import { LANGUAGES } from '../../main/contract/index.js';

import { layoutProblems } from './layout-checks.js';
import { expect, GOOD_PIN, test, type StaffPage } from './staff-page.js';

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

/** Every staff screen, with the longest content it can have: a referral's categories, a full list. */
async function walkStaffScreens(staff: StaffPage, onScreen: (name: string) => Promise<void>): Promise<void> {
  const { page } = staff;
  await staff.setUp(GOOD_PIN);
  await onScreen('home');
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
  await page.getByTestId('staff-open-set-pin').click();
  await onScreen('set-pin');
  await page.getByTestId('staff-back').click();
  await page.getByTestId('staff-open-audit').click();
  await expect(page.getByTestId('audit-event').first()).toBeVisible();
  await onScreen('audit');
  await staff.lock();
  await staff.pressChord();
  await staff.typePin('000000');
  await expect(page.getByTestId('pin-wrong')).toBeVisible();
  await onScreen('pin-wrong');
}

for (const language of LANGUAGES) {
  test(`staff screens fit at 1920 × 1080 in ${language}`, async ({ freshKiosk: kiosk, staff, page }, testInfo) => {
    await kiosk.openAttract();
    await staff.pressChord();
    await page.getByTestId(`language-${language}`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(staff.screen('setup')).toBeVisible();
    await check(page, testInfo, `staff-${language}-setup`);
    await walkStaffScreens(staff, async (name) => {
      // Lock returns to the site's language; staff choose theirs again.
      if ((await page.locator('html').getAttribute('lang')) !== language) {
        await page.getByTestId(`language-${language}`).click();
        await expect(page.locator('html')).toHaveAttribute('lang', language);
      }
      await check(page, testInfo, `staff-${language}-${name}`);
    });
  });
}
