import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { TestInfo } from '@playwright/test';

import { LANGUAGES } from '../../main/contract/index.js';

import { expect, test } from './fixtures.js';
import { layoutProblems } from './layout-checks.js';
import { SHAPES, walkEveryScreen } from './walk-screens.js';

/** Screenshots go to the report; with KIOSK_SHOTS_DIR set, also to that folder, to look at them. */
async function attach(testInfo: TestInfo, name: string, body: Buffer): Promise<void> {
  await testInfo.attach(name, { body, contentType: 'image/png' });
  const dir = process.env.KIOSK_SHOTS_DIR;
  if (dir !== undefined && dir !== '') {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${name}.png`), body);
  }
}

for (const shape of SHAPES) {
  test.describe(`layout ${shape.name} ${shape.viewport.width} × ${shape.viewport.height}`, () => {
    test.use({ viewport: shape.viewport });
    for (const language of LANGUAGES) {
      test(`every screen fits in ${language}`, async ({ kiosk, page }, testInfo) => {
        await walkEveryScreen(kiosk, language, async (name) => {
          await attach(testInfo, `${shape.name}-${language}-${name}`, await page.screenshot());
          expect(await layoutProblems(page), `${name} in ${language}`).toEqual([]);
        });
      });
    }
  });
}
