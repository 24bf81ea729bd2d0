import type { Page } from '@playwright/test';

import { expect, test } from './fixtures.js';

/** A layout shift the browser saw, with what moved: inside a bar, or the place it left. */
interface Shift {
  readonly inBar: boolean;
  readonly what: string;
}

/** Starts recording the page's layout shifts (the Layout Instability API) into `window.__shifts`. */
async function recordShifts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const shifts: Shift[] = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const sources = (entry as unknown as { sources: { node: Node | null }[] }).sources;
        for (const { node } of sources) {
          const element = node instanceof Element ? node : (node?.parentElement ?? null);
          shifts.push({
            // A node already removed from the page belonged to the screen that went away.
            inBar: (element?.closest('.top-bar, .nav-bar') ?? null) !== null,
            what: element === null ? '(removed)' : `${element.className} ${element.getAttribute('data-testid') ?? ''}`,
          });
        }
      }
    }).observe({ type: 'layout-shift' });
  });
}

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    // A visitor who reads little finds Back, Home, Finish and the top bar's buttons by where they
    // are: going from screen to screen must not move them, nor the boxes around them.
    test('the top and bottom bars do not move from one screen to the next', async ({ kiosk, page }) => {
      await kiosk.open();
      await kiosk.chooseLanguage('ht');
      await recordShifts(page);
      const steps: [string, string][] = [
        ['tile-about-redsafe', 'about-redsafe'],
        ['about-start-guide', 'account-guide'],
        ['nav-home', 'home'],
        ['tile-services', 'services'],
        ['service-comar-asilo', 'service'],
        ['nav-back', 'services'],
        ['nav-home', 'home'],
        ['tile-privacy', 'privacy'],
        ['nav-back', 'home'],
      ];
      for (const [tap, screen] of steps) {
        await page.getByTestId(tap).click();
        await expect(kiosk.screen(screen)).toBeVisible();
      }
      // Shifts are reported after the frame that shows them: one more frame, then read.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
      expect(shifts.filter((shift) => shift.inBar)).toEqual([]);
    });
  });
}
