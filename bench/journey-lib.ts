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

export interface BenchHost {
  readonly url: string;
  close(): Promise<void>;
}

/** The web host in-process on the sample site and the built renderer, with a fresh data folder. */
export async function startBenchHost(dataPrefix: string): Promise<BenchHost> {
  const logger = createStderrLogger('error');
  const services = await createKioskServices({
    configDir: join(ROOT, 'kiosk-config'),
    dataDir: await mkdtemp(join(tmpdir(), dataPrefix)),
    appVersion: 'bench',
    hostKind: 'web',
    logger,
    watchConfig: false,
  });
  const host = await startWebHost({ services, port: 0, rendererDir: join(ROOT, 'dist', 'renderer'), logger });
  return {
    url: host.url,
    close: async () => {
      await host.close();
      await services.close();
    },
  };
}

export async function startBenchKiosk(extraArgs: readonly string[] = []): Promise<BenchKiosk> {
  const host = await startBenchHost('kiosk-bench-journey-');
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
    },
  };
}

/** What one tap measured (see TAP_HELPER for exactly where each figure starts and stops). */
export interface TapTiming {
  /** Tap → the start of the frame that shows the next screen (its animation-frame callbacks). */
  readonly frameMs: number;
  /** Tap → the end of that frame's rendering (style, layout, paint). */
  readonly totalMs: number;
  /** The app's own work: `scriptMs + renderMs`, without the idle wait for the frame. */
  readonly workMs: number;
  /** Tap → the next screen's element is in the document (the tap's handlers, React's render and commit). */
  readonly scriptMs: number;
  /** That frame's animation-frame callbacks, style, layout and paint (until a message posted in them runs). */
  readonly renderMs: number;
  /** Which frame after the tap showed the next screen: 1 is the first one. */
  readonly frame: number;
}

/**
 * `window.__tap(tapTestId, nextTestId)`: clicks, waits until the next screen's element exists, then
 * waits for the frame that shows it to be rendered; resolves with a `TapTiming`.
 * `window.__visit(steps, paced)`: the taps one after the other. Paced, each tap comes as a person's
 * does: on a settled page (the previous tap's idle-time bookkeeping done, as it is long before anyone
 * has read a screen and reached for the next button) and at a random point of the display's frame
 * (a finger is not in step with the display). Unpaced, each tap follows the previous screen's frame
 * at once: the heap runs use that to fit 1,000 visits in minutes.
 * A string, not a function: the TypeScript loader would wrap a function in helpers the page lacks.
 *
 * The timeline of one tap, with the marks taken (all `performance.now()` in the page):
 *
 *   start ── click handlers, React render + commit ── found ·· idle, other tasks, vsync ·· raf ── style, layout, paint ── painted
 *
 * - `start`: just before the pointerdown and click are dispatched.
 * - `found`: the next screen's element (its test id) is in the document, seen by a MutationObserver
 *   (a microtask right after the DOM change) or at once after the click if the change was synchronous.
 *   `scriptMs` = found − start.
 * - `raf`: an animation-frame callback requested at `found`, so it runs at the start of the first frame
 *   whose rendering includes the new element. `frameMs` = raf − start: the tap to the frame that
 *   shows the next screen. It carries the wait for the display's next frame, which no code removes:
 *   up to one frame, half a frame on average when taps land at random points of the frame.
 * - `painted`: a message posted from that callback, which runs once the frame's style, layout and
 *   paint are done. `renderMs` = painted − raf, `totalMs` = painted − start. Tasks the app queued
 *   before that message run before it and are counted too (the heading's focus, set just after the
 *   frame; React work left for a later task).
 * - `workMs` = scriptMs + renderMs: what the app itself spent to turn the tap into a drawn screen. It leaves
 *   out the gap between found and raf: idle time until vsync, and any other task the page ran there
 *   (a re-render that comes in a later task shows up in `renderMs` or `frame`, not in `scriptMs`).
 * - `frame`: an animation-frame loop started at the tap counts the frames; the frame of `raf` is
 *   the one that showed the next screen. 1 means the screen came in the first frame after the tap; 2 or
 *   more means the work (or a later task it waited for) made it miss that frame.
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
    let frames = 0;
    let counting = true;
    // Requested before the click, so in every frame it runs before the callback requested at 'found'.
    const count = () => {
      frames += 1;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const start = performance.now();
    // The frame that shows the next screen: its animation-frame callbacks run before its style,
    // layout and paint, and a message posted there runs after them, so the time includes them.
    const done = () => {
      const foundAt = performance.now();
      requestAnimationFrame(() => {
        const rafAt = performance.now();
        const frame = frames;
        counting = false;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const paintedAt = performance.now();
          const scriptMs = foundAt - start;
          const renderMs = paintedAt - rafAt;
          resolve({
            frameMs: rafAt - start,
            totalMs: paintedAt - start,
            workMs: scriptMs + renderMs,
            scriptMs,
            renderMs,
            frame,
          });
        };
        channel.port2.postMessage(null);
      });
    };
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
  const FRAME_MS = 1000 / 60;
  const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
  // Settled: an idle period that is not cut short by queued work (at most 20 tries, ~2 s each).
  const settle = async () => {
    for (let tries = 0; tries < 20; tries += 1) {
      const deadline = await idle();
      if (!deadline.didTimeout && deadline.timeRemaining() > 10) break;
    }
  };
  // Then a random point of a frame: from the start of one frame, a random part of a frame later.
  const randomPointOfFrame = () => new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, Math.random() * FRAME_MS));
  });
  window.__visit = async (steps, paced = false) => {
    const times = [];
    for (const [from, to] of steps) {
      if (paced) {
        await settle();
        await randomPointOfFrame();
      }
      times.push(await window.__tap(from, to));
    }
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

/** One visit, tap by tap; `paced` taps as a person does (see TAP_HELPER). */
export async function runVisit(
  page: Page,
  steps: readonly (readonly [string, string])[] = VISIT,
  paced = false,
): Promise<TapTiming[]> {
  return page.evaluate(`window.__visit(${JSON.stringify(steps)}, ${String(paced)})`);
}
