import type { Page } from '@playwright/test';

import { expect, test } from './fixtures.js';
import { message } from './locale-texts.js';

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
      // From the language screen on: the site's name changes language there, and the language
      // switch comes into the bar.
      await recordShifts(page);
      const steps: [string, string][] = [
        ['language-ht', 'home'],
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
      // A change of language from the bar's own switch, on the screen the visitor is on.
      await kiosk.switchLanguage('es');
      // Shifts are reported after the frame that shows them: one more frame, then read.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
      expect(shifts.filter((shift) => shift.inBar)).toEqual([]);
    });
  });
}

// The top bar keeps its buttons' places and widths with hidden copies (the language switch on the
// language screen, each label in the other languages): none of them may be seen, read or tapped.
test('what keeps the top bar steady is neither seen nor read aloud', async ({ kiosk, page }) => {
  await kiosk.open();
  await expect(page.getByTestId('language-switch')).toBeHidden();
  await expect(page.getByRole('button', { name: message('es', 'topBar.language') })).toHaveCount(0);
  await kiosk.chooseLanguage('ht');
  const bar = page.getByTestId('top-bar');
  await expect(bar.getByRole('button', { name: message('ht', 'topBar.urgentHelp'), exact: true })).toBeVisible();
  await expect(bar.getByRole('button', { name: message('ht', 'topBar.language'), exact: true })).toBeVisible();
  for (const other of ['es', 'en', 'fr'] as const) {
    await expect(bar.getByText(message(other, 'topBar.urgentHelp'), { exact: true })).toBeHidden();
  }
});
