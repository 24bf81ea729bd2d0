import { idleDurations } from '../../renderer/src/idle/idle-timer.js';

import { expect, test } from './fixtures.js';
import { fetchSiteConfig } from './site-config.js';

test.describe('a visit leaves no trace', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
  });

  test('the idle reset after a deep visit leaves storage, history and the screens as they were', async ({
    kiosk,
    page,
    request,
    kioskHost,
  }) => {
    const site = await fetchSiteConfig(request, kioskHost.url);
    const { quietMs, warningMs } = idleDurations(site.idleTimeoutSeconds, site.idleWarningSeconds);
    await kiosk.open();
    const historyAtStart = await page.evaluate(() => history.length);
    await kiosk.chooseLanguage('ht');
    await page.getByTestId('tile-services').click();
    await kiosk.type('azil');
    await page.getByTestId('filter-free').click();
    await page.getByTestId('service-comar-asilo').click();
    await page.getByTestId('show-slip').click();
    await expect(page.getByTestId('referral-outcome')).toBeVisible();
    await page.evaluate(() => {
      sessionStorage.setItem('visit', 'x');
      localStorage.setItem('visit', 'x');
    });

    await page.clock.runFor(quietMs + warningMs);
    await expect(kiosk.screen('language')).toBeVisible();
    const traces = await page.evaluate(() => ({
      sessionStorage: sessionStorage.length,
      localStorage: localStorage.length,
      cookie: document.cookie,
      scrollY: window.scrollY,
      historyLength: history.length,
      url: location.pathname + location.search + location.hash,
    }));
    expect(traces).toEqual({
      sessionStorage: 0,
      localStorage: 0,
      cookie: '',
      scrollY: 0,
      historyLength: historyAtStart,
      url: '/',
    });

    // The next visitor finds the list as new: no query, no filter, no way back.
    await kiosk.chooseLanguage('es');
    await expect(page.getByTestId('nav-back')).toHaveCount(0);
    await page.getByTestId('tile-services').click();
    await expect(page.getByTestId('search-query')).toHaveCount(0);
    await expect(page.getByTestId('filter-free')).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('category-all')).toHaveAttribute('aria-pressed', 'true');
  });

  test('never resets while a slip is printing', async ({ kiosk, page, request, kioskHost }) => {
    const site = await fetchSiteConfig(request, kioskHost.url);
    const { quietMs } = idleDurations(site.idleTimeoutSeconds, site.idleWarningSeconds);
    // Hold the print until the test lets it go: a slow printer, as long as the idle timeout and more.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/printReferral', async (route) => {
      await held;
      await route.continue();
    });
    await kiosk.open();
    await kiosk.chooseLanguage('fr');
    await kiosk.openService('comar-asilo');
    await page.getByTestId('print-slip').click();
    await expect(page.getByTestId('referral-working')).toBeVisible();

    // Past the moment the warning would have come up. (Not much longer: the client gives up on a
    // print after the contract's timeout, which the printing service keeps shorter still.)
    await page.clock.runFor(quietMs + 1_000);
    await expect(page.getByTestId('idle-overlay')).toHaveCount(0);
    await expect(kiosk.screen('service')).toBeVisible();

    release();
    await expect(page.getByTestId('referral-outcome')).toBeVisible();
    // Once the print is over, the quiet period starts again from zero.
    await page.clock.runFor(quietMs);
    await expect(page.getByTestId('idle-overlay')).toBeVisible();
  });
});
