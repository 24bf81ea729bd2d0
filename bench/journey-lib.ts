// Shared by the journey benchmarks: the host in-process on the sample site, a Chromium page, and
// an in-page "tap then wait for the next screen" helper so timing excludes Playwright's own round trips.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, type Browser, type Page } from '@playwright/test';

import { startWebHost } from '../main/host/web-host.js';
import { createKioskServices } from '../main/services/kiosk-services.js';
import { createStderrLogger } from '../main/services/logger.js';
import { chromiumArgs, chromiumLaunchOptions } from '../tests/support/browser.js';

import { ROOT } from './lib.js';

export interface BenchKiosk {
  readonly browser: Browser;
  readonly page: Page;
  close(): Promise<void>;
}

export async function startBenchKiosk(extraArgs: readonly string[] = []): Promise<BenchKiosk> {
  const logger = createStderrLogger('error');
  const services = await createKioskServices({
    configDir: join(ROOT, 'kiosk-config'),
    dataDir: await mkdtemp(join(tmpdir(), 'kiosk-bench-journey-')),
    appVersion: 'bench',
    hostKind: 'web',
    logger,
    watchConfig: false,
  });
  const host = await startWebHost({ services, port: 0, rendererDir: join(ROOT, 'dist', 'renderer'), logger });
  const launch = chromiumLaunchOptions();
  const browser = await chromium.launch({ ...launch, args: [...chromiumArgs(), ...extraArgs] });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(host.url);
  await page.waitForSelector('[data-testid="screen-language"]');
  await page.evaluate(TAP_HELPER);
  return {
    browser,
    page,
    close: async () => {
      await browser.close();
      await host.close();
      await services.close();
    },
  };
}

/**
 * `window.__tap(tapTestId, nextTestId)`: clicks, waits until the next screen's element exists, then
 * waits for the frame that shows it to be rendered; resolves with the milliseconds from the tap to
 * the end of that frame's rendering work (style, layout, paint).
 * A string, not a function: the TypeScript loader would wrap a function in helpers the page lacks.
 */
export const TAP_HELPER = `(() => {
  const byId = (id) => document.querySelector('[data-testid="' + id + '"]');
  // A control that is not there yet (the first screen is drawn before the configuration has
  // answered, so the service categories may follow it) is waited for, up to 5 s, before the tap:
  // the time measured starts at the tap, never while waiting for something to tap.
  const found = (id) => new Promise((resolve, reject) => {
    const until = performance.now() + 5000;
    const look = () => {
      const target = byId(id);
      if (target instanceof HTMLElement) resolve(target);
      else if (performance.now() > until) reject(new Error('nothing to tap: ' + id));
      else setTimeout(look, 20);
    };
    look();
  });
  window.__tap = (tap, next) => found(tap).then((target) => new Promise((resolve) => {
    const start = performance.now();
    // The frame that shows the next screen: its animation-frame callbacks run before its style,
    // layout and paint, and a message posted there runs after them, so the time includes them.
    const done = () => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(null);
    });
    target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    target.click();
    if (byId(next) !== null) { done(); return; }
    const observer = new MutationObserver(() => {
      if (byId(next) === null) return;
      observer.disconnect();
      done();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  }));
  window.__visit = async (steps) => {
    const times = [];
    for (const [from, to] of steps) times.push(await window.__tap(from, to));
    return times;
  };
})()`;

/** One visitor, tap by tap: [what to tap, what shows the next screen]. */
export const VISIT: readonly (readonly [string, string])[] = [
  ['language-ht', 'screen-home'],
  ['tile-about-redsafe', 'screen-about-redsafe'],
  ['about-start-guide', 'guide-step-before'],
  ['guide-next', 'guide-step-app'],
  ['guide-next', 'guide-step-create'],
  ['guide-next', 'guide-step-recovery'],
  ['guide-next', 'guide-step-trouble'],
  ['guide-done', 'screen-home'],
  ['tile-services', 'screen-services'],
  ['category-asylum-refuge', 'service-comar-asilo'],
  ['service-comar-asilo', 'screen-service'],
  ['urgent-help-button', 'screen-urgent-help'],
  ['nav-back', 'screen-service'],
  ['nav-home', 'screen-home'],
  ['tile-privacy', 'screen-privacy'],
  ['nav-finish', 'screen-language'],
];

/** A shorter visit for the heap run, so 1,000 of them fit in a few minutes on a small machine. */
export const SHORT_VISIT: readonly (readonly [string, string])[] = [
  ['language-fr', 'screen-home'],
  ['tile-services', 'screen-services'],
  ['category-asylum-refuge', 'service-comar-asilo'],
  ['service-comar-asilo', 'screen-service'],
  ['nav-home', 'screen-home'],
  ['tile-account-guide', 'guide-step-before'],
  ['nav-finish', 'screen-language'],
];

export async function runVisit(page: Page, steps: readonly (readonly [string, string])[] = VISIT): Promise<number[]> {
  return page.evaluate(`window.__visit(${JSON.stringify(steps)})`);
}
