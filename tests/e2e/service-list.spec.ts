import { expect, test } from './fixtures.js';

/**
 * The service list starts below the fold: the tap that opens it draws the first cards with the
 * screen and the rest right after that frame, without anyone doing anything. Only the count is a
 * live region, so a screen reader announces "18 services", not every card as it arrives.
 */
test('the service list draws its first cards with the screen, then the whole list by itself', async ({
  kiosk,
  page,
}) => {
  // The first screen is drawn before the directory arrives (it is fetched in parallel); this test is
  // about drawing a loaded list, so the tap waits for the directory, as on a kiosk that has started.
  const directory = page.waitForResponse('**/api/getDirectory');
  await kiosk.open();
  await directory;
  await kiosk.chooseLanguage('fr');
  // Counted in the same task as the DOM change that brings the screen (a mutation observer's microtask).
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-testid="screen-services"]') === null) return;
      observer.disconnect();
      document.body.dataset['firstCards'] = String(document.querySelectorAll('.service-list__item').length);
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  await page.getByTestId('tile-services').click();
  await expect(kiosk.screen('services')).toBeVisible();
  const firstCards = Number(await page.locator('body').getAttribute('data-first-cards'));
  expect(firstCards).toBeGreaterThan(0);
  expect(firstCards).toBeLessThanOrEqual(6);

  const count = page.getByTestId('results-count');
  const total = Number(/\d+/.exec((await count.textContent()) ?? '')?.[0]);
  expect(total).toBeGreaterThan(firstCards);
  await expect(page.locator('.service-list__item')).toHaveCount(total);
  // The last card is a real card, and it opens its service.
  const last = page.locator('.service-list__item').last().locator('.service-card');
  await last.scrollIntoViewIfNeeded();
  await last.click();
  await expect(kiosk.screen('service')).toBeVisible();

  await page.getByTestId('nav-back').click();
  await expect(count).toHaveAttribute('aria-live', 'polite');
  // Neither the list nor anything around it is a live region; nor is anything in it.
  const list = page.getByTestId('service-list');
  expect(await list.evaluate((element) => element.closest('[aria-live]') === null)).toBe(true);
  await expect(list.locator('[aria-live]')).toHaveCount(0);
});
