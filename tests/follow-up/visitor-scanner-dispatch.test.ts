// The visitor's own slip scanner through the contract: a public method opens the camera gate only
// where site.json `visitorCamera` allows it, and a configuration reload that turns it off closes
// the gate at once. Real services, the sample configuration, the dispatcher's checks.
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { Result } from '../../main/contract/index.js';
import { fixedClock } from '../../main/services/clock.js';
import { createKioskServices, type KioskServices } from '../../main/services/kiosk-services.js';
import { createMemoryLogger } from '../../main/services/logger.js';
import { nextEvent, readJson, sampleConfigCopy, tempDir, writeJson } from '../services/temp-dirs.js';

let services: KioskServices | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

async function start(visitorCamera: boolean | undefined): Promise<{ services: KioskServices; configDir: string }> {
  const configDir = await sampleConfigCopy();
  const site = await readJson(join(configDir, 'site.json'));
  if (visitorCamera === undefined) delete site.visitorCamera;
  else site.visitorCamera = visitorCamera;
  await writeJson(join(configDir, 'site.json'), site);
  services = await createKioskServices({
    configDir,
    dataDir: await tempDir('kiosk-visitor-scan-'),
    appVersion: '0.0.0-test',
    hostKind: 'web',
    clock: fixedClock(new Date('2026-12-06T16:00:00Z')),
    logger: createMemoryLogger(),
    watchConfig: true,
    printing: { statusPollMs: 0 },
  });
  return { services, configDir };
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail ?? ''}`);
  return result.value;
}

describe("the visitor's scanner gate", () => {
  it('stays closed where the site does not say otherwise (off by default)', async () => {
    const { services: kiosk } = await start(undefined);
    expect(value(await kiosk.dispatch('getSiteConfig', {}))).toMatchObject({ visitorCamera: false });
    expect(value(await kiosk.dispatch('setVisitorScanner', { open: true }))).toEqual({ open: false });
    expect(kiosk.visitorScannerGate.isOpen()).toBe(false);
    expect(kiosk.visitorScannerGate.allowed()).toBe(false);
    // The staff gate is another gate: the visitor's call never opens it.
    expect(kiosk.scannerGate.isOpen()).toBe(false);
  });

  it('opens without a session where the site allows it, closes on request and on a reload that turns it off', async () => {
    const { services: kiosk, configDir } = await start(true);
    expect(value(await kiosk.dispatch('getSiteConfig', {}))).toMatchObject({ visitorCamera: true });
    expect(value(await kiosk.dispatch('setVisitorScanner', { open: true }))).toEqual({ open: true });
    expect(kiosk.visitorScannerGate.isOpen()).toBe(true);
    expect(kiosk.scannerGate.isOpen()).toBe(false);
    expect(value(await kiosk.dispatch('setVisitorScanner', { open: false }))).toEqual({ open: false });
    expect(kiosk.visitorScannerGate.isOpen()).toBe(false);

    expect(value(await kiosk.dispatch('setVisitorScanner', { open: true }))).toEqual({ open: true });
    const reloaded = nextEvent(kiosk.events, 'configChanged');
    const site = await readJson(join(configDir, 'site.json'));
    await writeJson(join(configDir, 'site.json'), { ...site, visitorCamera: false });
    await reloaded;
    expect(kiosk.visitorScannerGate.isOpen()).toBe(false);
    expect(value(await kiosk.dispatch('setVisitorScanner', { open: true }))).toEqual({ open: false });
  });

  it('takes nothing but `open`', async () => {
    const { services: kiosk } = await start(true);
    for (const payload of [{}, { open: 'yes' }, { open: true, token: 'x'.repeat(43) }, { open: true, frame: 'AAAA' }]) {
      const result = await kiosk.dispatch('setVisitorScanner', payload);
      expect(result.ok ? 'ok' : result.error.code, JSON.stringify(payload)).toBe('INVALID_PAYLOAD');
    }
    expect(kiosk.visitorScannerGate.isOpen()).toBe(false);
  });
});
