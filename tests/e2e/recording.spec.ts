import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, expect, test, type Browser, type Page } from '@playwright/test';

import { chromiumArgs, chromiumLaunchOptions } from '../support/browser.js';
import type { Language } from '../../main/contract/index.js';
import { textSha256 } from '../../main/services/audio/visitor-texts.js';

import { refuseMethod } from './api-faults.js';
import { SAMPLE_CONFIG_DIR, startKioskHost, type KioskHost } from './kiosk-host.js';
import { message } from './locale-texts.js';
import { provisionSupervisor, StaffPage, SUPERVISOR } from './staff-page.js';

/** The staff screens' language: the sample site's default (no visitor chose one), not the one recorded. */
const STAFF_LANGUAGE = 'es';

/** The recordings screen's steps, on a page where staff have it open. */
function recorder(page: Page) {
  const card = page.getByTestId('recording-card');
  /**
   * Skips to a clip among the texts to record. The 911 line is some 250 cards in, so the page
   * presses "Skip" itself: one round trip to the browser per press made the walk alone take
   * half the test's time on a busy machine. Each press waits for the card to change.
   */
  async function skipTo(clipId: string): Promise<void> {
    await page.evaluate(async (wanted) => {
      const shown = (): string | null | undefined =>
        document.querySelector('[data-testid="recording-card"]')?.getAttribute('data-clip-id');
      for (let i = 0; i < 400 && shown() !== wanted; i += 1) {
        const before = shown();
        document.querySelector<HTMLButtonElement>('[data-testid="recording-skip"]')?.click();
        for (let wait = 0; wait < 200 && shown() === before; wait += 1) {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
    }, clipId);
    await expect(card).toHaveAttribute('data-clip-id', clipId);
  }
  /** Goes to a clip among the texts to record and records the fake microphone's words, not kept yet. */
  async function takeOf(clipId: string): Promise<string> {
    await skipTo(clipId);
    const shown = (await page.getByTestId('recording-text').textContent()) ?? '';
    await page.getByTestId('recording-record').click();
    await expect(page.getByTestId('recording-stop')).toBeVisible();
    // While the take runs nothing can change the card under it.
    for (const id of ['recording-skip', 'recordings-screen-all', 'recordings-language-es'])
      await expect(page.getByTestId(id)).toBeDisabled();
    // The fake microphone plays its file in real time: record until the screen's own clock
    // says it has run long enough for the words (about 2.5 s with the silence around them).
    const elapsed = page.getByTestId('recording-elapsed');
    await expect(elapsed).toBeVisible();
    await expect
      .poll(async () => Number(await elapsed.getAttribute('data-elapsed-ms')), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(2500);
    await page.getByTestId('recording-stop').click();
    await expect(page.getByTestId('recording-keep')).toBeVisible();
    return shown;
  }
  /** Records a clip as `takeOf` does, and keeps it. */
  async function recordClip(clipId: string): Promise<string> {
    const shown = await takeOf(clipId);
    await page.getByTestId('recording-keep').click();
    await expect(page.getByTestId('recordings-notice')).toBeVisible();
    await expect(card).not.toHaveAttribute('data-clip-id', clipId);
    return shown;
  }
  return { card, skipTo, takeOf, recordClip };
}

/** Opens the recordings screen as the provisioned supervisor, on the language `language`. */
async function openRecordings(page: Page, url: string, language: Language): Promise<StaffPage> {
  const staff = new StaffPage(page);
  await page.goto(url);
  // The staff chord is listened for once the app has drawn its first screen, as in the other specs.
  await expect(page.getByTestId('screen-language')).toBeVisible();
  await staff.pressChord();
  await staff.signIn();
  await page.getByTestId('staff-open-recordings').click();
  await expect(staff.screen('recordings')).toBeVisible();
  await page.getByTestId(`recordings-language-${language}`).click();
  await expect(page.getByTestId('recording-card')).toBeVisible();
  return staff;
}

/**
 * Recording at the point, end to end: Chromium's fake microphone plays a WAV that espeak-ng made
 * (speech with silence around it), staff record the Kreyòl home heading, keep it, and the visitor
 * home screen plays it. Needs a browser of its own: the fake-device flags are per launch.
 */
test.describe('recording a clip at the point', () => {
  let host: KioskHost;
  let browser: Browser;
  let root: string;
  let configDir: string;

  test.beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kiosk-rec-e2e-'));
    configDir = join(root, 'config');
    await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
    const speech = join(root, 'speech.wav');
    // A second of silence each side: the trim must find the words between them.
    execFileSync('espeak-ng', ['-v', 'ht', '-w', speech, '[[_:_:_:_:]] Ki sa ou bezwen? [[_:_:_:_:]]']);
    host = await startKioskHost({ configDir, prepareDataDir: provisionSupervisor });
    const options = chromiumLaunchOptions();
    browser = await chromium.launch({
      ...options,
      args: [
        ...chromiumArgs(),
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-audio-capture=${speech}`,
        '--autoplay-policy=no-user-gesture-required',
      ],
    });
  });

  test.afterAll(async () => {
    await browser.close();
    await host.stop();
    await rm(root, { recursive: true, force: true });
  });

  test('record, keep, hear it on the visitor screen; the manifest holds the hash; a text change makes it stale', async () => {
    // Three takes of the fake microphone, each in real time, and a clip played to its end: some
    // 25 s on a quiet machine, 35 s with the whole suite running beside it. The usual 45 s would
    // leave a busy machine no margin.
    test.setTimeout(90_000);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const staff = await openRecordings(page, host.url, 'ht');
    const { card, skipTo, recordClip } = recorder(page);
    const text = await recordClip('home.heading');
    // Urgent help first: staff pick the screen, and go through its texts only.
    await page.getByTestId('recordings-screen-urgent-help').click();
    await expect(page.getByTestId('recordings-screen-urgent-help')).toHaveAttribute('aria-pressed', 'true');
    await expect(card).toHaveAttribute('data-clip-id', /^(urgentHelp|emergency)\./);
    await recordClip('emergency.emergencias-911');
    // A poor take can be redone: on its screen a recorded text is still there, says who recorded
    // it and when, and takes a new recording.
    await skipTo('emergency.emergencias-911');
    await expect(card).toContainText('Ana');
    await recordClip('emergency.emergencias-911');

    const manifest = JSON.parse(await readFile(join(host.dataDir, 'audio', 'ht', 'manifest.json'), 'utf8')) as {
      clips: Record<
        string,
        { textSha256: string; by: string; source: string; file: string; playback?: { gain: number } }
      >;
    };
    const entry = manifest.clips['home.heading'];
    expect(entry).toMatchObject({
      textSha256: textSha256(text),
      by: SUPERVISOR,
      source: 'recorded',
      file: 'home.heading.webm',
    });
    expect(entry?.playback?.gain).toBeGreaterThan(0);

    // The visitor side: Kreyòl home screen, the speaker plays the recorded clip.
    await staff.lock();
    await page.getByTestId('language-ht').click();
    const speaker = page.getByTestId('read-aloud');
    await expect(speaker).toHaveAttribute('data-source', 'clips');
    await speaker.click();
    await expect(speaker).toHaveAttribute('aria-pressed', 'true');
    await expect(speaker).toHaveAttribute('aria-pressed', 'false', { timeout: 15_000 });

    const status = (): string =>
      spawnSync(
        'node',
        ['bin/kioskctl.js', 'audio', 'status', '--lang', 'ht', '--config', configDir, '--data', host.dataDir],
        {
          encoding: 'utf8',
        },
      ).stdout;
    expect(status()).toMatch(/^ht: 2\/\d+ present \(2 recorded, 0 synthetic\), \d+ missing, 0 stale/);

    // The site rewords the 911 line: its clip no longer says what the screen shows.
    const site = JSON.parse(await readFile(join(configDir, 'site.json'), 'utf8')) as {
      emergencyNumbers: { id: string; description?: Record<string, string> }[];
    };
    const line = site.emergencyNumbers.find((number) => number.id === 'emergencias-911');
    if (line?.description === undefined) throw new Error('the sample site has no 911 description');
    line.description.ht = 'Polis, anbilans ak ponpye. Ou pa peye anyen pou rele.';
    await writeFile(join(configDir, 'site.json'), JSON.stringify(site, null, 2));
    expect(status()).toMatch(/^ht: 1\/\d+ present \(1 recorded, 0 synthetic\), \d+ missing, 1 stale/);
    await page.close();
  });

  test('deleting a recording is asked twice and audited; a delete or a keep the host refuses loses nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const staff = await openRecordings(page, host.url, 'fr');
    const { card, skipTo, takeOf, recordClip } = recorder(page);
    await page.getByTestId('recordings-screen-home').click();
    await recordClip('home.heading');
    await skipTo('home.heading');
    await expect(card).toContainText(SUPERVISOR);
    const manifestPath = join(host.dataDir, 'audio', 'fr', 'manifest.json');
    const clips = async (): Promise<string[]> =>
      Object.keys((JSON.parse(await readFile(manifestPath, 'utf8')) as { clips: Record<string, unknown> }).clips);
    expect(await clips()).toContain('home.heading');

    // The first press only asks, and says what deleting costs the visitors.
    const remove = page.getByTestId('recording-delete');
    await remove.click();
    await expect(page.getByTestId('recording-delete-warning')).toHaveText(
      message(STAFF_LANGUAGE, 'recordings.deleteWarning'),
    );
    await expect(remove).toHaveText(message(STAFF_LANGUAGE, 'recordings.deleteConfirm'));
    expect(await clips()).toContain('home.heading');
    // Leaving the card takes the question back: coming back, one press asks again.
    await page.getByTestId('recording-skip').click();
    await expect(page.getByTestId('recording-delete-warning')).toHaveCount(0);
    await skipTo('home.heading');
    await expect(remove).toHaveText(message(STAFF_LANGUAGE, 'recordings.delete'));

    // A host that cannot be reached: the screen says so and the recording is still there.
    const down = await refuseMethod(page, 'deleteRecording');
    await remove.click();
    await remove.click();
    await expect(page.getByTestId('recordings-error')).toHaveText(
      message(STAFF_LANGUAGE, 'errors.TRANSPORT_UNAVAILABLE'),
    );
    expect(down.asked()).toBe(1);
    expect(await clips()).toContain('home.heading');
    await expect(card).toContainText(SUPERVISOR);

    down.recover();
    await remove.click();
    await remove.click();
    await expect(page.getByTestId('recordings-error')).toHaveCount(0);
    await expect(page.getByTestId('recordings-notice')).toHaveText(message(STAFF_LANGUAGE, 'recordings.deleted'));
    await expect(card).toContainText(message(STAFF_LANGUAGE, 'recordings.states.missing'));
    await expect(remove).toHaveCount(0);
    expect(await clips()).not.toContain('home.heading');

    // A take the host cannot keep is said, and stays to be kept once the host answers again.
    await takeOf('home.heading');
    const saving = await refuseMethod(page, 'saveRecording');
    await page.getByTestId('recording-keep').click();
    await expect(page.getByTestId('recordings-error')).toHaveText(
      message(STAFF_LANGUAGE, 'errors.TRANSPORT_UNAVAILABLE'),
    );
    expect(saving.asked()).toBe(1);
    expect(await clips()).not.toContain('home.heading');
    saving.recover();
    await page.getByTestId('recording-keep').click();
    await expect(page.getByTestId('recordings-notice')).toHaveText(message(STAFF_LANGUAGE, 'recordings.saved'));
    await expect(page.getByTestId('recordings-error')).toHaveCount(0);
    expect(await clips()).toContain('home.heading');

    // Who deleted which text is in the audit log.
    await page.getByTestId('staff-back').click();
    await page.getByTestId('staff-open-audit').click();
    const deleted = page.locator('[data-testid="audit-event"][data-kind="recording_deleted"]');
    await expect(deleted).toHaveCount(1);
    await expect(deleted.getByTestId('audit-actor')).toContainText(SUPERVISOR);
    await expect(deleted.getByTestId('audit-detail')).toHaveText('fr home.heading');
    await staff.lock();
    await page.close();
  });
});
