import type { Page } from '@playwright/test';

import { message } from './locale-texts.js';
import { expect, GOOD_PIN, test } from './staff-page.js';

test.describe('operator mode', () => {
  test('first run, quick activity entry, edit, lock', async ({ freshKiosk: kiosk, staff, page }) => {
    await kiosk.openAttract();
    await staff.longPressCorner();
    await expect(staff.screen('setup')).toBeVisible();
    await expect(page.locator('input, textarea, [contenteditable]')).toHaveCount(0);

    // A weak PIN is refused, and explained.
    await staff.typePin('111111');
    await expect(page.getByTestId('new-pin-step')).toHaveText(message('es', 'staff.newPin.repeat'));
    await staff.typePin('111111');
    await expect(page.getByTestId('new-pin-error')).toHaveAttribute('data-code', 'WEAK_PIN');
    await expect(page.getByTestId('new-pin-error')).toContainText(message('es', 'staff.newPin.weakHelp'));

    await staff.setUp(GOOD_PIN);
    await expect(page.getByTestId('staff-role')).toHaveText(message('es', 'staff.roles.supervisor'));
    await expect(page.getByTestId('staff-open-set-pin')).toBeVisible();
    await expect(page.getByTestId('staff-open-audit')).toBeVisible();

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
    freshKiosk: kiosk,
    staff,
    page,
  }) => {
    await kiosk.openAttract();
    await staff.pressChord();
    await staff.setUp();
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

  test('five wrong PINs lock the pad until a time shown in digits', async ({ freshKiosk: kiosk, staff, page }) => {
    await kiosk.openAttract();
    await staff.pressChord();
    await staff.setUp();
    await staff.lock();

    await staff.pressChord();
    await expect(staff.screen('pin')).toBeVisible();
    for (const left of [4, 3, 2, 1]) {
      await staff.typePin('000000');
      await expect(page.getByTestId('pin-wrong')).toHaveText(
        message('es', left === 1 ? 'staff.pin.wrong_one' : 'staff.pin.wrong_other').replace('{{count}}', String(left)),
      );
    }
    await staff.typePin('000000');
    await expect(page.getByTestId('pin-locked')).toHaveText(/\b\d{2}:\d{2}\b/);
    // Even the right PIN waits out the lockout.
    await staff.typePin(GOOD_PIN);
    await expect(page.getByTestId('pin-locked')).toBeVisible();
    await expect(staff.screen('pin')).toBeVisible();
  });

  test('an ended session returns to the PIN pad with a message', async ({ freshKiosk: kiosk, staff, page }) => {
    await kiosk.openAttract();
    await staff.pressChord();
    await staff.setUp();
    // What the services answer once their idle time has run out.
    await page.route('**/api/getActivityTypes', (route) =>
      route.fulfill({ json: { ok: false, error: { code: 'NOT_AUTHORISED' } } }),
    );
    await page.getByTestId('staff-open-activity').click();
    await expect(staff.screen('pin')).toBeVisible();
    await expect(page.getByTestId('staff-expired')).toHaveText(message('es', 'staff.pin.expired'));
    await page.unroute('**/api/getActivityTypes');
    await staff.typePin(GOOD_PIN);
    await expect(staff.screen('home')).toBeVisible();
  });

  test('the supervisor sets the operator PIN, who then sees only the activity log', async ({
    freshKiosk: kiosk,
    staff,
    page,
  }) => {
    await kiosk.openAttract();
    await staff.pressChord();
    await staff.setUp();
    await page.getByTestId('staff-open-set-pin').click();
    await staff.typePin('739164');
    await staff.typePin('739165');
    await expect(page.getByTestId('new-pin-mismatch')).toBeVisible();
    await staff.typePin('739164');
    await staff.typePin('739164');
    await expect(page.getByTestId('set-pin-done')).toBeVisible();
    await page.getByTestId('staff-back').click();
    await page.getByTestId('staff-open-audit').click();
    await expect(page.locator('[data-kind="pin_changed"]')).toHaveCount(1);
    await expect(page.locator('[data-kind="pin_changed"] td').nth(1)).toHaveText(
      message('es', 'staff.audit.kinds.pin_changed'),
    );
    await staff.lock();

    await staff.pressChord();
    await staff.typePin('739164');
    await expect(page.getByTestId('staff-role')).toHaveText(message('es', 'staff.roles.operator'));
    await expect(page.getByTestId('staff-open-activity')).toBeVisible();
    await expect(page.getByTestId('staff-open-audit')).toHaveCount(0);
    await expect(page.getByTestId('staff-open-set-pin')).toHaveCount(0);
  });
});

test.describe('the hidden entry and the visitor', () => {
  test('staff mode wipes the visit; a short tap on the corner is an ordinary touch', async ({ kiosk, page }) => {
    await kiosk.openAttract();
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
    await expect(kiosk.screen('attract')).toBeVisible();
    // The visitor journey runs as before.
    await kiosk.screen('attract').click();
    await kiosk.chooseLanguage('ht');
    await expect(kiosk.screen('home')).toBeVisible();
  });
});

async function todayIn(page: Page): Promise<string> {
  // The page's own day in the sample site's timezone, as the quick entry computes it.
  return page.evaluate(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date()));
}
