import type { Page } from '@playwright/test';

import { test as base, expect, KioskPage } from './fixtures.js';
import { SAMPLE_CONFIG_DIR, startKioskHost } from './kiosk-host.js';

/** A PIN the services accept (not a run, a repeat or a famous one). */
export const GOOD_PIN = '482915';

/** Staff screens, by test ids, on a kiosk with a fresh data folder: no PIN set yet. */
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

  async typePin(pin: string): Promise<void> {
    await expect(this.page.getByTestId('pin-display')).toHaveAttribute('data-length', '0');
    for (const digit of pin) await this.page.getByTestId(`pin-key-${digit}`).click();
    await this.page.getByTestId('pin-ok').click();
  }

  /** First run: the supervisor PIN, typed twice. */
  async setUp(pin = GOOD_PIN): Promise<void> {
    await expect(this.screen('setup')).toBeVisible();
    await this.typePin(pin);
    await this.typePin(pin);
    await expect(this.screen('home')).toBeVisible();
  }

  async lock(): Promise<void> {
    await this.page.getByTestId('staff-lock').click();
    await expect(this.page.getByTestId('screen-attract')).toBeVisible();
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

interface StaffFixtures {
  /** The kiosk on its own web host with an empty data folder, so every test starts before setup. */
  freshKiosk: KioskPage;
  staff: StaffPage;
}

export const test = base.extend<StaffFixtures>({
  freshKiosk: async ({ page }, use) => {
    const host = await startKioskHost({ configDir: SAMPLE_CONFIG_DIR });
    await use(new KioskPage(page, host));
    await host.stop();
  },
  staff: async ({ page }, use) => {
    await use(new StaffPage(page));
  },
});

export { expect };
