import { ENDONYMS, LANGUAGES } from '../../main/contract/index.js';

import { expect, test } from './fixtures.js';
import { message } from './locale-texts.js';

test.describe('language choice', () => {
  for (const language of LANGUAGES) {
    test(`choosing ${ENDONYMS[language]} shows the home screen in ${language}`, async ({ kiosk, page }) => {
      await kiosk.open();
      const button = page.getByTestId(`language-${language}`);
      await expect(button).toHaveText(ENDONYMS[language]);
      await expect(button).toHaveAttribute('lang', language);

      await kiosk.chooseLanguage(language);

      await expect(kiosk.heading()).toHaveText(message(language, 'home.heading'));
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByTestId('tile-urgent-help')).toHaveText(message(language, 'home.tiles.urgentHelp'));
    });
  }

  test('the language screen asks in all four languages', async ({ kiosk }) => {
    await kiosk.open();
    const heading = kiosk.heading();
    for (const language of LANGUAGES) {
      await expect(heading.locator(`[lang="${language}"]`)).toHaveText(message(language, 'language.choose'));
    }
  });

  test('the language can be switched from the home screen', async ({ kiosk, page }) => {
    await kiosk.open();
    await kiosk.chooseLanguage('es');
    await expect(kiosk.heading()).toHaveText(message('es', 'home.heading'));

    await kiosk.switchLanguage('ht');

    await expect(kiosk.screen('home')).toBeVisible();
    await expect(kiosk.heading()).toHaveText(message('ht', 'home.heading'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ht');
    await expect(page.getByTestId('nav-finish')).toHaveAccessibleName(message('ht', 'nav.finish'));
  });

  test('the language can be switched from a deeper screen, which stays open', async ({ kiosk, page }) => {
    await kiosk.open();
    await kiosk.chooseLanguage('en');
    await page.getByTestId('tile-privacy').click();
    await expect(kiosk.heading()).toHaveText(message('en', 'privacy.heading'));

    await kiosk.switchLanguage('fr');

    await expect(kiosk.heading()).toHaveText(message('fr', 'privacy.heading'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });
});
