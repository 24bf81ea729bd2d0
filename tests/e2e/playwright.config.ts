import { defineConfig } from '@playwright/test';

import { chromiumLaunchOptions } from '../support/browser.js';

/**
 * End-to-end tests: the built renderer served by the real web host (`kioskctl serve`) with real
 * services, in Chromium at the kiosk's landscape size. The browser is CHROMIUM_PATH, else the
 * system's Chromium, else Playwright's own; `global-setup.ts` fails loudly when there is none.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  outputDir: '../../test-results/e2e',
  // Each worker starts its own web host; two fit the machines this runs on.
  workers: 2,
  fullyParallel: true,
  forbidOnly: process.env.CI !== undefined,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1920, height: 1080 },
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
