import type { Page } from '@playwright/test';

import { message } from './locale-texts.js';
import { expect, GOOD_PIN, SUPERVISOR, test } from './staff-page.js';

test.describe('operator mode', () => {
  test('the provisioned supervisor signs in by name, logs an activity, edits it, locks', async ({
    staffKiosk: kiosk,
    staff,
    page,
  }) => {
    await kiosk.open();
    await staff.longPressCorner();
    // An administrator provisioned staff: the screen offers names, never setup.
    await expect(staff.screen('pin')).toBeVisible();
    await expect(staff.screen('setup')).toHaveCount(0);
    await expect(page.locator('input, textarea, [contenteditable]')).toHaveCount(0);

    await staff.signIn(SUPERVISOR, GOOD_PIN);
    await expect(page.getByTestId('staff-signed-in')).toHaveText(
      message('es', 'staff.signedIn').replace('{{name}}', SUPERVISOR),
    );
    await expect(page.getByTestId('staff-role')).toHaveText(message('es', 'staff.roles.supervisor'));
    await expect(page.getByTestId('staff-open-staff-accounts')).toBeVisible();
    await expect(page.getByTestId('staff-open-audit')).toBeVisible();
    await expect(page.getByTestId('staff-failed-attempts')).toHaveCount(0);

    // Log a group talk in English, on the screen's English labels.
    await page.getByTestId('language-en').click();
    await page.getByTestId('staff-open-activity').click();
    await expect(page.getByTestId('activity-none')).toBeVisible();
    await page.getByTestId('activity-new').click();
    await expect(page.getByTestId('activity-save')).toBeDisabled();
    await page.getByTestId('activity-type-talk-group').click();
    await expect(page.getByTestId('activity-type-talk-group')).toHaveText('Group talk');
    await expect(page.getByTestId('activity-category')).toHaveCount(0);
    await page.getByTestId('activity-language-ht').click();
    await expect(page.getByTestId('activity-day-' + (await todayIn(page)))).toHaveAttribute('aria-pressed', 'true');
    await staff.add('female', '18-59', 3);
    await staff.add('male', '18-59', 2);
    await staff.add('female', '0-4', 1);
    await page.getByTestId('count-female-0-4-minus').click();
    await expect(page.getByTestId('count-total')).toHaveText('Total: 5');
    await expect(page.locator('input, textarea, [contenteditable]')).toHaveCount(0);
    await page.getByTestId('activity-save').click();

    const entry = page.getByTestId('activity-entry');
    await expect(entry).toHaveCount(1);
    await expect(entry).toHaveAttribute('data-type', 'talk-group');
    await expect(entry.getByTestId('activity-entry-total')).toHaveText('Total: 5');

    // Same-day edit: the form comes back as it was saved.
    await entry.getByTestId('activity-edit').click();
    await expect(page.getByTestId('count-female-18-59')).toHaveText('3');
    await expect(page.getByTestId('activity-language-ht')).toHaveAttribute('aria-pressed', 'true');
    await staff.add('male', '60+', 1);
    await page.getByTestId('activity-save').click();
    await expect(entry).toHaveCount(1);
    await expect(entry.getByTestId('activity-entry-total')).toHaveText('Total: 6');

    await staff.lock();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });

  test('a referral needs its service category; the services’ reason is shown', async ({
    staffKiosk: kiosk,
    staff,
    page,
  }) => {
    await kiosk.open();
    await staff.pressChord();
    await staff.signIn();
    await page.getByTestId('staff-open-activity').click();
    await page.getByTestId('activity-new').click();
    await page.getByTestId('activity-type-referral').click();
    await staff.add('female', 'unknown', 1);
    await expect(page.getByTestId('activity-save')).toBeDisabled();
    await page.getByTestId('activity-category-legal-aid').click();
    // A refusal the form cannot foresee (the services' own rules) is shown with its reason.
    await page.route('**/api/saveActivityEntry', (route) =>
      route.fulfill({ json: { ok: false, error: { code: 'INVALID_PAYLOAD', detail: 'the date is in the future' } } }),
    );
    await page.getByTestId('activity-save').click();
    await expect(page.getByTestId('activity-error')).toContainText(message('es', 'errors.INVALID_PAYLOAD'));
    await expect(page.getByTestId('activity-error')).toContainText('the date is in the future');
    await page.unroute('**/api/saveActivityEntry');
    await page.getByTestId('activity-save').click();
    await expect(page.getByTestId('activity-entry')).toHaveAttribute('data-type', 'referral');
  });

  test('an ended session returns to the PIN pad with a message', async ({ staffKiosk: kiosk, staff, page }) => {
    await kiosk.open();
    await staff.pressChord();
    await staff.signIn();
    // What the services answer once their idle time has run out.
    await page.route('**/api/getActivityTypes', (route) =>
      route.fulfill({ json: { ok: false, error: { code: 'NOT_AUTHORISED' } } }),
    );
    await page.getByTestId('staff-open-activity').click();
    await expect(staff.screen('pin')).toBeVisible();
    await expect(page.getByTestId('staff-expired')).toHaveText(message('es', 'staff.pin.expired'));
    await page.unroute('**/api/getActivityTypes');
    await staff.signIn();
  });
});

test.describe('the hidden entry and the visitor', () => {
  test('staff mode wipes the visit; a short tap on the corner is an ordinary touch', async ({ kiosk, page }) => {
    await kiosk.open();
    await page.mouse.click(40, 40);
    await expect(kiosk.screen('language')).toBeVisible();
    await kiosk.chooseLanguage('fr');
    await page.getByTestId('tile-services').click();
    await page.keyboard.press('Control+Alt+Shift+KeyO');
    await expect(page.getByTestId('staff-shell')).toBeVisible();
    await expect(page.getByTestId('top-bar')).toHaveCount(0);
    // The visitor's language went with the visit.
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByTestId('staff-lock').click();
    await expect(kiosk.screen('language')).toBeVisible();
    // The visitor journey runs as before.
    await kiosk.chooseLanguage('ht');
    await expect(kiosk.screen('home')).toBeVisible();
  });
});

async function todayIn(page: Page): Promise<string> {
  // The page's own day in the sample site's timezone, as the quick entry computes it.
  return page.evaluate(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date()));
}
