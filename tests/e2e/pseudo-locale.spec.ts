import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { expect, test } from './fixtures.js';
import { layoutProblems, untranslatedTexts } from './layout-checks.js';
import { SHAPES, walkEveryScreen } from './walk-screens.js';

/**
 * The pseudo-locale: every message ~40% longer and bracketed. Any text outside the brackets was
 * not translated, and anything clipped now will clip in a long language too.
 */
for (const shape of SHAPES) {
  test.describe(`pseudo-locale ${shape.name}`, () => {
    test.use({ viewport: shape.viewport });
    test('has no hard-coded text and nothing overflows', async ({ kiosk, page }, testInfo) => {
      await page.addInitScript(() => {
        (window as Window & { __KIOSK_PSEUDO_LOCALE__?: boolean }).__KIOSK_PSEUDO_LOCALE__ = true;
      });
      await walkEveryScreen(kiosk, 'fr', async (name) => {
        // The run proves nothing unless the pseudo-locale is really on.
        await expect(page.locator('body')).toContainText('[!! ');
        const shot = await page.screenshot();
        await testInfo.attach(`pseudo-${shape.name}-${name}`, { body: shot, contentType: 'image/png' });
        if (process.env.KIOSK_SHOTS_DIR)
          await writeFile(join(process.env.KIOSK_SHOTS_DIR, `pseudo-${shape.name}-${name}.png`), shot);
        expect(await untranslatedTexts(page), `untranslated text on ${name}`).toEqual([]);
        expect(await layoutProblems(page), `layout of ${name}`).toEqual([]);
      });
    });
  });
}
