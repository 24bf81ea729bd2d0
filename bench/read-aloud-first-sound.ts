// Time from a tap on the speaker button to the first sound of a clip, in Chromium: the tap is the
// button's pointerdown, the sound is the first AudioBufferSourceNode.start() after it (the clip
// fetched through the contract and decoded). Chromium's own output latency (baseLatency +
// outputLatency) comes on top and is printed as a note. The clip is espeak-ng's Spanish home
// heading as `kioskctl audio generate` makes it (WAV in the data folder).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from '@playwright/test';

import { startWebHost } from '../main/host/web-host.js';
import { loadClipTextSources, visitorTextsByLanguage } from '../main/services/audio/audio-coverage.js';
import { createClipStore } from '../main/services/audio/clip-store.js';
import { espeakEngine } from '../main/services/audio/espeak-engine.js';
import { textSha256 } from '../main/services/audio/visitor-texts.js';
import { createKioskServices } from '../main/services/kiosk-services.js';
import { createStderrLogger } from '../main/services/logger.js';
import { chromiumArgs, chromiumLaunchOptions } from '../tests/support/browser.js';

import { percentile, report, ROOT } from './lib.js';

const RUNS = 40;

const configDir = join(ROOT, 'kiosk-config');
const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-bench-data-'));
const sources = await loadClipTextSources(configDir);
const text = (await visitorTextsByLanguage(sources, ['es'])).get('es')?.get('home.heading') ?? '';
const wav = await espeakEngine().synthesise('es', text);
await createClipStore(dataDir).putClip('es', 'home.heading', 'wav', wav, {
  textSha256: textSha256(text),
  source: 'synthetic',
  by: 'espeak-ng',
  day: '2026-12-06',
});

const logger = createStderrLogger('error');
const services = await createKioskServices({
  configDir,
  dataDir,
  appVersion: 'bench',
  hostKind: 'web',
  logger,
  watchConfig: false,
});
const host = await startWebHost({ services, port: 0, rendererDir: join(ROOT, 'dist', 'renderer'), logger });
const options = chromiumLaunchOptions();
const browser = await chromium.launch({
  ...options,
  args: [...chromiumArgs(), '--autoplay-policy=no-user-gesture-required'],
});

// Marks each tap that starts a play and the first start() after it.
const probe = `(() => {
  window.__taps = []; window.__sounds = []; window.__latency = 0;
  document.addEventListener('pointerdown', (event) => {
    // Only taps that start a play: the stop taps are not waiting for a sound.
    const button = event.target instanceof Element ? event.target.closest('[data-testid="read-aloud"]') : null;
    if (button && button.getAttribute('aria-pressed') === 'false') window.__taps.push(performance.now());
  }, true);
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (...args) {
    if (window.__sounds.length < window.__taps.length) window.__sounds.push(performance.now());
    window.__latency = (this.context.baseLatency || 0) + (this.context.outputLatency || 0);
    return start.apply(this, args);
  };
})();`;

const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.addInitScript(probe);
await page.goto(host.url);
await page.getByTestId('language-es').click();
const speaker = page.getByTestId('read-aloud');
await speaker.waitFor();
// Only the speaker's taps count: forget the ones that opened the screen.
await page.evaluate(() => {
  const w = window as unknown as { __taps: number[]; __sounds: number[] };
  w.__taps = [];
  w.__sounds = [];
});
const delays: number[] = [];
for (let i = 0; i < RUNS + 1; i += 1) {
  await speaker.click();
  // Stop as soon as it sounds: the next tap measures the same path again.
  await page.waitForFunction(() => {
    const w = window as unknown as { __taps: number[]; __sounds: number[] };
    return w.__sounds.length === w.__taps.length;
  });
  await speaker.click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="read-aloud"]')?.getAttribute('aria-pressed') === 'false',
  );
  const { taps, sounds } = await page.evaluate(() => {
    const w = window as unknown as { __taps: number[]; __sounds: number[] };
    return { taps: w.__taps, sounds: w.__sounds };
  });
  const at = sounds.length - 1;
  delays.push((sounds[at] ?? NaN) - (taps[at] ?? NaN));
}
const latency = await page.evaluate(() => (window as unknown as { __latency: number }).__latency);
await browser.close();
await host.close();
await services.close();

const [first, ...rest] = delays;
report({
  figure: 'read-aloud tap to first sound, first tap (AudioContext created)',
  value: Math.round(first ?? NaN),
  unit: 'ms',
});
report({
  figure: `read-aloud tap to first sound, p50 of ${RUNS}`,
  value: Math.round(percentile(rest, 50)),
  unit: 'ms',
});
report({
  figure: `read-aloud tap to first sound, p95 of ${RUNS}`,
  value: Math.round(percentile(rest, 95)),
  unit: 'ms',
  note: `Chromium output latency on top: ${Math.round(latency * 1000)} ms; clip ${Math.round(wav.length / 1024)} KiB WAV`,
});
