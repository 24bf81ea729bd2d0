import { test as base, expect, type Locator, type Page } from '@playwright/test';

import type { Language } from '../../main/contract/index.js';

import { SAMPLE_CONFIG_DIR, startKioskHost, type KioskHost } from './kiosk-host.js';

/** The kiosk's screens, reached by roles and test ids only. */
export class KioskPage {
  constructor(
    readonly page: Page,
    readonly host: KioskHost,
  ) {}

  /** Loads the kiosk and waits for its first screen: welcome, and the four languages. */
  async open(): Promise<void> {
    await this.page.goto(this.host.url);
    await expect(this.screen('language')).toBeVisible();
  }

  /** From the home screen to a service's page, through the list. */
  async openService(serviceId: string): Promise<void> {
    await this.page.getByTestId('tile-services').click();
    await expect(this.screen('services')).toBeVisible();
    await this.page.getByTestId(`service-${serviceId}`).click();
    await expect(this.screen('service')).toBeVisible();
  }

  /** Types on the kiosk's own keyboard, one key at a time, as a finger would. */
  async type(text: string): Promise<void> {
    const keyboard = this.page.getByTestId('keyboard');
    if (!(await keyboard.isVisible())) await this.page.getByTestId('search-box').click();
    for (const key of text) {
      await this.page.getByTestId(key === ' ' ? 'key-space' : `key-${key}`).click();
    }
  }

  screen(name: string): Locator {
    return this.page.getByTestId(`screen-${name}`);
  }

  heading(): Locator {
    return this.page.getByTestId('screen-heading');
  }

  async chooseLanguage(language: Language): Promise<void> {
    await this.page.getByTestId('screen-language').getByTestId(`language-${language}`).click();
    await expect(this.screen('home')).toBeVisible();
  }

  async switchLanguage(language: Language): Promise<void> {
    await this.page.getByTestId('language-switch').click();
    const menu = this.page.getByRole('dialog');
    await menu.getByTestId(`language-${language}`).click();
    await expect(menu).toBeHidden();
  }

  htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }
}

interface TestFixtures {
  kiosk: KioskPage;
}

interface WorkerFixtures {
  kioskHost: KioskHost;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  kioskHost: [
    // Playwright reads the fixtures a function needs from its first parameter's pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const host = await startKioskHost({ configDir: SAMPLE_CONFIG_DIR });
      await use(host);
      await host.stop();
    },
    { scope: 'worker', timeout: 30_000 },
  ],

  // Every page fails its test on an uncaught error or a CSP violation: the built page must run
  // under its own strict policy.
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
        problems.push(`CSP: ${message.text()}`);
      }
    });
    await use(page);
    expect(problems, 'errors in the page').toEqual([]);
  },

  kiosk: async ({ page, kioskHost }, use) => {
    await use(new KioskPage(page, kioskHost));
  },
});

export { expect };
