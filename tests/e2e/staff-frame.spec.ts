// Every staff screen at both window shapes in the four languages: the staff header and status bar
// keep their natural height, the screen starts right under them, and no button breaks a word.
// The screens are the ones the staff home offers, read from the page, so a new one is covered too.
import { LANGUAGES } from '../../main/contract/index.js';

import { staffFrameProblems } from './layout-checks.js';
import { expect, test } from './staff-page.js';
import { SHAPES } from './walk-screens.js';

for (const shape of SHAPES) {
  test.describe(`the staff frame ${shape.name} ${shape.viewport.width} × ${shape.viewport.height}`, () => {
    test.use({ viewport: shape.viewport });

    for (const language of LANGUAGES) {
      test(`holds every staff screen in ${language}`, async ({ staffKiosk, staff, page }) => {
        test.setTimeout(120_000);
        await staffKiosk.open();
        await staff.pressChord();
        await page.getByTestId(`language-${language}`).click();
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        expect(await staffFrameProblems(page), `${language} pin`).toEqual([]);
        await staff.signIn();
        expect(await staffFrameProblems(page), `${language} home`).toEqual([]);

        const actions = await page
          .locator('[data-testid^="staff-open-"]')
          .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-testid') ?? ''));
        expect(actions.length).toBeGreaterThan(5);
        for (const action of actions) {
          const screen = action.slice('staff-open-'.length);
          await page.getByTestId(action).click();
          await expect(staff.screen(screen)).toBeVisible();
          expect(await staffFrameProblems(page), `${language} ${screen}`).toEqual([]);
          await page.getByTestId('staff-back').first().click();
          await expect(staff.screen('home')).toBeVisible();
        }
      });
    }
  });
}
