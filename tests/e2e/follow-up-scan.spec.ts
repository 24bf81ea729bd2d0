import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test, type Browser, type Page } from '@playwright/test';

import { referralQrPayload } from '../../main/services/referrals/referral.js';

import { cameraState, launchWithCamera, watchCamera } from './camera-page.js';
import { SAMPLE_CONFIG_DIR, startKioskHost, type KioskHost } from './kiosk-host.js';
import { message } from './locale-texts.js';
import { writeQrY4m } from './qr-video.js';
import { giveReferral } from './referral-given.js';
import { provisionSupervisor, StaffPage } from './staff-page.js';

/**
 * Scanning a slip at the desk, end to end: Chromium's fake camera plays a Y4M video of a QR drawn
 * by the slips' own encoder, the Follow-up screen reads it with the real decoder and looks the
 * code up. Each case needs a browser of its own: the fake-camera file is set per launch.
 */
test.describe('scanning the slip on the Follow-up screen', () => {
  let host: KioskHost;
  let root: string;
  let browser: Browser | undefined;

  test.beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kiosk-scan-e2e-'));
    const configDir = join(root, 'config');
    await cp(SAMPLE_CONFIG_DIR, configDir, { recursive: true });
    host = await startKioskHost({ configDir, prepareDataDir: provisionSupervisor });
  });

  test.afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  test.afterAll(async () => {
    await host.stop();
    await rm(root, { recursive: true, force: true });
  });

  /** A browser whose camera shows `video`; every stream the page gets is kept to check its tracks. */
  async function openFollowUp(video: string): Promise<{ page: Page; scripts: string[] }> {
    browser = await launchWithCamera(video);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const scripts = await watchCamera(page);
    const staff = new StaffPage(page);
    await page.goto(host.url);
    await expect(page.getByTestId('screen-language')).toBeVisible();
    await staff.pressChord();
    await staff.signIn();
    await page.getByTestId('staff-open-follow-up').click();
    await expect(staff.screen('follow-up')).toBeVisible();
    return { page, scripts };
  }

  test('the slip QR is read, the code looked up, and the camera released', async () => {
    // A referral given on screen, as a visitor would get it; its QR payload is the slip's.
    const referral = await giveReferral(host.url, 'comar-asilo', 'es');
    const video = join(root, 'slip-qr.y4m');
    await writeQrY4m(video, referral.qrPayload);

    const { page, scripts } = await openFollowUp(video);
    await page.getByTestId('language-es').click();
    const decoderLoaded = (): boolean => scripts.some((path) => path.includes('qr-frame-decoder'));
    expect(decoderLoaded()).toBe(false);
    const lookup = page.waitForResponse('**/api/lookupReferral');
    await page.getByTestId('follow-up-scan').click();
    await expect(page.getByTestId('follow-up-scanner')).toBeVisible();
    // The decoder is a chunk of its own, fetched only now.
    await expect.poll(decoderLoaded).toBe(true);

    // The scanned code goes through the same lookup as a typed one.
    expect(((await (await lookup).json()) as { value: unknown }).value).toMatchObject({
      status: 'found',
      code: referral.referralCode,
    });
    const found = page.getByTestId('follow-up-found');
    await expect(found).toContainText(referral.referralCode);
    await expect(found).toContainText('Solicitud de asilo');
    await expect(found).not.toContainText(/\d:\d\d/);
    await expect(page.getByTestId('follow-up-scanner')).toHaveCount(0);
    // One camera stream was opened, for video only, and nothing of it is live any more.
    await expect.poll(() => cameraState(page)).toEqual({ streams: 1, live: 0, video: 1 });
  });

  test('a slip QR that zxing misses as the camera gives it is read all the same', async () => {
    // A valid code (no slip was given with it) whose QR, drawn as the slips' encoder draws it,
    // zxing's reader misses when it reads the frame only as it is (tests/renderer/qr-frame-decoder).
    const code = 'F9BV-8M1J-R';
    const video = join(root, 'hard-qr.y4m');
    await writeQrY4m(video, referralQrPayload(code));

    const { page } = await openFollowUp(video);
    await page.getByTestId('language-en').click();
    const lookup = page.waitForResponse('**/api/lookupReferral');
    await page.getByTestId('follow-up-scan').click();
    const answer = await lookup;
    // Sent as typed codes are: without the print's dashes.
    expect(answer.request().postDataJSON()).toMatchObject({ code: code.replace(/-/g, '') });
    expect(((await answer.json()) as { value: unknown }).value).toEqual({ status: 'not_found' });
    await expect(page.getByTestId('follow-up-scanner')).toHaveCount(0);
    await expect.poll(() => cameraState(page)).toEqual({ streams: 1, live: 0, video: 1 });
  });

  test('a QR that is not a referral code gets the message, scanning goes on, Cancel releases the camera', async () => {
    const video = join(root, 'other-qr.y4m');
    await writeQrY4m(video, 'https://example.org/not-a-referral');

    const { page } = await openFollowUp(video);
    await page.getByTestId('language-ht').click();
    await page.getByTestId('follow-up-scan').click();
    await expect(page.getByTestId('follow-up-scan-not-code')).toHaveText(message('ht', 'followUp.scan.notCode'));
    // Still scanning: the camera is live and the scanner open.
    await expect(page.getByTestId('follow-up-scanner')).toHaveAttribute('data-live', 'true');
    expect(await cameraState(page)).toEqual({ streams: 1, live: 1, video: 1 });

    await page.getByTestId('follow-up-scan-cancel').click();
    await expect(page.getByTestId('follow-up-scanner')).toHaveCount(0);
    await expect.poll(() => cameraState(page)).toEqual({ streams: 1, live: 0, video: 1 });
    // The keypad is still there for a typed code.
    await expect(page.getByTestId('code-key-7')).toBeEnabled();
    await expect(page.getByTestId('follow-up-scan')).toBeVisible();

    // Leaving the screen while scanning releases the camera too.
    await page.getByTestId('follow-up-scan').click();
    await expect(page.getByTestId('follow-up-scanner')).toHaveAttribute('data-live', 'true');
    expect(await cameraState(page)).toEqual({ streams: 2, live: 1, video: 2 });
    await page.getByTestId('staff-back').click();
    await expect(page.getByTestId('follow-up-scanner')).toHaveCount(0);
    await expect.poll(() => cameraState(page)).toEqual({ streams: 2, live: 0, video: 2 });
  });

  test('a camera that sees no code stops after 60 s with a message, and is released', async () => {
    const video = join(root, 'blank.y4m');
    await writeQrY4m(video, null);

    const { page } = await openFollowUp(video);
    await page.getByTestId('language-fr').click();
    // The scanner's own timers run on a fake clock from here, so 60 s pass at once.
    await page.clock.install();
    await page.getByTestId('follow-up-scan').click();
    await expect(page.getByTestId('follow-up-scanner')).toHaveAttribute('data-live', 'true');
    expect(await cameraState(page)).toEqual({ streams: 1, live: 1, video: 1 });
    await page.clock.fastForward(59_000);
    await expect(page.getByTestId('follow-up-scanner')).toBeVisible();
    await page.clock.fastForward(1_500);
    await expect(page.getByTestId('follow-up-scanner')).toHaveCount(0);
    await expect(page.getByTestId('follow-up-message')).toHaveText(message('fr', 'followUp.scan.timeout'));
    await expect.poll(() => cameraState(page)).toEqual({ streams: 1, live: 0, video: 1 });
  });
});
