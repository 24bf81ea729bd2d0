import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { KioskPage } from './fixtures.js';
import { newDataDir, SAMPLE_CONFIG_DIR, startKioskHost } from './kiosk-host.js';
import { message } from './locale-texts.js';
import { readSetupCode, SETUP_CODE_FILE } from './staff-provisioning.js';
import {
  expect,
  GOOD_PIN,
  OPERATOR,
  OPERATOR_PIN,
  provisionOperator,
  provisionSupervisor,
  StaffPage,
  SUPERVISOR,
  test,
} from './staff-page.js';

/** A counted message as i18next picks it in Spanish: one, or other. */
function counted(key: string, count: number): string {
  return message('es', `${key}_${count === 1 ? 'one' : 'other'}`).replace('{{count}}', String(count));
}

/** Any 12 digits but the right ones. */
function wrongCodeFor(code: string): string {
  return code.slice(0, 11) + String((Number(code.slice(11)) + 1) % 10);
}

test.describe('first run', () => {
  test('the supervisor is created only with the one-time code; setup never comes back', async ({ page }) => {
    const dataDir = await newDataDir();
    try {
      const host = await startKioskHost({ configDir: SAMPLE_CONFIG_DIR, dataDir });
      const kiosk = new KioskPage(page, host);
      const staff = new StaffPage(page);
      const code = await readSetupCode(dataDir);
      await kiosk.open();
      await staff.longPressCorner();
      await expect(staff.screen('setup')).toBeVisible();
      await expect(page.getByTestId('setup-step')).toBeVisible();
      await expect(staff.screen('setup')).toContainText(SETUP_CODE_FILE);
      await expect(page.locator('input, textarea, [contenteditable]')).toHaveCount(0);

      // A wrong code is told only after the name and the PIN, and costs one of five tries.
      await staff.typePin(wrongCodeFor(code));
      await staff.typeName('Ana Maria');
      await expect(page.getByTestId('setup-who')).toContainText('Ana Maria');
      await staff.typePin(GOOD_PIN);
      await staff.typePin(GOOD_PIN);
      await expect(page.getByTestId('setup-wrong-code')).toHaveText(counted('staff.setup.wrongCode', 4));
      await expect(page.getByTestId('staff-role')).toHaveCount(0);

      // The right code: the name typed before is kept, the PIN is asked again.
      await staff.typePin(code);
      await expect(page.getByTestId('setup-who')).toContainText('Ana Maria');
      await staff.typePin(GOOD_PIN);
      await staff.typePin(GOOD_PIN);
      await expect(staff.screen('home')).toBeVisible();
      await expect(page.getByTestId('staff-signed-in')).toContainText('Ana Maria');
      await expect(page.getByTestId('staff-role')).toHaveText(message('es', 'staff.roles.supervisor'));
      // The code worked once: its file is gone.
      expect(existsSync(join(dataDir, SETUP_CODE_FILE))).toBe(false);
      await staff.lock();

      await staff.pressChord();
      await expect(staff.nameChoice('Ana Maria')).toBeVisible();
      await expect(staff.screen('setup')).toHaveCount(0);
      await staff.lock();
      await host.stop();

      // The kiosk starts again on the same data: names, never setup.
      const again = await startKioskHost({ configDir: SAMPLE_CONFIG_DIR, dataDir });
      try {
        await new KioskPage(page, again).open();
        await staff.pressChord();
        await expect(staff.screen('pin')).toBeVisible();
        await expect(staff.screen('setup')).toHaveCount(0);
        expect(existsSync(join(dataDir, SETUP_CODE_FILE))).toBe(false);
        await staff.signIn('Ana Maria', GOOD_PIN);
      } finally {
        await again.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  test('a damaged accounts file sends staff to the administrator, with no setup offered', async ({ page }) => {
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
      await expect(staff.screen('needs-administrator')).toContainText('kioskctl staff');
      await expect(staff.screen('setup')).toHaveCount(0);
      await expect(page.getByTestId('pin-pad')).toHaveCount(0);
      await page.getByTestId('needs-admin-leave').click();
      await expect(page.getByTestId('screen-language')).toBeVisible();
    } finally {
      await host.stop();
    }
  });
});

test.describe('pick your name, then your PIN', () => {
  test('five wrong PINs lock one account; another account still signs in', async ({ page }) => {
    const host = await startKioskHost({
      configDir: SAMPLE_CONFIG_DIR,
      prepareDataDir: async (dataDir) => {
        await provisionSupervisor(dataDir);
        await provisionOperator(dataDir);
      },
    });
    try {
      const staff = new StaffPage(page);
      await new KioskPage(page, host).open();
      await staff.pressChord();
      await expect(page.getByTestId('staff-account-choice')).toHaveCount(2);

      await staff.chooseName(SUPERVISOR);
      for (const left of [4, 3, 2, 1]) {
        await staff.typePin('000000');
        await expect(page.getByTestId('pin-wrong')).toHaveText(counted('staff.pin.wrong', left));
      }
      await staff.typePin('000000');
      await expect(page.getByTestId('pin-locked')).toHaveText(/\b\d{2}:\d{2}\b/);
      // The pad waits out the lockout: not even the right PIN can be typed.
      await expect(page.getByTestId('pin-key-4')).toBeDisabled();

      await page.getByTestId('pin-other-name').click();
      await expect(staff.nameChoice(SUPERVISOR).getByTestId('staff-account-locked')).toHaveText(/\b\d{2}:\d{2}\b/);
      await expect(staff.nameChoice(OPERATOR).getByTestId('staff-account-locked')).toHaveCount(0);

      // The operator's wrong tries count on the operator's account only, and are told at sign-in.
      await staff.chooseName(OPERATOR);
      await staff.typePin('000000');
      await expect(page.getByTestId('pin-wrong')).toHaveText(counted('staff.pin.wrong', 4));
      await staff.typePin('000001');
      await expect(page.getByTestId('pin-wrong')).toHaveText(counted('staff.pin.wrong', 3));
      await staff.typePin(OPERATOR_PIN);
      await expect(staff.screen('home')).toBeVisible();
      await expect(page.getByTestId('staff-signed-in')).toContainText(OPERATOR);
      await expect(page.getByTestId('staff-role')).toHaveText(message('es', 'staff.roles.operator'));
      await expect(page.getByTestId('staff-failed-attempts')).toHaveText(counted('staff.home.failedAttempts', 2));
      await expect(page.getByTestId('staff-open-staff-accounts')).toHaveCount(0);
      await expect(page.getByTestId('staff-open-audit')).toHaveCount(0);
      await staff.lock();

      // Still locked for the supervisor; told once only for the operator.
      await staff.pressChord();
      await expect(staff.nameChoice(SUPERVISOR).getByTestId('staff-account-locked')).toBeVisible();
      await staff.signIn(OPERATOR, OPERATOR_PIN);
      await expect(page.getByTestId('staff-failed-attempts')).toHaveCount(0);
    } finally {
      await host.stop();
    }
  });
});

test.describe('the staff screen', () => {
  test('a supervisor adds an operator who signs in, then disables it and its session ends', async ({
    staffKiosk: kiosk,
    staff,
    page,
    browser,
  }) => {
    await kiosk.open();
    await staff.pressChord();
    await staff.signIn();
    await page.getByTestId('staff-open-staff-accounts').click();
    await expect(staff.screen('staff-accounts')).toBeVisible();
    await expect(accountRow(page, SUPERVISOR)).toHaveAttribute('data-state', 'active');

    // A weak PIN is refused and explained; the name is typed on the kiosk's keyboard.
    await page.getByTestId('staff-account-new').click();
    await page.getByTestId('staff-account-role-operator').click();
    await staff.typeName('Rosa');
    await staff.typePin('111111');
    await staff.typePin('111111');
    await expect(page.getByTestId('new-pin-error')).toHaveAttribute('data-code', 'WEAK_PIN');
    await expect(page.getByTestId('new-pin-error')).toContainText(message('es', 'staff.newPin.weakHelp'));
    await staff.typePin(OPERATOR_PIN);
    await staff.typePin(OPERATOR_PIN);
    await expect(page.getByTestId('staff-accounts-done')).toHaveAttribute('data-what', 'added');
    await expect(accountRow(page, 'Rosa')).toHaveAttribute('data-role', 'operator');

    // The same name twice is refused with its reason, back on the keyboard.
    await page.getByTestId('staff-account-new').click();
    await staff.typeName('Rosa');
    await staff.typePin('824613');
    await staff.typePin('824613');
    await expect(page.getByTestId('staff-account-error')).toHaveAttribute('data-code', 'NAME_TAKEN');
    await expect(page.getByTestId('staff-account-error')).toHaveText(message('es', 'errors.NAME_TAKEN'));
    await page.getByTestId('staff-account-cancel').click();

    // The last supervisor cannot be disabled.
    await accountRow(page, SUPERVISOR).getByTestId('staff-account-toggle').click();
    await page.getByTestId('staff-account-confirm').click();
    await expect(page.getByTestId('staff-accounts-error')).toHaveText(message('es', 'errors.LAST_SUPERVISOR'));
    await expect(accountRow(page, SUPERVISOR)).toHaveAttribute('data-state', 'active');

    // The operator signs in on a second screen of the same kiosk.
    const other = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    try {
      const operator = new StaffPage(other);
      await new KioskPage(other, kiosk.host).open();
      await operator.pressChord();
      await operator.signIn('Rosa', OPERATOR_PIN);

      await accountRow(page, 'Rosa').getByTestId('staff-account-toggle').click();
      await expect(page.getByTestId('staff-account-confirm-text')).toHaveText(
        message('es', 'staff.accounts.disableConfirm'),
      );
      await page.getByTestId('staff-account-confirm').click();
      await expect(page.getByTestId('staff-accounts-done')).toHaveAttribute('data-what', 'disabled');
      await expect(accountRow(page, 'Rosa')).toHaveAttribute('data-state', 'disabled');

      // The operator's next step finds the session ended, and the name gone from the list.
      await other.getByTestId('staff-open-activity').click();
      await expect(operator.screen('pin')).toBeVisible();
      await expect(other.getByTestId('staff-expired')).toHaveText(message('es', 'staff.pin.expired'));
      await expect(operator.nameChoice('Rosa')).toHaveCount(0);
      await expect(operator.nameChoice(SUPERVISOR)).toBeVisible();
    } finally {
      await other.close();
    }

    // The audit log says who did what.
    await page.getByTestId('staff-back').click();
    await page.getByTestId('staff-open-audit').click();
    const added = page.locator('[data-testid="audit-event"][data-kind="staff_added"]');
    await expect(added.getByTestId('audit-actor')).toHaveText(['Ana', 'kioskctl']);
    await expect(
      page.locator('[data-testid="audit-event"][data-kind="staff_disabled"]').getByTestId('audit-actor'),
    ).toHaveText(SUPERVISOR);
  });

  test('a new PIN for one’s own account ends the session; the new PIN signs in', async ({
    staffKiosk: kiosk,
    staff,
    page,
  }) => {
    await kiosk.open();
    await staff.pressChord();
    await staff.signIn();
    await page.getByTestId('staff-open-staff-accounts').click();
    await accountRow(page, SUPERVISOR).getByTestId('staff-account-pin').click();
    await staff.typePin('739164');
    await staff.typePin('739165');
    await expect(page.getByTestId('new-pin-mismatch')).toBeVisible();
    await staff.typePin('739164');
    await staff.typePin('739164');
    await expect(staff.screen('pin')).toBeVisible();
    await expect(page.getByTestId('staff-expired')).toHaveText(message('es', 'staff.pin.ownPinChanged'));
    await staff.chooseName(SUPERVISOR);
    await staff.typePin(GOOD_PIN);
    await expect(page.getByTestId('pin-wrong')).toBeVisible();
    await staff.typePin('739164');
    await expect(staff.screen('home')).toBeVisible();
  });

  test('a supervisor renames an account; the PIN pad shows the new name', async ({
    staffKiosk: kiosk,
    staff,
    page,
  }) => {
    await kiosk.open();
    await staff.pressChord();
    await staff.signIn();
    await page.getByTestId('staff-open-staff-accounts').click();
    await accountRow(page, SUPERVISOR).getByTestId('staff-account-rename').click();
    await staff.typeName('Ana Lopez');
    await expect(page.getByTestId('staff-accounts-done')).toHaveAttribute('data-what', 'renamed');
    await expect(accountRow(page, 'Ana Lopez')).toBeVisible();
    await staff.lock();
    await staff.pressChord();
    await expect(staff.nameChoice(SUPERVISOR)).toHaveCount(0);
    await staff.signIn('Ana Lopez', GOOD_PIN);
  });
});

function accountRow(page: Page, name: string) {
  return page.locator(`[data-testid="staff-account"][data-name="${name}"]`);
}
