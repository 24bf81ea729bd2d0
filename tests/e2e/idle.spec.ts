import { idleDurations } from '../../renderer/src/idle/idle-timer.js';

import { expect, test } from './fixtures.js';
import { message } from './locale-texts.js';
import { fetchSiteConfig } from './site-config.js';

test.describe('idle reset', () => {
  test.beforeEach(async ({ page }) => {
    // The page's clock is driven by the test: minutes of nobody touching pass in no time.
    await page.clock.install();
  });

  test('warns with a countdown, lets the visitor stay, and resets when nobody answers', async ({
    kiosk,
    page,
    request,
    kioskHost,
  }) => {
    const site = await fetchSiteConfig(request, kioskHost.url);
    const { quietMs, warningMs } = idleDurations(site.idleTimeoutSeconds, site.idleWarningSeconds);
    await kiosk.open();
    await kiosk.chooseLanguage('ht');
    await page.getByTestId('tile-privacy').click();

    await page.clock.runFor(quietMs);
    const overlay = page.getByTestId('idle-overlay');
    await expect(overlay).toBeVisible();
    await expect(page.getByTestId('idle-countdown')).toHaveText(String(warningMs / 1000));
    await expect(page.getByTestId('idle-still-here')).toHaveText(message('ht', 'idle.stillHere'));

    await page.getByTestId('idle-still-here').click();
    await expect(overlay).toBeHidden();
    await expect(kiosk.screen('privacy')).toBeVisible();

    await page.clock.runFor(quietMs + 5_000);
    await expect(page.getByTestId('idle-countdown')).toHaveText(String(warningMs / 1000 - 5));
    await page.clock.runFor(warningMs);

    await expect(kiosk.screen('language')).toBeVisible();
    await expect(overlay).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', site.defaultLanguage);
  });

  test('never counts down on the language screen', async ({ kiosk, page, request, kioskHost }) => {
    const site = await fetchSiteConfig(request, kioskHost.url);
    await kiosk.open();
    await page.clock.runFor((site.idleTimeoutSeconds + 10) * 1000);
    await expect(page.getByTestId('idle-overlay')).toHaveCount(0);
    await expect(kiosk.screen('language')).toBeVisible();
  });
});
