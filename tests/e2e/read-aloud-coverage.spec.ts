import { cp, link, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Locator, Page } from '@playwright/test';

import { LANGUAGES, type ClipManifest, type Language } from '../../main/contract/index.js';
import { loadClipTextSources, visitorTextsByLanguage } from '../../main/services/audio/audio-coverage.js';
import { textSha256 } from '../../main/services/audio/visitor-texts.js';

import { silentWav } from '../support/silent-wav.js';

import { holdMethods } from './api-faults.js';
import { expect, KioskPage, test } from './fixtures.js';
import { SAMPLE_CONFIG_DIR, startKioskHost, type KioskHost } from './kiosk-host.js';

/**
 * A clip, in the data folder's manifest format, for every text of every visitor screen in the four
 * languages, each made for the current text. One WAV (long enough to see "playing") is linked under
 * every clip's name, so a thousand clips cost one file.
 */
async function placeAllClips(configDir: string, dataDir: string): Promise<void> {
  const texts = await visitorTextsByLanguage(await loadClipTextSources(configDir));
  const source = join(dataDir, 'silence.wav');
  await writeFile(source, silentWav(4));
  for (const language of LANGUAGES) {
    const folder = join(dataDir, 'audio', language);
    await mkdir(folder, { recursive: true });
    const clips: ClipManifest['clips'] = {};
    for (const [id, text] of texts.get(language) ?? []) {
      await link(source, join(folder, `${id}.wav`));
      clips[id] = {
        file: `${id}.wav`,
        textSha256: textSha256(text),
        source: 'synthetic',
        by: 'espeak-ng',
        day: '2026-12-06',
      };
    }
    await writeFile(join(folder, 'manifest.json'), JSON.stringify({ version: 1, clips }));
  }
}

const controlsOf = (scope: Locator): Locator => scope.locator('[data-testid^="listen-"], [data-testid="read-aloud"]');

/** Tap: it plays (its own state, the sound has started); tap again: it stops. */
async function tapPlaysAndStops(control: Locator): Promise<void> {
  await control.click();
  await expect(control).toHaveAttribute('data-state', 'playing');
  await expect(control).toHaveAttribute('aria-pressed', 'true');
  await control.click();
  await expect(control).toHaveAttribute('data-state', 'idle');
  await expect(control).toHaveAttribute('aria-pressed', 'false');
}

/**
 * The screen offers the listen controls it must (a list, or "one per item of a list"), every one
 * of them reads clips (none fell back to a voice, none is missing for want of a clip), and
 * tapping the first and the last plays and stops each.
 */
async function checkScreen(
  page: Page,
  name: string,
  required: readonly string[],
  perItem: readonly [control: string, item: string][] = [],
): Promise<void> {
  const screen = page.getByTestId(`screen-${name}`);
  await expect(screen).toBeVisible();
  for (const testId of required) await expect(screen.getByTestId(testId), `${name}: ${testId}`).toBeVisible();
  for (const [control, item] of perItem) {
    const items = await screen.locator(item).count();
    expect(items, `${name}: ${item}`).toBeGreaterThan(0);
    await expect(screen.locator(`[data-testid^="${control}"]`), `${name}: ${control}*`).toHaveCount(items);
  }
  const controls = controlsOf(screen);
  const count = await controls.count();
  expect(count, name).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    await expect(controls.nth(index), `${name} #${index}`).toHaveAttribute('data-source', 'clips');
  }
  await tapPlaysAndStops(controls.first());
  if (count > 1) await tapPlaysAndStops(controls.last());
}

/** The clip ids the page asks the host for, in order, from now on. */
function clipsAsked(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/getAudioClip')) {
      asked.push((JSON.parse(request.postData() ?? '{}') as { messageId: string }).messageId);
    }
  });
  return asked;
}

const HOME_TILES = ['about-redsafe', 'account-guide', 'services', 'topics', 'urgent-help', 'privacy', 'ask-staff'];

test.describe('every visitor screen speaks, in every language', () => {
  let host: KioskHost;
  let root: string;

  test.beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kiosk-read-aloud-'));
    const configDir = join(root, 'config');
    await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
    host = await startKioskHost({
      configDir,
      prepareDataDir: (dataDir) => placeAllClips(configDir, dataDir),
    });
  });

  test.afterAll(async () => {
    await host.stop();
    await rm(root, { recursive: true, force: true });
  });

  test('each language button says its invitation in its own language, one at a time', async ({ page }) => {
    const asked: { language: string; messageId: string }[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/getAudioClip')) {
        asked.push(JSON.parse(request.postData() ?? '{}') as { language: string; messageId: string });
      }
    });
    const kiosk = new KioskPage(page, host);
    await kiosk.open();
    const screen = kiosk.screen('language');
    for (const language of LANGUAGES) {
      const control = screen.getByTestId(`listen-language-${language}`);
      await expect(control).toHaveAttribute('data-source', 'clips');
      await expect(control).toHaveAttribute('lang', language);
    }
    const kreyol = screen.getByTestId('listen-language-ht');
    const french = screen.getByTestId('listen-language-fr');
    await kreyol.click();
    await expect(kreyol).toHaveAttribute('data-state', 'playing');
    // Another control takes over: the first turns back to "listen" at once.
    await french.click();
    await expect(french).toHaveAttribute('data-state', 'playing');
    await expect(kreyol).toHaveAttribute('aria-pressed', 'false');
    await french.click();
    await expect(french).toHaveAttribute('aria-pressed', 'false');
    // Each spoke with its own language's clip, whatever the page's language.
    expect(asked).toEqual([
      { language: 'ht', messageId: 'readAloud.languageInvitation' },
      { language: 'fr', messageId: 'readAloud.languageInvitation' },
    ]);
    // The language buttons themselves are untouched.
    for (const language of LANGUAGES) await expect(screen.getByTestId(`language-${language}`)).toBeVisible();
  });

  test('the lists say aloud that they are coming, before the directory and the topics arrive', async ({ page }) => {
    const asked = clipsAsked(page);
    // A slow host: the directory and the topics do not come while the visitor listens.
    const slow = await holdMethods(page, ['getDirectory', 'getTopics']);
    const kiosk = new KioskPage(page, host);
    await kiosk.open();
    await kiosk.chooseLanguage('ht');
    await page.getByTestId('tile-services').click();
    const services = page.getByTestId('listen-directory-loading');
    await expect(services).toHaveAttribute('data-source', 'clips');
    await tapPlaysAndStops(services);
    await page.getByTestId('nav-home').click();
    await page.getByTestId('tile-topics').click();
    const topics = page.getByTestId('listen-topics-loading');
    await expect(topics).toHaveAttribute('data-source', 'clips');
    await tapPlaysAndStops(topics);
    expect(asked).toEqual(['services.loading', 'topics.loading']);
    slow.release();
    await expect(page.getByTestId('topic-list')).toBeVisible();
  });

  test('topics that could not be fetched are said aloud to be missing, with staff to ask', async ({ page }) => {
    const asked = clipsAsked(page);
    await page.route('**/api/getTopics', (route) => route.abort('connectionrefused'));
    const kiosk = new KioskPage(page, host);
    await kiosk.open();
    await kiosk.chooseLanguage('ht');
    await page.getByTestId('tile-topics').click();
    await expect(page.getByTestId('topics-empty')).toBeVisible();
    const control = page.getByTestId('listen-topics-empty');
    await expect(control).toHaveAttribute('data-source', 'clips');
    await tapPlaysAndStops(control);
    expect(asked).toEqual(['topics.loadError']);
  });

  for (const language of LANGUAGES) {
    test(`every visitor screen offers its listen controls in ${language}, and each plays`, async ({ page }) => {
      test.setTimeout(120_000);
      const kiosk = new KioskPage(page, host);
      await kiosk.open();
      await kiosk.chooseLanguage(language satisfies Language);
      await checkScreen(
        page,
        'home',
        ['read-aloud', 'listen-follow-up-entry', ...HOME_TILES.map((tile) => `listen-tile-${tile}`)],
        [['listen-tile-', '.tile']],
      );

      const visit = async (tile: string): Promise<void> => {
        await page.getByTestId('nav-home').click();
        await page.getByTestId(`tile-${tile}`).click();
      };
      await page.getByTestId('tile-urgent-help').click();
      await checkScreen(
        page,
        'urgent-help',
        ['read-aloud', 'listen-child-alone'],
        [['listen-emergency-', '[data-testid="emergency-number"]']],
      );
      await visit('privacy');
      await checkScreen(page, 'privacy', [
        'read-aloud',
        'listen-privacy-keeps',
        'listen-privacy-never',
        'listen-privacy-finish',
        'listen-privacy-who',
        'listen-privacy-redsafe',
      ]);
      await visit('ask-staff');
      await checkScreen(page, 'ask-staff', [
        'read-aloud',
        'listen-ask-staff-desk',
        'listen-ask-staff-help',
        'listen-ask-staff-wait',
        'listen-turns-offer',
      ]);
      await visit('about-redsafe');
      await checkScreen(
        page,
        'about-redsafe',
        ['read-aloud', 'listen-about-data', 'listen-about-language', 'listen-about-safety'],
        [['listen-feature-', '[data-testid^="feature-"]']],
      );
      await visit('account-guide');
      for (const step of ['before', 'app', 'create', 'recovery', 'trouble']) {
        await expect(page.getByTestId(`guide-step-${step}`)).toBeVisible();
        await checkScreen(
          page,
          'account-guide',
          ['read-aloud'],
          [[`listen-guide.steps.${step}.items.`, '.guide-list > li']],
        );
        if (step !== 'trouble') await page.getByTestId('guide-next').click();
      }
      await visit('topics');
      await checkScreen(page, 'topics', ['read-aloud'], [['listen-topic-', '.topic-card']]);
      await page.getByTestId('topic-detention').click();
      await checkScreen(
        page,
        'topic',
        ['read-aloud', 'listen-topic-summary', 'listen-topic-bring', 'listen-topic-cost'],
        [['listen-topic-step-', '.topic-steps__item']],
      );
      await visit('services');
      await checkScreen(
        page,
        'services',
        ['read-aloud', 'listen-filters', 'listen-categories'],
        [['listen-service-', '.service-card']],
      );
      await page.getByTestId('service-comar-asilo').click();
      await checkScreen(page, 'service', ['read-aloud', 'listen-detail-hours', 'listen-detail-bring']);
      await page.getByTestId('nav-home').click();
      await page.getByTestId('home-follow-up').click();
      await checkScreen(page, 'follow-up', ['listen-follow-up-code']);
    });
  }
});

test.describe('auto-play of the heading (site.json readAloud.autoPlayHeading)', () => {
  let host: KioskHost;
  let root: string;

  test.beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kiosk-auto-play-'));
    const configDir = join(root, 'config');
    await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
    const siteFile = join(configDir, 'site.json');
    const site = JSON.parse(await readFile(siteFile, 'utf8')) as Record<string, unknown>;
    await writeFile(siteFile, JSON.stringify({ ...site, readAloud: { autoPlayHeading: true } }, null, 2));
    host = await startKioskHost({
      configDir,
      prepareDataDir: (dataDir) => placeAllClips(configDir, dataDir),
    });
  });

  test.afterAll(async () => {
    await host.stop();
    await rm(root, { recursive: true, force: true });
  });

  test('says the heading once on entering a screen, stops at a touch, never on the start screens', async ({ page }) => {
    const asked = clipsAsked(page);
    const kiosk = new KioskPage(page, host);
    await kiosk.open();
    // The first screen stays silent however long it is shown.
    await expect(kiosk.screen('language').getByTestId('listen-language-es')).toHaveAttribute('data-source', 'clips');
    expect(asked).toEqual([]);

    await kiosk.chooseLanguage('ht');
    const home = kiosk.screen('home');
    await expect(home).toHaveAttribute('data-auto-play', 'playing');
    expect(asked).toEqual(['home.heading']);
    // Any touch stops it.
    await kiosk.heading().click();
    await expect(home).toHaveAttribute('data-auto-play', 'idle');

    // The next screen says its own heading, once.
    await page.getByTestId('tile-privacy').click();
    const privacy = kiosk.screen('privacy');
    await expect(privacy).toHaveAttribute('data-auto-play', 'playing');
    await expect(privacy).toHaveAttribute('data-auto-play', 'idle', { timeout: 10_000 });
    expect(asked).toEqual(['home.heading', 'privacy.heading']);
  });
});
