// Finding and starting a Chromium the same way everywhere (npm start, the end-to-end tests and
// the benchmarks): CHROMIUM_PATH first, then the system's Chromium, else null (callers then use
// Playwright's own browser where it has been installed).
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Flags for a closed network: without them Chromium keeps trying to reach update and sync
 * services and stalls. As root (CI containers) Chromium refuses to start without --no-sandbox.
 */
export function chromiumArgs({ profile } = {}) {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  if (profile) args.push(`--user-data-dir=${profile}`);
  return args;
}

/**
 * The kiosk's own window: an app window on the web host's address. With `kiosk`, Chromium's kiosk
 * mode (full screen, no way out of it, no address bar or tabs) and none of the gestures and
 * prompts a visitor could use to leave the page; without it, a maximised window a developer can
 * still move and close.
 */
export function kioskWindowArgs(url, { kiosk = false } = {}) {
  const window = kiosk
    ? [
        '--kiosk',
        '--noerrdialogs',
        '--disable-pinch',
        '--overscroll-history-navigation=0',
        '--disable-features=TranslateUI',
        '--ozone-platform-hint=auto',
      ]
    : ['--start-maximized'];
  return [...window, `--app=${url}`];
}
