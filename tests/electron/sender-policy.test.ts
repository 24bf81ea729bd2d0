import { describe, expect, it } from 'vitest';

import { APP_DISPLAY_URL, APP_ENTRY_URL, isAppUrl } from '../../main/electron/app-origin.js';
import { isNavigationAllowed, isPermissionAllowed, windowOpenDecision } from '../../main/electron/navigation-policy.js';
import { checkSender } from '../../main/electron/sender-policy.js';

const top = (url: string) => ({ url, parent: null });

describe('isAppUrl', () => {
  it.each([
    'app://kiosk/index.html',
    'app://kiosk/',
    'APP://KIOSK/assets/x.js',
    'app://kiosk/#home',
    APP_ENTRY_URL,
    APP_DISPLAY_URL,
  ])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'https://kiosk.app.evil',
    'app://kiosk.evil/',
    'app://evil/kiosk',
    'app://kiosk:8080/',
    'app://user:pass@kiosk/',
    'app://kioskX/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://127.0.0.1:8127/',
    'about:blank',
    '',
    'app:kiosk',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('checkSender', () => {
  it('trusts our own page in the top frame', () => {
    expect(checkSender(top('app://kiosk/index.html'))).toEqual({ trusted: true });
  });

  it('refuses a sub-frame even of our own origin', () => {
    expect(checkSender({ url: 'app://kiosk/index.html', parent: { url: 'app://kiosk/' } })).toEqual({
      trusted: false,
      reason: 'sub-frame',
    });
  });

  it.each(['https://kiosk.app.evil/', 'app://kiosk.evil/', 'file:///etc/passwd', 'data:text/html,x', 'about:blank'])(
    'refuses a top frame at %s',
    (url) => {
      expect(checkSender(top(url))).toEqual({ trusted: false, reason: 'foreign-origin' });
    },
  );

  it('refuses a frame that is gone', () => {
    expect(checkSender(null)).toEqual({ trusted: false, reason: 'no-frame' });
    expect(checkSender(undefined)).toEqual({ trusted: false, reason: 'no-frame' });
  });
});

describe('navigation and permissions', () => {
  it('allows navigation only inside the app origin', () => {
    expect(isNavigationAllowed('app://kiosk/index.html')).toBe(true);
    expect(isNavigationAllowed('https://redsafe.icrc.org/')).toBe(false);
    expect(isNavigationAllowed('app://kiosk.evil/index.html')).toBe(false);
    expect(isNavigationAllowed('javascript:alert(1)')).toBe(false);
  });

  it('denies every new window', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });

  it('denies permissions by default and foreign origins always', () => {
    expect(isPermissionAllowed('media', 'app://kiosk/')).toBe(false);
    expect(isPermissionAllowed('geolocation', 'app://kiosk/')).toBe(false);
    expect(isPermissionAllowed('fullscreen', 'https://evil.example/')).toBe(false);
    expect(isPermissionAllowed('fullscreen', 'app://kiosk/')).toBe(true);
  });
});
