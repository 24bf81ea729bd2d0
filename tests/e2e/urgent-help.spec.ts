import { expect, test } from './fixtures.js';
import { message } from './locale-texts.js';
import { fetchSiteConfig } from './site-config.js';

test.describe('urgent help', () => {
  test('shows every emergency number of the configuration, labelled in the visitor language', async ({
    kiosk,
    page,
    request,
    kioskHost,
  }) => {
    const site = await fetchSiteConfig(request, kioskHost.url);
    expect(site.emergencyNumbers.length).toBeGreaterThan(0);
    await kiosk.open();
    await kiosk.chooseLanguage('fr');

    await page.getByTestId('tile-urgent-help').click();

    await expect(kiosk.heading()).toHaveText(message('fr', 'urgentHelp.heading'));
    await expect(page.getByTestId('emergency-number-value')).toHaveText(site.emergencyNumbers.map((n) => n.number));
    const entries = page.getByTestId('emergency-number');
    for (const [index, entry] of site.emergencyNumbers.entries()) {
      await expect(entries.nth(index)).toContainText(entry.label.fr);
    }
    await expect(page.getByTestId('sample-mark')).toHaveCount(site.isSample ? 1 : 0);
    await expect(page.getByRole('heading', { name: message('fr', 'urgentHelp.childHeading') })).toBeVisible();
  });

  test('is one touch away from the language screen and from a deep screen', async ({ kiosk, page }) => {
    await kiosk.open();
    await page.getByTestId('urgent-help-button').click();
    await expect(kiosk.screen('urgent-help')).toBeVisible();
    await page.getByTestId('nav-back').click();
    await expect(kiosk.screen('language')).toBeVisible();

    await kiosk.chooseLanguage('ht');
    await page.getByTestId('tile-privacy').click();
    await page.getByTestId('urgent-help-button').click();
    await expect(kiosk.heading()).toHaveText(message('ht', 'urgentHelp.heading'));
    await page.getByTestId('urgent-ask-staff').click();
    await expect(kiosk.heading()).toHaveText(message('ht', 'askStaff.heading'));
  });
});
