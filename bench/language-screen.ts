// Time from navigation to an interactive language screen (the four language buttons present and
// enabled), as a ratio to a static HTML page with the same four buttons served by the same host
// in the same run. Both pages load in a fresh browser context each time (cold cache). The language
// screen is the kiosk's first screen, between visitors too: nothing to touch before it.
// index.html carries a copy of that screen whose taps are kept from the first moment (the first
// figure); the time until the app has drawn its own screen over it is reported beside it, with its
// own ratio, so the cost of the bundle stays visible.
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from '@playwright/test';

import { ENDONYMS, LANGUAGES } from '../main/contract/index.js';
import { startWebHost } from '../main/host/web-host.js';
import { createKioskServices } from '../main/services/kiosk-services.js';
import { createStderrLogger } from '../main/services/logger.js';
import { chromiumLaunchOptions } from '../tests/support/browser.js';

import { median, report, ROOT } from './lib.js';

const RUNS = 15;

const staticPage = `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>static</title></head>
<body><main>${LANGUAGES.map((l) => `<button lang="${l}">${ENDONYMS[l]}</button>`).join('')}</main></body></html>`;

// Records when all four endonym buttons exist and are enabled, measured from navigation start, and
// when the app's own language screen is there (the static page has no app: the same moment).
const probe = `(() => {
  const names = ${JSON.stringify(LANGUAGES.map((l) => ENDONYMS[l]))};
  const ready = () => {
    const buttons = Array.from(document.querySelectorAll('button'));
    return names.every((n) => buttons.some((b) => b.textContent && b.textContent.includes(n) && !b.disabled));
  };
  const check = () => {
    if (window.__interactiveAt === undefined && ready()) window.__interactiveAt = performance.now();
    const appScreen = !document.getElementById('root') || document.querySelector('[data-testid="screen-language"]');
    if (window.__appAt === undefined && appScreen && ready()) window.__appAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('DOMContentLoaded', check);
})();`;

const rendererDir = await mkdtemp(join(tmpdir(), 'kiosk-bench-renderer-'));
await cp(join(ROOT, 'dist', 'renderer'), rendererDir, { recursive: true });
await writeFile(join(rendererDir, 'static-language.html'), staticPage);

const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-bench-data-'));
const logger = createStderrLogger('error');
const services = await createKioskServices({
  configDir: join(ROOT, 'kiosk-config'),
  dataDir,
  appVersion: 'bench',
  hostKind: 'web',
  logger,
  watchConfig: false,
});
const host = await startWebHost({ services, port: 0, rendererDir, logger });
const browser = await chromium.launch(chromiumLaunchOptions());

interface Times {
  readonly interactive: number;
  readonly app: number;
}

async function measure(path: string): Promise<Times> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.addInitScript(probe);
  await page.goto(new URL(path, host.url).href);
  await page.waitForFunction(() => (window as unknown as { __appAt?: number }).__appAt !== undefined, null, {
    timeout: 20_000,
  });
  const at = await page.evaluate(() => {
    const times = window as unknown as { __interactiveAt: number; __appAt: number };
    return { interactive: times.__interactiveAt, app: times.__appAt };
  });
  await context.close();
  return at;
}

const kiosk: Times[] = [];
const plain: Times[] = [];
await measure('/'); // warm the host's file reads and the browser process once
for (let i = 0; i < RUNS; i += 1) {
  kiosk.push(await measure('/'));
  plain.push(await measure('/static-language.html'));
}
await browser.close();
await host.close();
await services.close();

const appMs = median(kiosk.map((t) => t.interactive));
const drawnMs = median(kiosk.map((t) => t.app));
const plainMs = median(plain.map((t) => t.interactive));
report({ figure: 'language screen interactive (median of 15)', value: Math.round(appMs), unit: 'ms' });
report({ figure: 'static four-button page interactive (median of 15)', value: Math.round(plainMs), unit: 'ms' });
report({
  figure: 'language screen interactive, ratio',
  value: Math.round((appMs / plainMs) * 100) / 100,
  unit: '×',
  against: 'static HTML page with the same four buttons, same host, same run',
});
report({ figure: 'language screen drawn by the app (median of 15)', value: Math.round(drawnMs), unit: 'ms' });
report({
  figure: 'language screen drawn by the app, ratio',
  value: Math.round((drawnMs / plainMs) * 100) / 100,
  unit: '×',
  against: 'static HTML page with the same four buttons, same host, same run',
});
