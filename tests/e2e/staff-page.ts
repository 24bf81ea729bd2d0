import type { Page } from '@playwright/test';

import { test as base, expect, KioskPage } from './fixtures.js';
import { SAMPLE_CONFIG_DIR, startKioskHost } from './kiosk-host.js';
import { provisionStaff, readSetupCode } from './staff-provisioning.js';

/** A PIN the services accept (not a run, a repeat or a famous one). */
export const GOOD_PIN = '482915';
/** The supervisor every staff kiosk starts with, added by `kioskctl staff add`. */
export const SUPERVISOR = 'Ana';
/** An operator, for the kiosks that need one from the start. */
export const OPERATOR = 'Luis';
export const OPERATOR_PIN = '739164';

/** A data folder's first supervisor, as the administrator adds it before the kiosk starts. */
export function provisionSupervisor(dataDir: string): Promise<void> {
  return provisionStaff(dataDir, { role: 'supervisor', name: SUPERVISOR, pin: GOOD_PIN });
}

export function provisionOperator(dataDir: string): Promise<void> {
  return provisionStaff(dataDir, { role: 'operator', name: OPERATOR, pin: OPERATOR_PIN });
}

/** Staff screens, by test ids. */
export class StaffPage {
  constructor(readonly page: Page) {}

  /** Holds the top-left corner until staff mode opens: waits on the screen, not on a clock. */
  async longPressCorner(): Promise<void> {
    await this.page.mouse.move(40, 40);
    await this.page.mouse.down();
    await expect(this.page.getByTestId('staff-shell')).toBeVisible();
    await this.page.mouse.up();
  }

  async pressChord(): Promise<void> {
    await this.page.keyboard.press('Control+Alt+Shift+KeyO');
    await expect(this.page.getByTestId('staff-shell')).toBeVisible();
  }

  /** Digits on the kiosk's own pad: a PIN, or the one-time setup code. */
  async typePin(pin: string): Promise<void> {
    await expect(this.page.getByTestId('pin-display')).toHaveAttribute('data-length', '0');
    for (const digit of pin) await this.page.getByTestId(`pin-key-${digit}`).click();
    await this.page.getByTestId('pin-ok').click();
  }

  /** A name on the kiosk's keyboard: small letters only, each word gets its capital by itself. */
  async typeName(name: string): Promise<void> {
    await this.page.getByTestId('key-clear').click();
    for (const char of name.toLowerCase()) {
      await this.page.getByTestId(char === ' ' ? 'key-space' : `key-${char}`).click();
    }
    await expect(this.page.getByTestId('staff-name-value')).toHaveText(name);
    await this.page.getByTestId('staff-name-ok').click();
  }

  nameChoice(name: string) {
    return this.page.locator(`[data-testid="staff-account-choice"][data-name="${name}"]`);
  }

  /** Pick your name, then your PIN. */
  async chooseName(name: string): Promise<void> {
    await expect(this.screen('pin')).toBeVisible();
    await this.nameChoice(name).click();
    await expect(this.page.getByTestId('pin-account')).toContainText(name);
  }

  async signIn(name = SUPERVISOR, pin = GOOD_PIN): Promise<void> {
    await this.chooseName(name);
    await this.typePin(pin);
    await expect(this.screen('home')).toBeVisible();
    await expect(this.page.getByTestId('staff-signed-in')).toContainText(name);
  }

  /** First run: the one-time code, the first supervisor's name, the PIN twice. */
  async setUp(code: string, name = SUPERVISOR, pin = GOOD_PIN): Promise<void> {
    await expect(this.screen('setup')).toBeVisible();
    await this.typePin(code);
    await this.typeName(name);
    await this.typePin(pin);
    await this.typePin(pin);
    await expect(this.screen('home')).toBeVisible();
  }

  async lock(): Promise<void> {
    await this.page.getByTestId('staff-lock').click();
    await expect(this.page.getByTestId('screen-language')).toBeVisible();
  }

  screen(name: string) {
    return this.page.getByTestId(`staff-${name}`);
  }

  /** Answers an item of the site's checklist in the daily check. */
  async answer(item: string, answer: 'pass' | 'fail' | 'na'): Promise<void> {
    const button = this.page.getByTestId(`checklist-${item}-${answer}`);
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  /** Presses a count's + as many times as asked. */
  async add(sex: string, age: string, times: number): Promise<void> {
    for (let i = 0; i < times; i++) await this.page.getByTestId(`count-${sex}-${age}-plus`).click();
    await expect(this.page.getByTestId(`count-${sex}-${age}`)).not.toHaveText('0');
  }
}

/** A kiosk on its own web host whose first run has not happened: the setup code is in its file. */
export class FirstRunKiosk extends KioskPage {
  setupCode(): Promise<string> {
    return readSetupCode(this.host.dataDir);
  }
}

interface StaffFixtures {
  /** The kiosk on its own web host with a fresh data folder and one supervisor, `SUPERVISOR`. */
  staffKiosk: KioskPage;
  /** The kiosk on its own web host with an empty data folder: staff mode asks for the setup code. */
  firstRunKiosk: FirstRunKiosk;
  staff: StaffPage;
}

export const test = base.extend<StaffFixtures>({
  staffKiosk: async ({ page }, use) => {
    const host = await startKioskHost({
      configDir: SAMPLE_CONFIG_DIR,
      prepareDataDir: provisionSupervisor,
    });
    await use(new KioskPage(page, host));
    await host.stop();
  },
  firstRunKiosk: async ({ page }, use) => {
    const host = await startKioskHost({ configDir: SAMPLE_CONFIG_DIR });
    await use(new FirstRunKiosk(page, host));
    await host.stop();
  },
  staff: async ({ page }, use) => {
    await use(new StaffPage(page));
  },
});

export { expect };
