import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test, type Browser, type Page } from '@playwright/test';

import type { Language } from '../../main/contract/index.js';
import { DATABASE_FILE, openDatabase } from '../../main/services/db/index.js';

import { cameraState, launchWithCamera, watchCamera } from './camera-page.js';
import { SAMPLE_CONFIG_DIR, startKioskHost, type KioskHost } from './kiosk-host.js';
import { message } from './locale-texts.js';
import { writeQrY4m } from './qr-video.js';
import { giveReferral, typedCode } from './referral-given.js';

/**
 * The visitor scans the QR on their own slip, end to end: Chromium's fake camera plays a Y4M of
 * the slip's QR (drawn by the slips' own encoder), the visitor's follow-up screen reads it with the
 * real decoder, and the answer is recorded without a name or an account. Each case launches its
 * own browser: the fake-camera file is set per launch. One host lets visitors scan (site.json
 * `visitorCamera: true`, with a 45 s idle timeout so the idle case ends before the scanner's
 * 60 s); the other is the sample site as shipped (off).
 */
test.describe("the visitor scans their own slip's code", () => {
  let allowing: KioskHost;
  let shipped: KioskHost;
  let root: string;
  let browser: Browser | undefined;
  let problems: string[] = [];

  test.beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kiosk-visitor-scan-e2e-'));
    const configDir = join(root, 'config');
    await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
    const sitePath = join(configDir, 'site.json');
    const site = JSON.parse(await readFile(sitePath, 'utf8')) as Record<string, unknown>;
    await writeFile(
      sitePath,
      JSON.stringify({ ...site, visitorCamera: true, idleTimeoutSeconds: 45, idleWarningSeconds: 20 }),
    );
    allowing = await startKioskHost({ configDir });
    shipped = await startKioskHost({ configDir: SAMPLE_CONFIG_DIR });
  });

  test.afterEach(async () => {
    await browser?.close();
    browser = undefined;
    // Every page must run under its own strict policy, without an uncaught error.
    expect(problems, 'errors in the page').toEqual([]);
    problems = [];
  });

  test.afterAll(async () => {
    await allowing.stop();
    await shipped.stop();
    await rm(root, { recursive: true, force: true });
  });

  /** A referral given on screen, as a visitor gets it; its QR payload is the slip's. */
  async function slipVideo(
    host: KioskHost,
    language: Language,
    name: string,
  ): Promise<{ video: string; code: string; formatted: string }> {
    const referral = await giveReferral(host.url, 'linea-nacional-contra-la-trata', language);
    const video = join(root, name);
    await writeQrY4m(video, referral.qrPayload);
    return { video, code: typedCode(referral), formatted: referral.referralCode };
  }

  /** A browser whose camera shows `video`, on the visitor's follow-up screen in `language`. */
  async function openFollowUp(
    host: KioskHost,
    video: string,
    language: Language,
  ): Promise<{ page: Page; scripts: string[] }> {
    browser = await launchWithCamera(video);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (entry) => {
      if (entry.type() === 'error' && /Content Security Policy|Refused to/i.test(entry.text())) {
        problems.push(`CSP: ${entry.text()}`);
      }
    });
    const scripts = await watchCamera(page);
    await page.goto(host.url);
    await page.getByTestId('screen-language').getByTestId(`language-${language}`).click();
    await expect(page.getByTestId('screen-home')).toBeVisible();
    await page.getByTestId('home-follow-up').click();
    await expect(page.getByTestId('screen-follow-up')).toBeVisible();
    return { page, scripts };
  }

  const ANSWERS = {
    es: { outcome: 'went_not_served', reason: 'asked_documents' },
    ht: { outcome: 'served' },
    fr: { outcome: 'did_not_go', reason: 'far' },
  } as const;

  for (const language of ['es', 'ht', 'fr'] as const) {
    test(`the slip's QR is read, the answer given with pictograms and recorded, the camera off (${language})`, async () => {
      const { video, code, formatted } = await slipVideo(allowing, language, `slip-${language}.y4m`);
      const { page, scripts } = await openFollowUp(allowing, video, language);
      const decoderLoaded = (): boolean => scripts.some((path) => path.includes('qr-frame-decoder'));
      expect(decoderLoaded()).toBe(false);

      const scan = page.getByTestId('visitor-follow-up-scan');
      await expect(scan).toHaveText(message(language, 'followUp.visitor.scan.open'));
      // Typing stays offered next to it.
      await expect(page.getByTestId('code-key-7')).toBeVisible();
      const check = page.waitForResponse('**/api/reportOwnReferralOutcome');
      await scan.click();
      // The decoder is a chunk of its own, fetched only now.
      await expect.poll(decoderLoaded).toBe(true);
      // The scanned code goes through the same public check as a typed one.
      const checked = await check;
      expect(checked.request().postDataJSON()).toEqual({ code });
      expect(((await checked.json()) as { value: unknown }).value).toEqual({ status: 'ready' });

      const outcomes = page.getByTestId('visitor-follow-up-outcomes');
      await expect(outcomes.locator('svg')).toHaveCount(4);
      await expect(page.getByTestId('visitor-scanner')).toHaveCount(0);
      // Nothing on screen says which service the code is for.
      await expect(page.getByTestId('screen-follow-up')).not.toContainText(/trata|trafficking|traite|trafik/i);
      // One camera stream, video only, and nothing of it is live any more.
      await expect.poll(() => cameraState(page)).toEqual({ streams: 1, live: 0, video: 1 });

      const answer = ANSWERS[language];
      const saved = page.waitForResponse(
        (response) =>
          response.url().endsWith('/api/reportOwnReferralOutcome') &&
          response.request().postData()?.includes('report') === true,
      );
      await page.getByTestId(`visitor-outcome-${answer.outcome}`).click();
      if ('reason' in answer) await page.getByTestId(`visitor-reason-${answer.reason}`).click();
      const recorded = await saved;
      expect(recorded.request().postDataJSON()).toEqual({
        code,
        report: 'reason' in answer ? { outcome: answer.outcome, reason: answer.reason } : { outcome: answer.outcome },
      });
      expect(((await recorded.json()) as { value: unknown }).value).toEqual({ status: 'recorded' });
      await expect(page.getByTestId('visitor-follow-up-thanks')).toHaveText(
        message(language, 'followUp.visitor.thanks'),
      );
      // The ledger holds the answer, as the visitor's own, and nothing else about them.
      const database = await openDatabase(join(allowing.dataDir, DATABASE_FILE), { readOnly: true });
      try {
        const row = await database.get<Record<string, unknown>>(
          'SELECT outcome, reason, outcome_source FROM referral WHERE code = ?',
          [formatted],
        );
        expect(row).toEqual({
          outcome: answer.outcome,
          reason: 'reason' in answer ? answer.reason : null,
          outcome_source: 'visitor',
        });
      } finally {
        await database.close();
      }
    });
  }

  for (const language of ['ht', 'es'] as const) {
    test(`another QR gets the message, the camera shows it is on, Cancel and leaving turn it off (${language})`, async () => {
      const video = join(root, `other-${language}.y4m`);
      await writeQrY4m(video, 'https://example.org/not-a-referral');
      const { page } = await openFollowUp(allowing, video, language);

      await page.getByTestId('visitor-follow-up-scan').click();
      const scanner = page.getByTestId('visitor-scanner');
      await expect(page.getByTestId('visitor-scan-not-code')).toHaveText(
        message(language, 'followUp.visitor.scan.notCode'),
      );
      // Still scanning, and visibly so: the "camera on" mark and the live picture.
      await expect(scanner).toHaveAttribute('data-live', 'true');
      await expect(page.getByTestId('visitor-scan-camera-on')).toHaveText(
        message(language, 'followUp.visitor.scan.cameraOn'),
      );
      await expect(page.getByLabel(message(language, 'followUp.visitor.scan.preview'))).toBeVisible();
      expect(await page.locator('video').evaluate((element: HTMLVideoElement) => element.srcObject !== null)).toBe(
        true,
      );
      expect(await cameraState(page)).toEqual({ streams: 1, live: 1, video: 1 });
      // The QR's text is neither shown nor kept on the page.
      await expect(page.getByTestId('screen-follow-up')).not.toContainText('example.org');

      await page.getByTestId('visitor-scan-cancel').click();
      await expect(scanner).toHaveCount(0);
      await expect.poll(() => cameraState(page)).toEqual({ streams: 1, live: 0, video: 1 });
      // Cancel is the person's choice: no message, and the keys are there.
      await expect(page.getByTestId('visitor-follow-up-problem')).toHaveCount(0);
      await expect(page.getByTestId('code-key-7')).toBeEnabled();

      // Leaving the screen while scanning turns the camera off too.
      await page.getByTestId('visitor-follow-up-scan').click();
      await expect(scanner).toHaveAttribute('data-live', 'true');
      expect(await cameraState(page)).toEqual({ streams: 2, live: 1, video: 2 });
      await page.getByTestId('nav-back').click();
      await expect(page.getByTestId('screen-home')).toBeVisible();
      await expect.poll(() => cameraState(page)).toEqual({ streams: 2, live: 0, video: 2 });
    });
  }

  test('a camera that sees no code stops after 60 s with a message in the visitor language', async () => {
    const video = join(root, 'blank-fr.y4m');
    await writeQrY4m(video, null);
    const { page } = await openFollowUp(allowing, video, 'fr');
    // The scanner's timers run on a fake clock from here, so 60 s pass at once.
    await page.clock.install();
    await page.getByTestId('visitor-follow-up-scan').click();
    await expect(page.getByTestId('visitor-scanner')).toHaveAttribute('data-live', 'true');
    // Touches keep the session (the idle timeout is 45 s on this site); the camera is not a touch.
    const touch = page.getByTestId('visitor-scanner').locator('p').first();
    await page.clock.fastForward(20_000);
    await touch.click();
    await page.clock.fastForward(20_000);
    await touch.click();
    // The fake clock also runs at real speed between steps: stop short of 60 s, then pass it.
    await page.clock.fastForward(14_000);
    await expect(page.getByTestId('visitor-scanner')).toBeVisible();
    await page.clock.fastForward(6_500);
    await expect(page.getByTestId('visitor-scanner')).toHaveCount(0);
    await expect(page.getByTestId('visitor-follow-up-problem')).toHaveText(
      message('fr', 'followUp.visitor.scan.timeout'),
    );
    await expect.poll(() => cameraState(page)).toEqual({ streams: 1, live: 0, video: 1 });
  });

  test('the idle timeout ends the session and turns the camera off', async () => {
    const video = join(root, 'blank-es.y4m');
    await writeQrY4m(video, null);
    const { page } = await openFollowUp(allowing, video, 'es');
    await page.clock.install();
    await page.getByTestId('visitor-follow-up-scan').click();
    await expect(page.getByTestId('visitor-scanner')).toHaveAttribute('data-live', 'true');
    expect(await cameraState(page)).toEqual({ streams: 1, live: 1, video: 1 });
    // Nobody touches the screen: the session ends at 45 s, before the scanner's own 60 s.
    // A jump fires each due timer once: first to the warning, then past its countdown.
    await page.clock.fastForward(26_000);
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.clock.fastForward(20_000);
    await expect(page.getByTestId('screen-language')).toBeVisible();
    await expect.poll(() => cameraState(page)).toEqual({ streams: 1, live: 0, video: 1 });
  });

  for (const language of ['es', 'ht'] as const) {
    test(`the site as shipped offers no scanning, even with a camera attached (${language})`, async () => {
      const { video } = await slipVideo(shipped, language, `shipped-${language}.y4m`);
      const { page, scripts } = await openFollowUp(shipped, video, language);
      // The screen is ready (its keys are drawn) and the camera is really there, yet no option.
      await expect(page.getByTestId('code-key-7')).toBeVisible();
      const cameras = await page.evaluate(
        async () =>
          (await navigator.mediaDevices.enumerateDevices()).filter((device) => device.kind === 'videoinput').length,
      );
      expect(cameras).toBeGreaterThan(0);
      await expect(page.getByTestId('visitor-follow-up-scan')).toHaveCount(0);
      // Nothing asked for the camera, and the decoder was never fetched.
      expect(await cameraState(page)).toEqual({ streams: 0, live: 0, video: 0 });
      expect(scripts.some((path) => path.includes('qr-frame-decoder'))).toBe(false);
      // The services refuse the gate too, so a page that tried anyway would get no camera in the shell.
      const gate = await page.request.post(`${shipped.url}api/setVisitorScanner`, { data: { open: true } });
      expect(((await gate.json()) as { value: unknown }).value).toEqual({ open: false });
    });
  }
});
