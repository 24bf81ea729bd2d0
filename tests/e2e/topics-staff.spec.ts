import { LANGUAGES } from '../../main/contract/index.js';

import { layoutProblems } from './layout-checks.js';
import { message } from './locale-texts.js';
import { expect, test } from './staff-page.js';
import { SHAPES } from './walk-screens.js';

/** Staff see every topic with the day it was checked and its sources, at both screen shapes. */
for (const shape of SHAPES) {
  test.describe(`staff topic list ${shape.name}`, () => {
    test.use({ viewport: shape.viewport });
    test('dates and sources of every topic, none flagged in the fresh sample', async ({
      staffKiosk: kiosk,
      staff,
      page,
    }) => {
      await kiosk.open();
      await staff.pressChord();
      await staff.signIn();
      for (const language of LANGUAGES) {
        await page.getByTestId(`language-${language}`).click();
        await page.getByTestId('staff-open-topics').click();
        await expect(page.getByTestId('staff-topics')).toBeVisible();
        await expect(page.getByTestId('staff-heading')).toHaveText(message(language, 'topics.staff.heading'));
        const items = page.locator('[data-testid^="staff-topic-"][data-stale]');
        await expect(items).toHaveCount(8);
        await expect(page.locator('[data-stale="true"]')).toHaveCount(0);
        await expect(page.getByTestId('staff-topic-asylum')).toContainText('2026');
        await expect(page.getByTestId('staff-topic-asylum')).toContainText('gob.mx/comar');
        await expect(page.getByTestId('staff-topic-asylum')).toContainText(message(language, 'topics.staff.sensitive'));
        expect(await layoutProblems(page), `staff topics in ${language}`).toEqual([]);
        await page.getByTestId('staff-back').click();
      }
    });
  });
}
