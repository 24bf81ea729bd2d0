import { expect, test } from './fixtures.js';
import { message } from './locale-texts.js';

test('"Finish" returns to the language screen and leaves nothing of the visit', async ({ kiosk, page }) => {
  await kiosk.open();
  const historyAtStart = await page.evaluate(() => history.length);
  await kiosk.chooseLanguage('fr');
  await page.getByTestId('tile-privacy').click();
  await expect(kiosk.screen('privacy')).toBeVisible();
  // The page's timeline lists the visit's requests, its language choice among them, until the end.
  const languageRequests = (): Promise<number> =>
    page.evaluate(
      () => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/api/setLanguage')).length,
    );
  await expect.poll(languageRequests).toBeGreaterThan(0);
  // Whatever a page might have stored during the visit must be gone afterwards.
  await page.evaluate(() => {
    sessionStorage.setItem('visit', 'something');
    localStorage.setItem('visit', 'something');
    document.cookie = 'visit=something; path=/';
  });

  await page.getByTestId('nav-finish').click();

  await expect(kiosk.screen('language')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const traces = await page.evaluate(() => ({
    sessionStorage: sessionStorage.length,
    localStorage: localStorage.length,
    cookie: document.cookie,
    scrollY: window.scrollY,
    historyLength: history.length,
  }));
  expect(traces).toEqual({
    sessionStorage: 0,
    localStorage: 0,
    cookie: '',
    scrollY: 0,
    historyLength: historyAtStart,
  });
  // Requests made after the reset (the language screen's own) may follow, but none of the visit's.
  expect(await languageRequests()).toBe(0);
  await expect(page.getByTestId('nav-bar')).toHaveCount(0);

  // The next visitor starts from nothing: no way "back" into the last visit.
  await kiosk.chooseLanguage('en');
  await expect(kiosk.heading()).toHaveText(message('en', 'home.heading'));
  await expect(page.getByTestId('nav-back')).toHaveCount(0);
});
