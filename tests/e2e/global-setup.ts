import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from '@playwright/test';

import { chromiumExecutable } from '../support/browser.js';

import { REPO_ROOT } from './kiosk-host.js';

/**
 * Fails before any test runs when something they all need is missing, with what to do about it:
 * a browser test that cannot run must never look like one that passed.
 */
export default function globalSetup(): void {
  const executable = chromiumExecutable() ?? chromium.executablePath();
  if (!existsSync(executable)) {
    throw new Error(
      'No Chromium for the end-to-end tests. Set CHROMIUM_PATH, install the system package ' +
        '("apt-get install chromium"), or run "npx playwright install chromium" where downloads are possible.',
    );
  }
  const needed = [
    [join(REPO_ROOT, 'dist', 'renderer', 'index.html'), 'the renderer'],
    [join(REPO_ROOT, 'dist', 'main', 'cli', 'kioskctl.js'), 'kioskctl'],
  ] as const;
  for (const [file, what] of needed) {
    if (!existsSync(file)) throw new Error(`${what} is not built (${file} is missing): run "npm run build" first.`);
  }
}
