import type { Page } from '@playwright/test';

import { LANGUAGES } from '../../main/contract/index.js';

import { holdMethods, refuseMethod, type RefusingHost } from './api-faults.js';
import { expect, test } from './fixtures.js';
import { message } from './locale-texts.js';

/**
 * The first screen is drawn before the directory and the rights topics arrive (they are fetched in
 * parallel). A visitor who is quick, or a host that is slow, must not see "0 services" or "no topics
 * yet" meanwhile: the screens say the list is coming, then show it. A list that failed at start-up is
 * asked for again when a visitor opens its screen. (The listen controls of these states, which the
 * sample configuration has no recordings for, are played in `read-aloud-coverage.spec`.)
 */

/**
 * The host has recovered, and nothing else asks for the list (no configuration changed): the
 * visitor goes home and opens the list's screen again, and that opening asks.
 */
async function reopenAfterRecovery(page: Page, host: RefusingHost, tile: string): Promise<void> {
  host.recover();
  await page.getByTestId('nav-home').click();
  const before = host.asked();
  await page.getByTestId(tile).click();
  await expect.poll(host.asked).toBeGreaterThan(before);
}

for (const language of LANGUAGES) {
  test(`services, ${language}: the list says it is coming until the directory arrives, then shows it`, async ({
    kiosk,
    page,
  }) => {
    const directory = await holdMethods(page, ['getDirectory']);
    await kiosk.open();
    await kiosk.chooseLanguage(language);
    await page.getByTestId('tile-services').click();
    await expect(kiosk.screen('services')).toBeVisible();

    const status = page.getByTestId('results-status');
    const heading = page.getByTestId('results-count');
    await expect(status).toHaveAttribute('data-state', 'loading');
    await expect(heading).toHaveText(message(language, 'services.loading'));
    // Nothing claims there is no service.
    await expect(page.getByTestId('no-results')).toHaveCount(0);
    await expect(page.getByTestId('service-list')).toHaveCount(0);
    await expect(heading).not.toContainText(/\d/);

    directory.release();
    await expect(status).toHaveAttribute('data-state', 'ready');
    await expect(page.getByTestId('service-list')).toBeVisible();
    const total = Number(/\d+/.exec((await heading.textContent()) ?? '')?.[0]);
    expect(total).toBeGreaterThan(0);
    await expect(page.locator('.service-list__item')).toHaveCount(total);
    // The heading that changed is the one live region: the count is announced where the wait was.
    await expect(heading).toHaveAttribute('aria-live', 'polite');
  });
}

test('services: a directory that failed at start-up says so, and opening the list again asks for it again', async ({
  kiosk,
  page,
}) => {
  const directory = await refuseMethod(page, 'getDirectory');
  await kiosk.open();
  await kiosk.chooseLanguage('ht');
  await page.getByTestId('tile-services').click();

  // Still refused: the visitor is told, in their language, and never "0 services".
  const status = page.getByTestId('results-status');
  await expect(status).toHaveAttribute('data-state', 'error');
  await expect(page.getByTestId('results-count')).toHaveText(message('ht', 'services.loadError'));
  await expect(page.getByTestId('no-results')).toHaveCount(0);

  await reopenAfterRecovery(page, directory, 'tile-services');
  await expect(status).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('service-list')).toBeVisible();
});

test('topics: the list says it is coming until the topics arrive, in Kreyòl', async ({ kiosk, page }) => {
  const topics = await holdMethods(page, ['getTopics']);
  await kiosk.open();
  await kiosk.chooseLanguage('ht');
  await page.getByTestId('tile-topics').click();
  await expect(kiosk.screen('topics')).toBeVisible();

  const loading = page.getByTestId('topics-loading');
  await expect(loading).toContainText(message('ht', 'topics.loading'));
  await expect(page.getByTestId('topics-empty')).toHaveCount(0);

  topics.release();
  await expect(page.getByTestId('topic-list')).toBeVisible();
  await expect(loading).toHaveCount(0);
});

test('topics: topics that failed at start-up say so, and are asked for again when the screen opens', async ({
  kiosk,
  page,
}) => {
  const topics = await refuseMethod(page, 'getTopics');
  await kiosk.open();
  await kiosk.chooseLanguage('fr');
  await page.getByTestId('tile-topics').click();
  // Still refused: the visitor is told the topics cannot be shown, not that there are none.
  await expect(page.getByTestId('topics-empty')).toContainText(message('fr', 'topics.loadError'));

  await reopenAfterRecovery(page, topics, 'tile-topics');
  await expect(page.getByTestId('topic-list')).toBeVisible();
  await expect(page.getByTestId('topics-empty')).toHaveCount(0);
});
