import type { Page } from '@playwright/test';

import { LANGUAGES } from '../../main/contract/index.js';

import { expect, test } from './fixtures.js';

/** The smallest touch target of the kiosk, in CSS pixels (about 16 mm at 1080p). */
const MIN_TARGET_PX = 60;

interface LayoutProblem {
  readonly what: string;
  readonly text: string;
}

/**
 * Text that does not fit (French and Kreyòl run long), targets too small for a finger, and
 * anything pushed off the side of the screen.
 */
async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate((minTarget) => {
    const problems: { what: string; text: string }[] = [];
    const describe = (element: Element): string => element.textContent.trim().slice(0, 60);
    for (const element of Array.from(document.querySelectorAll('h1, h2, p, li, span, button'))) {
      if (!(element instanceof HTMLElement) || element.offsetParent === null) continue;
      if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).display !== 'inline') {
        problems.push({ what: 'clipped', text: describe(element) });
      }
      const box = element.getBoundingClientRect();
      if (box.right > window.innerWidth + 1 || box.left < -1)
        problems.push({ what: 'off screen', text: describe(element) });
    }
    for (const button of Array.from(document.querySelectorAll('button'))) {
      const box = button.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.width < minTarget || box.height < minTarget) {
        problems.push({ what: `target ${Math.round(box.width)}×${Math.round(box.height)}`, text: describe(button) });
      }
    }
    return problems;
  }, MIN_TARGET_PX);
}

test.describe('layout at 1920 × 1080', () => {
  for (const language of LANGUAGES) {
    test(`every screen fits in ${language}`, async ({ kiosk, page }, testInfo) => {
      const check = async (name: string): Promise<void> => {
        const shot = await page.screenshot();
        await testInfo.attach(`${language}-${name}`, { body: shot, contentType: 'image/png' });
        expect(await layoutProblems(page), `${name} in ${language}`).toEqual([]);
      };

      await kiosk.open();
      await check('language');
      await kiosk.chooseLanguage(language);
      await check('home');
      for (const tile of ['urgent-help', 'privacy', 'ask-staff', 'about-redsafe']) {
        await page.getByTestId(`tile-${tile}`).click();
        await expect(kiosk.screen(tile)).toBeVisible();
        await check(tile);
        await page.getByTestId('nav-home').click();
      }
      await page.getByTestId('language-switch').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await check('language-menu');
    });
  }
});
