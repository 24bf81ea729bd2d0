import type { Language } from '../../main/contract/index.js';

import { expect, type KioskPage } from './fixtures.js';

export const SHAPES = [
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
] as const;

/**
 * Walks through every screen of the journey and runs `check` on each: the first screen (the
 * languages), home, every tile, the services list with the keyboard open and a filter on, a service's
 * page with its slip dialog, each step of the account guide, the rights topics (list, the longest
 * topic, its sheet dialog), and the language menu.
 */
export async function walkEveryScreen(
  kiosk: KioskPage,
  language: Language,
  check: (name: string) => Promise<void>,
): Promise<void> {
  const { page } = kiosk;
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
  await page.getByTestId('tile-account-guide').click();
  for (const step of ['before', 'app', 'create', 'recovery', 'trouble']) {
    await expect(page.getByTestId(`guide-step-${step}`)).toBeVisible();
    await check(`guide-${step}`);
    if (step !== 'trouble') await page.getByTestId('guide-next').click();
  }
  await page.getByTestId('nav-home').click();
  await page.getByTestId('tile-topics').click();
  await expect(kiosk.screen('topics')).toBeVisible();
  await check('topics');
  await page.getByTestId('topic-detention').click();
  await expect(kiosk.screen('topic')).toBeVisible();
  await check('topic');
  await page.getByTestId('print-sheet').click();
  await expect(page.getByTestId('sheet-outcome')).toBeVisible();
  await check('sheet');
  await page.getByTestId('sheet-close').click();
  await page.getByTestId('nav-home').click();
  await page.getByTestId('tile-services').click();
  await page.getByTestId('search-box').click();
  await page.getByTestId('filter-free').click();
  await check('services');
  await page.getByTestId('key-clear').click();
  await page.getByTestId('service-comar-asilo').click();
  await expect(kiosk.screen('service')).toBeVisible();
  await check('service');
  await page.getByTestId('show-slip').click();
  await expect(page.getByTestId('referral-outcome')).toBeVisible();
  await check('slip');
  await page.getByTestId('referral-close').click();
  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('language-menu');
}
