// The kiosk's first screen, between visitors and at the start of every visit: welcome and "choose
// your language" in four languages, the four languages by their own names, and one tap from it to
// the home screen. No separate "touch to start". Idle returns to it; "out of service" and "not yet
// open" still take its place. It is drawn from the page itself before the bundle has run.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { ENDONYMS, LANGUAGES } from '../../main/contract/index.js';
import { idleDurations } from '../../renderer/src/idle/idle-timer.js';

import { expect, KioskPage, test } from './fixtures.js';
import { SAMPLE_CONFIG_DIR, startKioskHost, type KioskHost } from './kiosk-host.js';
import { layoutProblems } from './layout-checks.js';
import { message } from './locale-texts.js';
import { fetchSiteConfig } from './site-config.js';
import { SHAPES } from './walk-screens.js';

async function expectFirstScreen(page: Page): Promise<void> {
  const screen = page.getByTestId('screen-language');
  await expect(screen).toBeVisible();
  for (const language of LANGUAGES) {
    await expect(screen.locator(`.language-screen__welcome [lang="${language}"]`)).toHaveText(
      message(language, 'language.welcome'),
    );
    await expect(screen.locator(`h1 [lang="${language}"]`)).toHaveText(message(language, 'language.choose'));
    const button = screen.getByTestId(`language-${language}`);
    await expect(button).toBeVisible();
    await expect(button).toBeEnabled();
    await expect(button).toHaveText(ENDONYMS[language]);
    await expect(button).toHaveAttribute('lang', language);
  }
  // Nothing before it, nothing to go back to, no countdown.
  await expect(page.getByTestId('nav-finish')).toHaveCount(0);
  await expect(page.getByTestId('nav-back')).toHaveCount(0);
  // Urgent help is there before anyone has chosen a language.
  await expect(page.getByTestId('urgent-help-button')).toBeVisible();
}

for (const shape of SHAPES) {
  test.describe(`first screen ${shape.name} ${shape.viewport.width} × ${shape.viewport.height}`, () => {
    test.use({ viewport: shape.viewport });

    test('welcomes in four languages, shows the four languages by their own names, and fits', async ({
      kiosk,
      page,
    }) => {
      await kiosk.open();
      await expectFirstScreen(page);
      expect(await layoutProblems(page)).toEqual([]);
      // All four buttons inside the window, none under another.
      const boxes = await Promise.all(
        LANGUAGES.map(async (language) => page.getByTestId(`language-${language}`).boundingBox()),
      );
      for (const box of boxes) {
        expect(box).not.toBeNull();
        if (box === null) continue;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(shape.viewport.height);
        expect(box.x + box.width).toBeLessThanOrEqual(shape.viewport.width);
      }
    });
  });
}

for (const language of LANGUAGES) {
  test(`one tap on ${ENDONYMS[language]} opens the home screen in ${language}`, async ({ kiosk, page }) => {
    await kiosk.open();
    await page.getByTestId(`language-${language}`).click();
    await expect(kiosk.screen('home')).toBeVisible();
    await expect(kiosk.heading()).toHaveText(message(language, 'home.heading'));
    await expect(page.locator('html')).toHaveAttribute('lang', language);
  });
}

test('the page itself carries the first screen, and a tap on it before the app has run is kept', async ({
  page,
  kioskHost,
}) => {
  // The page as served holds the same texts, before any script has run.
  const html = await (await page.request.get(kioskHost.url)).text();
  for (const language of LANGUAGES) {
    expect(html).toContain(`data-first-language="${language}">${ENDONYMS[language]}</button>`);
    expect(html).toContain(message(language, 'language.welcome'));
  }

  // The app's bundle is held back until the visitor has tapped "Français" on the page's copy.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // Not waiting for "load": the held bundle is a module script, which holds that event back.
  await page.goto(kioskHost.url, { waitUntil: 'commit' });
  const copy = page.getByTestId('first-screen-static');
  await expect(copy).toBeVisible();
  await expect(page.getByTestId('screen-language')).toHaveCount(0);
  const french = copy.locator('[data-first-language="fr"]');
  await french.click();
  await expect(french).toHaveAttribute('aria-pressed', 'true');

  release();
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('screen-heading')).toHaveText(message('fr', 'home.heading'));
  await expect(copy).toHaveCount(0);
});

test('a tap on the copy before its script has run is kept too: the tapped button has the focus', async ({
  page,
  kioskHost,
}) => {
  // first-screen.js is deferred: the languages can be drawn and tapped while it is still on its
  // way. Holding it also holds the app's bundle, which comes after it in document order.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/first-screen\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(kioskHost.url, { waitUntil: 'commit' });
  const copy = page.getByTestId('first-screen-static');
  await expect(copy).toBeVisible();
  await copy.locator('[data-first-language="ht"]').click();
  await expect(page.locator('html')).not.toHaveAttribute('data-first-language', /./);

  release();
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('screen-heading')).toHaveText(message('ht', 'home.heading'));
});

test('the turn display page never shows the languages, not even before its bundle has run', async ({
  page,
  kioskHost,
}) => {
  const html = await (await page.request.get(new URL('display', kioskHost.url).href)).text();
  expect(html).toContain('<div id="root"></div>');
  expect(html).not.toContain('data-first-language');
  expect(html).not.toContain('first-screen.js');
  // Watched from the first node on: no language button is ever put in the page.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('[data-first-language], [data-testid^="language-"]') !== null)
        document.documentElement.dataset['sawLanguages'] = 'yes';
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(new URL('display', kioskHost.url).href);
  await expect(page.getByTestId('turn-display')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-saw-languages', 'yes');
});

test('the idle reset returns to the first screen, in the site language', async ({
  kiosk,
  page,
  request,
  kioskHost,
}) => {
  await page.clock.install();
  const site = await fetchSiteConfig(request, kioskHost.url);
  const { quietMs, warningMs } = idleDurations(site.idleTimeoutSeconds, site.idleWarningSeconds);
  await kiosk.open();
  await kiosk.chooseLanguage('ht');
  await page.getByTestId('tile-privacy').click();
  await expect(kiosk.screen('privacy')).toBeVisible();
  await page.clock.runFor(quietMs);
  await expect(page.getByTestId('idle-overlay')).toBeVisible();
  // The countdown has started (its timer is armed once the overlay is drawn); a second to spare.
  await expect(page.getByTestId('idle-countdown')).toHaveText(String(warningMs / 1000));
  await page.clock.runFor(warningMs + 1_000);
  await expectFirstScreen(page);
  await expect(page.locator('html')).toHaveAttribute('lang', site.defaultLanguage);
});

test.describe('screens that take the first screen’s place', () => {
  let configDir = '';
  let host: KioskHost | undefined;

  test.beforeEach(async () => {
    configDir = await mkdtemp(join(tmpdir(), 'redsafe-e2e-first-'));
    await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
  });

  test.afterEach(async () => {
    await host?.stop();
    host = undefined;
    await rm(configDir, { recursive: true, force: true });
  });

  test('a configuration that is not valid: "out of service", not the languages', async ({ page }) => {
    const site = await readFile(join(configDir, 'site.json'), 'utf8');
    await writeFile(join(configDir, 'site.json'), site.slice(0, Math.floor(site.length / 2)));
    host = await startKioskHost({ configDir });
    await page.goto(host.url);
    const screen = page.getByTestId('screen-out-of-service');
    await expect(screen).toBeVisible();
    for (const language of LANGUAGES) {
      await expect(screen.locator(`h1 [lang="${language}"]`)).toHaveText(message(language, 'outOfService.heading'));
    }
    await expect(page.getByTestId('screen-language')).toHaveCount(0);
    await expect(page.getByTestId('first-screen-static')).toHaveCount(0);
    await expect(page.getByTestId('language-es')).toHaveCount(0);
  });

  test('a point not yet open today: "not yet open", not the languages', async ({ page }) => {
    const file = join(configDir, 'operations.json');
    const operations = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...operations, notOpenUntilChecked: true }));
    host = await startKioskHost({ configDir });
    const kiosk = new KioskPage(page, host);
    await page.goto(kiosk.host.url);
    const closed = page.getByTestId('screen-not-yet-open');
    await expect(closed).toBeVisible();
    await expect(closed.locator('[lang="fr"]').first()).toHaveText(message('fr', 'operations.notOpen.heading'));
    await expect(page.getByTestId('screen-language')).toHaveCount(0);
    await expect(page.getByTestId('language-es')).toHaveCount(0);
  });
});
