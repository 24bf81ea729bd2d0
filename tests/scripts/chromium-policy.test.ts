import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { chromiumExecutable } from '../support/browser.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const policy = JSON.parse(readFileSync(join(root, 'build', 'linux', 'chromium-policy.json'), 'utf8')) as Record<
  string,
  unknown
>;
const KIOSK_ORIGIN = 'http://127.0.0.1:8127';

describe('browser mode’s managed Chromium policy', () => {
  it('turns off developer tools, incognito, guest profiles, sign-in, sync, passwords and autofill', () => {
    expect(policy).toMatchObject({
      DeveloperToolsAvailability: 2,
      IncognitoModeAvailability: 1,
      BrowserGuestModeEnabled: false,
      BrowserAddPersonEnabled: false,
      BrowserSignin: 0,
      SyncDisabled: true,
      PasswordManagerEnabled: false,
      AutofillAddressEnabled: false,
      AutofillCreditCardEnabled: false,
      TranslateEnabled: false,
    });
  });

  it('allows only the kiosk’s own origin, and blocks the browser’s own pages', () => {
    expect(policy.URLBlocklist).toEqual(expect.arrayContaining(['*', 'chrome://*', 'view-source:*', 'file://*']));
    expect(policy.URLAllowlist).toEqual([KIOSK_ORIGIN, `blob:${KIOSK_ORIGIN}`, 'about:blank']);
    expect(policy.DefaultPopupsSetting).toBe(2);
    expect(policy.ExtensionInstallBlocklist).toEqual(['*']);
  });

  it('leaves printing to the kiosk’s services and downloads to the supervisors’ exports, in one folder', () => {
    expect(policy).toMatchObject({
      PrintingEnabled: false,
      DownloadRestrictions: 1,
      PromptForDownloadLocation: false,
      AllowFileSelectionDialogs: false,
      DownloadDirectory: '${home}/kiosk-exports',
    });
  });

  it('grants the camera and the microphone to the kiosk’s own page only, which asks for them only while its gates are open', () => {
    // No other origin can be opened (above); the kiosk's page asks for the camera only while a
    // scanner runs (staff, or a visitor where site.json allows it) and for the microphone only
    // while staff record a clip: the same gates Electron's permission handler reads.
    expect(policy).toMatchObject({
      AudioCaptureAllowed: false,
      AudioCaptureAllowedUrls: [KIOSK_ORIGIN],
      VideoCaptureAllowed: false,
      VideoCaptureAllowedUrls: [KIOSK_ORIGIN],
      ScreenCaptureAllowed: false,
    });
  });

  it('uses only policy names this Chromium knows (a misspelt name would be ignored in silence)', () => {
    const executable = chromiumExecutable();
    if (executable === undefined) throw new Error('Chromium is needed: CHROMIUM_PATH or /usr/bin/chromium.');
    // Debian's /usr/bin/chromium is a shell script; the browser is beside it in /usr/lib/chromium.
    const launcher = realpathSync(executable);
    const binary = readFileSync(launcher).length < 100_000 ? '/usr/lib/chromium/chromium' : launcher;
    const bytes = readFileSync(binary);
    const unknown = Object.keys(policy).filter(
      (name) => !bytes.includes(Buffer.from(`"${name}"`)) && !bytes.includes(Buffer.from(name)),
    );
    expect(unknown).toEqual([]);
  });
});
