// The visitor's follow-up screen is a chunk of its own, fetched once the first screen is idle.
// These tests cut the network after the first load and open it: it must be there already, drawn
// at once, with no "one moment" in between. A chunk that cannot be fetched says so in the
// visitor's language, tries again, and leaves the way home open.
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures.js';
import { chunkInPage } from './chunks-in-page.js';
import { giveReferral, typedCode } from './referral-given.js';
import { message } from './locale-texts.js';

const FOLLOW_UP_CHUNK = /\/assets\/FollowUpScreen-[\w-]+\.js$/;
/** Notes, from before the app runs, whether the follow-up wait was ever put on the page. */
async function watchForLoadingState(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = (): boolean => document.querySelector('[data-testid="follow-up-loading"]') !== null;
    new MutationObserver(() => {
      if (seen()) document.documentElement.dataset['followUpWaitShown'] = 'true';
    }).observe(document, { childList: true, subtree: true });
  });
}

test('the follow-up screen opens at once, and a code is answered, with every asset request failing', async ({
  kiosk,
  kioskHost,
  page,
}) => {
  const code = typedCode(await giveReferral(kioskHost.url, 'linea-nacional-contra-la-trata', 'fr'));

  await watchForLoadingState(page);
  const inPage = chunkInPage(page, 'FollowUpScreen');
  await kiosk.open();
  await inPage;

  // From here on no file of the renderer can be fetched; the services still answer.
  const refused: string[] = [];
  await page.route('**/assets/**', async (route) => {
    refused.push(route.request().url());
    await route.abort('internetdisconnected');
  });

  await kiosk.chooseLanguage('fr');
  await page.getByTestId('home-follow-up').click();
  await expect(kiosk.screen('follow-up')).toBeVisible();
  await expect(kiosk.heading()).toHaveText(message('fr', 'followUp.visitor.heading'));
  for (const key of code) await page.getByTestId(`code-key-${key}`).click();
  await expect(page.getByTestId('visitor-follow-up-code')).toHaveText(code);
  await page.getByTestId('visitor-follow-up-next').click();
  await page.getByTestId('visitor-outcome-served').click();
  await expect(page.getByTestId('visitor-follow-up-thanks')).toHaveText(message('fr', 'followUp.visitor.thanks'));

  // Drawn in the tap's own render: the wait never reached the page.
  await expect(page.locator('html')).not.toHaveAttribute('data-follow-up-wait-shown', 'true');
  expect(refused).toEqual([]);
});

test('the follow-up screen opens with the network cut', async ({ kiosk, page, context }) => {
  await watchForLoadingState(page);
  const inPage = chunkInPage(page, 'FollowUpScreen');
  await kiosk.open();
  await inPage;
  await kiosk.chooseLanguage('ht');
  await context.setOffline(true);

  await page.getByTestId('home-follow-up').click();
  await expect(kiosk.screen('follow-up')).toBeVisible();
  await expect(page.getByTestId('code-key-clear')).toBeVisible();
  await expect(page.getByTestId('follow-up-loading')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-follow-up-wait-shown', 'true');
  await context.setOffline(false);
});

test('a follow-up chunk that cannot be fetched says so in the visitor’s language; retry opens it, home leaves', async ({
  kiosk,
  page,
}) => {
  let refuse = true;
  await page.route(FOLLOW_UP_CHUNK, async (route) => {
    if (refuse) await route.abort('internetdisconnected');
    else await route.continue();
  });
  await kiosk.open();
  await kiosk.chooseLanguage('ht');

  await page.getByTestId('home-follow-up').click();
  const failed = page.getByTestId('follow-up-load-failed');
  await expect(failed).toBeVisible();
  await expect(kiosk.heading()).toHaveText(message('ht', 'unavailable.heading'));
  await expect(failed).toContainText(message('ht', 'unavailable.body'));
  await expect(failed).toContainText(message('ht', 'unavailable.askStaff'));
  await expect(page.getByTestId('follow-up-load-retry')).toHaveText(message('ht', 'unavailable.retry'));

  // The visitor can leave: the navigation bar is there, and home works.
  await page.getByTestId('nav-home').click();
  await expect(kiosk.screen('home')).toBeVisible();

  // Back again, still refused; then the host answers and "try again" opens the screen.
  await page.getByTestId('home-follow-up').click();
  await expect(failed).toBeVisible();
  refuse = false;
  await page.getByTestId('follow-up-load-retry').click();
  await expect(kiosk.screen('follow-up')).toBeVisible();
  await expect(kiosk.heading()).toHaveText(message('ht', 'followUp.visitor.heading'));
  await expect(failed).toHaveCount(0);
});

test('a follow-up chunk that could not be fetched is tried again by itself', async ({ kiosk, page }) => {
  await page.clock.install();
  let refuse = true;
  await page.route(FOLLOW_UP_CHUNK, async (route) => {
    if (refuse) await route.abort('internetdisconnected');
    else await route.continue();
  });
  await kiosk.open();
  await kiosk.chooseLanguage('es');
  await page.getByTestId('home-follow-up').click();
  await expect(page.getByTestId('follow-up-load-failed')).toBeVisible();

  refuse = false;
  // Nobody touches anything: the quiet retry (every 10 s) brings the screen.
  await page.clock.runFor(10_000);
  await expect(kiosk.screen('follow-up')).toBeVisible();
  await expect(page.getByTestId('follow-up-load-failed')).toHaveCount(0);
});
